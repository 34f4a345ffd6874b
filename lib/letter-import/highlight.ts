// A candidate sentence shown in its paragraph, so a reviewer judges it in context rather than on its own.

export interface HighlightedContext {
  /** text of the paragraph before the sentence, whitespace collapsed */
  before: string;
  /** the sentence itself ([start, end) of the letter text) */
  match: string;
  after: string;
  /** the paragraph went on before `before` (or after `after`) but was cut to keep the context short */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** A blank line (possibly with spaces or a carriage return on it) separates paragraphs. */
const PARAGRAPH_BREAK = /\r?\n[ \t\r]*\n/g;

const collapse = (s: string) => s.replace(/\s+/g, " ");

function paragraphStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(PARAGRAPH_BREAK)) start = m.index + m[0].length;
  return start;
}

function paragraphEnd(text: string, at: number): number {
  const m = /\r?\n[ \t\r]*\n/.exec(text.slice(at));
  return m ? at + m.index : text.length;
}

/** Cuts `s` to at most `max` characters at its end, at a word boundary. */
function keepTail(s: string, max: number): { text: string; clipped: boolean } {
  if (s.length <= max) return { text: s, clipped: false };
  const cut = s.slice(s.length - max);
  const space = cut.search(/\s/);
  return { text: space >= 0 && space < cut.length - 1 ? cut.slice(space + 1) : cut, clipped: true };
}

/** Cuts `s` to at most `max` characters at its start, at a word boundary. */
function keepHead(s: string, max: number): { text: string; clipped: boolean } {
  if (s.length <= max) return { text: s, clipped: false };
  const cut = s.slice(0, max);
  const space = cut.search(/\s\S*$/);
  return { text: space > 0 ? cut.slice(0, space) : cut, clipped: true };
}

/**
 * The paragraph around [start, end) of `text`, split into the part before, the sentence and the part after. A
 * sentence running over a paragraph break takes both paragraphs. Context longer than `maxContext` characters on
 * either side is cut at a word boundary (and flagged), so one long paragraph does not bury the sentence.
 */
export function sentenceInContext(text: string, start: number, end: number, options: { maxContext?: number } = {}): HighlightedContext {
  const maxContext = options.maxContext ?? 600;
  const s = Math.max(0, Math.min(Math.trunc(start) || 0, text.length));
  const e = Math.max(s, Math.min(Math.trunc(end) || 0, text.length));
  const pStart = paragraphStart(text, s);
  const pEnd = paragraphEnd(text, e);
  const before = keepTail(text.slice(pStart, s), maxContext);
  const after = keepHead(text.slice(e, pEnd), maxContext);
  return {
    before: collapse(before.text).replace(/^ /, ""),
    match: collapse(text.slice(s, e)),
    after: collapse(after.text).replace(/ $/, ""),
    clippedBefore: before.clipped,
    clippedAfter: after.clipped,
  };
}
