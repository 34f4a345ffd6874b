/** What `npm run extract` prints: the extraction without offsets, cues and passages. */
import type { CandidateKind, ExtractedContext, ExtractedDeadline, Extraction } from "./types";

export interface CliOutput {
  letter: { id: string | null; title?: string; date?: string; minister?: string };
  references: Array<{ id: string; label: string; url: string }>;
  /** dossiers named without a document number */
  dossiers: Array<{ key: string; label: string; url: string }>;
  commitments: Array<{
    kind: CandidateKind;
    text: string;
    title: string;
    deadline: ExtractedDeadline | null;
    references: string[];
    /** its subject beside the verbatim text: the section heading and what "de analyse" … refers to */
    context: { heading: string | null; refersTo: ExtractedContext["refersTo"] };
    /** postponed: the sentence that says it comes later */
    reason?: string;
    /** postponed: numbers of the outstanding commitments in the register it may postpone, best first (with --register) */
    matches?: string[];
  }>;
}

/** `matches`: per postponed candidate, in order, the register's commitments it may postpone (omitted without a register). */
export function toCliOutput(extraction: Extraction, matches?: string[][]): CliOutput {
  let postponed = 0;
  const { id, title, date, minister } = extraction.letter;
  return {
    letter: { id, ...(title ? { title } : {}), ...(date ? { date } : {}), ...(minister ? { minister } : {}) },
    references: extraction.references.map(({ id: refId, label, url }) => ({ id: refId, label, url })),
    dossiers: extraction.dossiers,
    commitments: extraction.commitments.map((c) => ({
      kind: c.kind,
      text: c.text,
      title: c.title,
      deadline: c.deadline && {
        phrase: c.deadline.phrase,
        earliest: c.deadline.earliest,
        latest: c.deadline.latest,
        precision: c.deadline.precision,
      },
      references: c.references,
      context: { heading: c.context.heading, refersTo: c.context.refersTo },
      ...(c.kind === "postponed" ? { reason: c.postponement?.reason ?? "", ...(matches ? { matches: matches[postponed++] ?? [] } : {}) } : {}),
    })),
  };
}

export type InputProblem = "empty" | "pdf" | "binary";

/** Why a file cannot be read as a letter's plain text, or null when it can. */
export function inputProblem(bytes: Uint8Array): InputProblem | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.trimStart().startsWith("%PDF-")) return "pdf";
  if (bytes.includes(0)) return "binary";
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "binary";
  }
  if (text.trim() === "") return "empty";
  // Control characters other than tab, line breaks and form feed mean this is no text.
  const control = text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  return control > text.length / 100 ? "binary" : null;
}
