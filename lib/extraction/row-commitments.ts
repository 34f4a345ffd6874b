/** Rows of a table of ongoing work: each row still to be completed is announced to the Kamer with its date. */
import { findDeadlineSpans, resolveSpan, type DateContext } from "./deadline-spans";
import type { LetterDocument } from "./document";
import { rowTitle } from "./titles";
import type { ExtractedDeadline } from "./types";

export interface RowCommitment {
  paragraph: number;
  start: number;
  end: number;
  title: string;
  deadline: ExtractedDeadline | null;
  cue: string;
}

const DONE = /^(?:afgerond|gereed|voltooid)$/i;

export function tableRowCommitments(doc: LetterDocument, ctx: DateContext): RowCommitment[] {
  const rows: RowCommitment[] = [];
  doc.paragraphs.forEach((p, index) => {
    if (p.kind !== "table-row" || !p.cells) return;
    const completion = p.cells[p.cells.length - 1] ?? "";
    if (DONE.test(completion)) return;
    const span = findDeadlineSpans(completion).find((s) => s.start === 0) ?? { start: 0, end: completion.length, phrase: completion, core: completion };
    const resolved = resolveSpan(span, ctx, true);
    // A completion date already past ("Juli 2020") is history, not a commitment.
    if (resolved?.past) return;
    rows.push({
      paragraph: index,
      start: p.start,
      end: p.end,
      title: rowTitle(p.cells),
      deadline: resolved?.deadline ?? null,
      cue: `verwachte voltooiing (tabel): '${completion}'`,
    });
  });
  return rows;
}
