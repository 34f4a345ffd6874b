/**
 * A letter's plain text (a PDF copy or a typed one) → body paragraphs without page furniture, footnotes lifted
 * out, footnote markers removed from the words they were stuck to but remembered by position.
 */
import { markerCandidates } from "./footnotes";
import { endsHyphenated, joinLines, joinPoint } from "./join-lines";
import { layoutLines, type LayoutItem, type RawFootnote } from "./layout";

export interface ParagraphMarker {
  /** Offset in the paragraph text where the marker stood. */
  offset: number;
  /** Index into `footnotes`. */
  footnote: number;
}

export interface BodyParagraph {
  text: string;
  markers: ParagraphMarker[];
}

export interface Footnote {
  number: number;
  text: string;
}

export interface NormalizedBody {
  paragraphs: BodyParagraph[];
  footnotes: Footnote[];
  footers: string[];
  head: string[];
}

interface PlacedMarker {
  col: number;
  length: number;
  footnote: number;
}

/** Each footnote's marker is the first stuck number equal to it after the previous footnote's marker and before its own block. */
function alignMarkers(items: LayoutItem[], footnotes: RawFootnote[]): Map<number, PlacedMarker[]> {
  const placed = new Map<number, PlacedMarker[]>();
  let lastItem = 0;
  let lastCol = -1;
  footnotes.forEach((note, index) => {
    for (let i = lastItem; i < note.itemIndex; i++) {
      const item = items[i];
      if (item?.kind !== "line") continue;
      const hit = markerCandidates(item.text).find((c) => c.number === note.number && (i > lastItem || c.col > lastCol));
      if (!hit) continue;
      const list = placed.get(i) ?? [];
      list.push({ col: hit.col, length: hit.length, footnote: index });
      placed.set(i, list);
      lastItem = i;
      lastCol = hit.col;
      return;
    }
  });
  return placed;
}

function removeMarkers(text: string, markers: PlacedMarker[]): BodyParagraph {
  let out = "";
  let from = 0;
  const found: ParagraphMarker[] = [];
  for (const m of [...markers].sort((a, b) => a.col - b.col)) {
    out += text.slice(from, m.col);
    found.push({ offset: out.length, footnote: m.footnote });
    from = m.col + m.length;
    // "maken.16Het" → "maken. Het"
    if (/[.!?;:)»”]$/.test(out) && /^\p{L}/u.test(text.slice(from))) out += " ";
  }
  out += text.slice(from);
  return { text: out, markers: found };
}

const TERMINAL = /[.!?:;]$/;

/** Whether the line after a gap continues the paragraph before it. */
function continuesAcrossGap(sofar: string, next: string, pageBreak: boolean): boolean {
  if (endsHyphenated(sofar)) return true;
  if (!/^\p{Ll}/u.test(next)) return false;
  return pageBreak || !TERMINAL.test(sofar);
}

export function normalizeBody(text: string): NormalizedBody {
  const layout = layoutLines(text);
  const placed = alignMarkers(layout.items, layout.footnotes);
  const paragraphs: BodyParagraph[] = [];
  let current: BodyParagraph | null = null;
  let blank = false;
  let pageBreak = false;
  layout.items.forEach((item, index) => {
    if (item.kind === "blank") {
      blank = true;
      return;
    }
    if (item.kind === "break") {
      pageBreak = true;
      return;
    }
    const line = removeMarkers(item.text, placed.get(index) ?? []);
    const gap = blank || pageBreak;
    if (current && (!gap || continuesAcrossGap(current.text, line.text, pageBreak))) {
      const { drop, separator } = joinPoint(current.text, line.text);
      const base = current.text.length - drop + separator.length;
      current.text = current.text.slice(0, current.text.length - drop) + separator + line.text;
      current.markers.push(...line.markers.map((m) => ({ offset: m.offset + base, footnote: m.footnote })));
    } else {
      current = { text: line.text, markers: [...line.markers] };
      paragraphs.push(current);
    }
    blank = false;
    pageBreak = false;
  });
  return {
    paragraphs: paragraphs.map((p) => ({ ...p, text: p.text.trim() })),
    footnotes: layout.footnotes.map((n) => ({ number: n.number, text: joinLines(n.lines) })),
    footers: layout.footers,
    head: layout.head,
  };
}
