/**
 * The normalised letter as one text: body paragraphs (blank line between), then the footnotes ("3 Kamerstuk …",
 * one a line), then the footer that names the document. Every offset in an Extraction points into this text.
 */
import { findKamerstukCitations } from "../kamerstuk";
import { normalizeBody } from "./normalize";
import { splitSentences, type Sentence } from "./sentences";
import { groupTableRows } from "./table-rows";

export interface DocParagraph {
  start: number;
  end: number;
  kind: "prose" | "table-row";
  cells?: string[];
}

export interface DocFootnote {
  number: number;
  /** The footnote text without its number. */
  text: string;
  /** The footnote line, number included. */
  start: number;
  end: number;
}

export interface DocMarker {
  /** Where the marker stood in the body. */
  position: number;
  /** Index into `footnotes`. */
  footnote: number;
}

export interface LetterDocument {
  text: string;
  /** Body text ends here; footnotes and footer follow. */
  bodyEnd: number;
  paragraphs: DocParagraph[];
  sentences: Sentence[];
  footnotes: DocFootnote[];
  markers: DocMarker[];
  footer: { text: string; start: number; end: number } | null;
  head: string[];
  /** The first lines as the letter was written (trimmed, no blank ones): its id and date stand there, line by line. */
  opening: string[];
}

const OPENING_LINES = 60;

export function buildDocument(raw: string): LetterDocument {
  const body = normalizeBody(raw);
  const laidOut = groupTableRows(body.paragraphs);
  let text = "";
  const paragraphs: DocParagraph[] = [];
  const sentences: Sentence[] = [];
  const markers: DocMarker[] = [];
  laidOut.forEach((p, index) => {
    if (text !== "") text += "\n\n";
    const start = text.length;
    text += p.text;
    paragraphs.push({ start, end: text.length, kind: p.kind, ...(p.cells ? { cells: p.cells } : {}) });
    markers.push(...p.markers.map((m) => ({ position: start + m.offset, footnote: m.footnote })));
    if (p.kind === "table-row") sentences.push({ start, end: text.length, text: p.text, paragraph: index });
    else sentences.push(...splitSentences(p.text, start, index));
  });
  const bodyEnd = text.length;
  const footnotes: DocFootnote[] = [];
  body.footnotes.forEach((note, i) => {
    text += i === 0 ? "\n\n" : "\n";
    const start = text.length;
    text += `${note.number} ${note.text}`;
    footnotes.push({ number: note.number, text: note.text, start, end: text.length });
  });
  let footer: LetterDocument["footer"] = null;
  const footerCitation = body.footers.map((f) => findKamerstukCitations(f)[0]).find((c) => c !== undefined);
  if (footerCitation) {
    text += "\n\n";
    const start = text.length;
    text += footerCitation.citation.raw;
    footer = { text: footerCitation.citation.raw, start, end: text.length };
  }
  const opening = raw
    .split(/\r?\n/, OPENING_LINES * 3)
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .slice(0, OPENING_LINES);
  return { text, bodyEnd, paragraphs, sentences, footnotes, markers, footer, head: body.head, opening };
}
