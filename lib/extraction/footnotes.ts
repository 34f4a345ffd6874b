/**
 * Footnote markers and footnote lines as PDF-to-text leaves them: digits stuck to the word they follow
 * ("bijlagen1", "situatie3.", "(GDPA)22", "17%14", "maken.16Het"), digits stuck to a year ("20 augustus 202018"),
 * superscript digits ("situatie³"), and at the page bottom lines "3 Kamerstuk 29 628, nr. 985.".
 */

const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

export function fromSuperscript(text: string): string {
  return [...text].map((c) => String(SUPERSCRIPTS.indexOf(c))).join("");
}

export interface MarkerCandidate {
  /** Offset of the marker digits in the line. */
  col: number;
  /** Length of the marker digits. */
  length: number;
  number: number;
}

/** After a letter or closing punctuation; never inside a number such as "1:5.000", "3.445" or "24/7". */
const STUCK = /(?<=(?<pre2>.)?(?<pre>[\p{L})\].,;:!?»”’"%]))(?<digits>\d{1,3})(?!\d)/gu;
/** "202018": a year followed by a footnote number. */
const YEAR_STUCK = /(?<![\d.,])(?:19|20)\d{2}(?<digits>\d{1,2})(?![\d]|[.,]\d)/g;
const SUPER = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

export function markerCandidates(line: string): MarkerCandidate[] {
  const found: MarkerCandidate[] = [];
  for (const m of line.matchAll(STUCK)) {
    const { pre, pre2, digits } = m.groups as { pre: string; pre2?: string; digits: string };
    const index = m.index ?? 0;
    if (/[.,;:]/.test(pre) && pre2 !== undefined && /\d/.test(pre2)) continue;
    if (/\p{L}/u.test(pre)) {
      // "Q3", "F16", "G20": a single capital before the digits is a name, not a word carrying a footnote.
      const word = /\p{L}+$/u.exec(line.slice(0, index))?.[0] ?? "";
      if (word.length < 2) continue;
    }
    found.push({ col: index, length: digits.length, number: Number(digits) });
  }
  for (const m of line.matchAll(YEAR_STUCK)) {
    const digits = m.groups?.digits ?? "";
    const index = (m.index ?? 0) + m[0].length - digits.length;
    found.push({ col: index, length: digits.length, number: Number(digits) });
  }
  for (const m of line.matchAll(SUPER)) {
    found.push({ col: m.index ?? 0, length: m[0].length, number: Number(fromSuperscript(m[0])) });
  }
  return found.filter((c) => c.number > 0).sort((a, b) => a.col - b.col);
}

export interface FootnoteStart {
  number: number;
  text: string;
}

/** "3 Kamerstuk 29 628, nr. 985." or "³ Kamerstuk …"; not "1. De cijfers" (a list) nor "2017 17.181.084" (a table). */
export function footnoteStart(line: string): FootnoteStart | null {
  const plain = /^(\d{1,3})\s+(?=[\p{L}(«"“'‘])(.+)$/u.exec(line);
  if (plain) return { number: Number(plain[1]), text: (plain[2] ?? "").trim() };
  const sup = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$/u.exec(line);
  if (sup) return { number: Number(fromSuperscript(sup[1] ?? "")), text: (sup[2] ?? "").trim() };
  return null;
}
