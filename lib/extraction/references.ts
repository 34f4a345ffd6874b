/** Every document the letter cites, where it cites it, and which documents a stretch of body text cites. */
import { findKamerstukCitations, type KamerstukCitation } from "../kamerstuk";
import type { LetterDocument } from "./document";
import type { ExtractedPassage, ExtractedReference } from "./types";

export interface CitationIndex {
  references: ExtractedReference[];
  /** Per footnote (index-aligned with LetterDocument.footnotes): the ids it cites. */
  byFootnote: string[][];
  /** Ids cited by body text from `start` to `end`: its footnote markers and inline citations. */
  idsIn(start: number, end: number): string[];
}

/** The sentence a body position belongs to; a marker after the full stop belongs to the sentence before. */
function sentenceAt(doc: LetterDocument, position: number): ExtractedPassage | null {
  let found: LetterDocument["sentences"][number] | undefined;
  for (const s of doc.sentences) {
    if (s.start > position) break;
    found = s;
  }
  return found ? { start: found.start, end: found.end, text: found.text } : null;
}

function passage(doc: LetterDocument, start: number, end: number): ExtractedPassage {
  return { start, end, text: doc.text.slice(start, end) };
}

export function indexCitations(doc: LetterDocument): CitationIndex {
  const byId = new Map<string, { citation: KamerstukCitation; passages: ExtractedPassage[]; first: number }>();
  const add = (citation: KamerstukCitation, p: ExtractedPassage | null, order: number) => {
    const entry = byId.get(citation.id) ?? { citation, passages: [], first: order };
    if (p && !entry.passages.some((q) => q.start === p.start && q.end === p.end)) entry.passages.push(p);
    entry.first = Math.min(entry.first, order);
    byId.set(citation.id, entry);
  };

  const footnoteIds = doc.footnotes.map((note) => findKamerstukCitations(note.text).map((f) => f.citation));
  doc.footnotes.forEach((note, index) => {
    const markers = doc.markers.filter((m) => m.footnote === index);
    for (const citation of footnoteIds[index] ?? []) {
      add(citation, passage(doc, note.start, note.end), markers[0]?.position ?? note.start);
      for (const m of markers) add(citation, sentenceAt(doc, m.position), m.position);
    }
  });
  const inline = findKamerstukCitations(doc.text.slice(0, doc.bodyEnd));
  for (const f of inline) add(f.citation, sentenceAt(doc, f.start), f.start);
  if (doc.footer) {
    const own = findKamerstukCitations(doc.footer.text)[0];
    if (own) add(own.citation, passage(doc, doc.footer.start, doc.footer.end), doc.footer.start);
  }

  const references = [...byId.values()]
    .sort((a, b) => a.first - b.first)
    .map(({ citation, passages }) => ({
      id: citation.id,
      label: citation.label,
      url: citation.url,
      passages: passages.sort((a, b) => a.start - b.start),
    }));

  const idsIn = (start: number, end: number): string[] => {
    const ids: string[] = [];
    const push = (id: string) => {
      if (!ids.includes(id)) ids.push(id);
    };
    const events: Array<{ at: number; ids: string[] }> = [
      ...doc.markers
        .filter((m) => m.position >= start && m.position <= end)
        .map((m) => ({ at: m.position, ids: (footnoteIds[m.footnote] ?? []).map((c) => c.id) })),
      ...inline.filter((f) => f.start >= start && f.end <= end).map((f) => ({ at: f.start, ids: [f.citation.id] })),
    ];
    for (const e of events.sort((a, b) => a.at - b.at)) e.ids.forEach(push);
    return ids;
  };
  return { references, byFootnote: footnoteIds.map((cs) => cs.map((c) => c.id)), idsIn };
}
