/**
 * Joining lines of one paragraph: undoes end-of-line hyphenation ("politieambte-" + "naren") but keeps real
 * hyphens ("cao-afspraken", "24/7-diensten", "ICT-security", "politie-inzet", "Noord-Holland", "politie- en").
 */

/** Words that stand before a hyphen in Dutch compounds and are not themselves broken syllables. */
const HYPHEN_WORDS = new Set(["cao", "e", "ex", "oud", "niet", "vice", "ict", "btw", "ov", "ggz", "hbo", "mbo", "wo", "vmbo", "havo", "vwo"]);

/** Vowel pairs that would read as one sound; Dutch writes a hyphen between the parts of a compound there. */
const CLASHES = new Set(["aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu"]);

function keepsHyphen(fragment: string, next: string): boolean {
  if (/[\d/]/.test(fragment) || /\p{Lu}.*\p{Lu}/u.test(fragment)) return true;
  const lastPart = fragment.split("-").pop() ?? fragment;
  if (HYPHEN_WORDS.has(lastPart.toLowerCase())) return true;
  const pair = `${fragment.slice(-1)}${next.slice(0, 1)}`.toLowerCase();
  // "zij-instromer": after the vowel "ij" an "i" would be misread too.
  return CLASHES.has(pair) || (/ij$/i.test(fragment) && /^i/i.test(next));
}

export interface JoinPoint {
  /** Characters to drop from the end of the text so far (the hyphen). */
  drop: number;
  /** What goes between the text so far and the next line. */
  separator: string;
}

/** How `next` continues `sofar` when a line break separates them. */
export function joinPoint(sofar: string, next: string): JoinPoint {
  const hyphenated = /([\p{L}\d/]+(?:-[\p{L}\d/]+)*)-$/u.exec(sofar);
  if (hyphenated && /^\p{L}/u.test(next)) {
    const fragment = hyphenated[1] ?? "";
    // "politie-\nen brandweerzorg" is "politie- en brandweerzorg".
    if (/^(?:en|of|tot|en\/of)\b/.test(next)) return { drop: 0, separator: " " };
    if (/^\p{Lu}/u.test(next) || keepsHyphen(fragment, next)) return { drop: 0, separator: "" };
    return { drop: 1, separator: "" };
  }
  if (/\p{L}\/$/u.test(sofar) && /^\p{L}/u.test(next)) return { drop: 0, separator: "" };
  return { drop: 0, separator: " " };
}

/** Ends with a hyphen that breaks a word: such a paragraph always continues on the next line. */
export function endsHyphenated(text: string): boolean {
  return /[\p{L}\d]-$|\p{L}\/$/u.test(text);
}

export function joinLines(lines: string[]): string {
  let text = "";
  for (const line of lines) {
    const t = line.trim();
    if (t === "") continue;
    if (text === "") {
      text = t;
      continue;
    }
    const { drop, separator } = joinPoint(text, t);
    text = text.slice(0, text.length - drop) + separator + t;
  }
  return text;
}
