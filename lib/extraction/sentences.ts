/** Dutch sentence boundaries in a paragraph, aware of "jl.", "dhr.", "nr.", "c.s.", initials and list numbers. */

export interface Sentence {
  /** Offsets into the text the paragraph was taken from. */
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

const ABBREVIATIONS = new Set([
  "jl",
  "j.l",
  "dhr",
  "mevr",
  "mw",
  "nr",
  "nrs",
  "o.a",
  "c.s",
  "v.a",
  "art",
  "artt",
  "o.b.v",
  "bijv",
  "bv",
  "m.b.t",
  "i.v.m",
  "z.s.m",
  "p",
  "pp",
  "blz",
  "pag",
  "drs",
  "mr",
  "dr",
  "prof",
  "ir",
  "ing",
  "e.d",
  "etc",
  "enz",
  "t.a.v",
  "m.u.v",
  "incl",
  "excl",
  "resp",
  "ca",
  "vs",
  "o.g.v",
  "m.i.v",
  "t.z.t",
  "n.a.v",
  "i.p.v",
  "a.s",
  "zgn",
  "d.w.z",
  "e.a",
  "t/m",
  "jo",
  "sr",
  "jr",
  "st",
  "min",
  "stb",
  "stcrt",
]);

/** Is the full stop at `dot` the end of an abbreviation, an initial or a list number? */
function isAbbreviation(text: string, dot: number): boolean {
  const before = /(\S+)$/.exec(text.slice(0, dot))?.[1] ?? "";
  const word = before.replace(/^[(«"“'‘]+/, "");
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials: "F.B.J. Grapperhaus", "J. de Vries".
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  // "benadrukken: 1. De cijfers …"
  if (/^\d{1,2}$/.test(word)) {
    const prior = text.slice(0, dot - word.length).trimEnd();
    return prior === "" || /:$/.test(prior);
  }
  return false;
}

const BOUNDARY = /[.!?](?:[»”"')\]]*)(?=\s+[«"“‘'(\p{Lu}\d])/gu;

/** Splits one paragraph (at `offset` in the whole text) into sentences. */
export function splitSentences(text: string, offset: number, paragraph: number): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const index = m.index ?? 0;
    if (m[0].startsWith(".") && isAbbreviation(text, index)) continue;
    const end = index + m[0].length;
    push(sentences, text, from, end, offset, paragraph);
    from = end;
  }
  push(sentences, text, from, text.length, offset, paragraph);
  return sentences;
}

function push(out: Sentence[], text: string, from: number, to: number, offset: number, paragraph: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  if (end > start) out.push({ start: offset + start, end: offset + end, text: text.slice(start, end), paragraph });
}
