/**
 * Citations are copied out of PDFs: they wrap over lines, get hyphenated at line
 * ends and contain thin/non-breaking spaces and en dashes. The grammar runs on a
 * cleaned-up copy; `offsets` maps every character of that copy back to the
 * original so reported positions and `raw` refer to the text as the caller has it.
 */
export interface NormalizedText {
  /** Whitespace collapsed to single spaces, dashes to "-", line-end hyphenation undone. */
  text: string;
  /** offsets[i] is the index in the original text of text[i]. */
  offsets: number[];
}

const ZERO_WIDTH = new Set(["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"]);
const DASHES = new Set(["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\uFE63", "\uFF0D"]);
const SOFT_HYPHEN = "\u00AD";
const LINE_BREAK = /[\n\r\u2028\u2029\u000B\u000C]/;
const WHITESPACE = /\s/;
const LETTER = /\p{L}/u;
const LOWERCASE = /\p{Ll}/u;

function isHyphen(c: string): boolean {
  return c === "-" || c === SOFT_HYPHEN || c === "\u2010";
}

/**
 * If a hyphen at `i` ends a line and a lower-case letter continues the word on the
 * next line ("Kamer-\nstukken"), returns the index of that letter. Upper case after
 * the break is left alone: "34 775-\nIV" is a dossier toevoeging, not a split word.
 */
function lineEndHyphenationResumesAt(text: string, i: number, previous: string | undefined): number | null {
  if (previous === undefined || !LETTER.test(previous)) return null;
  let j = i + 1;
  let sawLineBreak = false;
  while (j < text.length && WHITESPACE.test(text[j] ?? "")) {
    if (LINE_BREAK.test(text[j] ?? "")) sawLineBreak = true;
    j++;
  }
  const next = text[j];
  return sawLineBreak && next !== undefined && LOWERCASE.test(next) ? j : null;
}

export function normalizeCitationText(input: string): NormalizedText {
  const chars: string[] = [];
  const offsets: number[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i] ?? "";
    if (ZERO_WIDTH.has(c)) {
      i++;
      continue;
    }
    if (isHyphen(c)) {
      const resume = lineEndHyphenationResumesAt(input, i, chars[chars.length - 1]);
      if (resume !== null) {
        i = resume;
        continue;
      }
      if (c === SOFT_HYPHEN) {
        i++;
        continue;
      }
    }
    if (WHITESPACE.test(c)) {
      if (chars.length > 0 && chars[chars.length - 1] !== " ") {
        chars.push(" ");
        offsets.push(i);
      }
      i++;
      continue;
    }
    chars.push(DASHES.has(c) ? "-" : c);
    offsets.push(i);
    i++;
  }
  if (chars[chars.length - 1] === " ") {
    chars.pop();
    offsets.pop();
  }
  return { text: chars.join(""), offsets };
}

/** Maps a [start, end) range of the normalized text back to the original text. */
export function originalRange(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  const first = normalized.offsets[start];
  const last = normalized.offsets[end - 1];
  if (first === undefined || last === undefined || end <= start) {
    throw new RangeError(`Ongeldig bereik ${start}-${end} in genormaliseerde tekst`);
  }
  return { start: first, end: last + 1 };
}
