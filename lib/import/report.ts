// What an import (CSV or Tweede Kamer open data) reports, in the dry run and after writing: per row what happens
// and every problem as row, column and message. Plain data, so it travels from a server action to the browser.

/** What happens to one row of the file. */
export type RowOutcome = "aanmaken" | "bijwerken" | "ongewijzigd" | "conflict" | "ongeldig" | "overgeslagen";

export const ROW_OUTCOMES: readonly RowOutcome[] = ["aanmaken", "bijwerken", "ongewijzigd", "conflict", "ongeldig", "overgeslagen"];

export const OUTCOME_LABELS: Readonly<Record<RowOutcome, string>> = {
  aanmaken: "Aanmaken",
  bijwerken: "Bijwerken",
  ongewijzigd: "Ongewijzigd",
  conflict: "Conflict",
  ongeldig: "Ongeldig",
  overgeslagen: "Overgeslagen",
};

/** The same, once the import has run. */
export const OUTCOME_DONE_LABELS: Readonly<Record<RowOutcome, string>> = {
  aanmaken: "Aangemaakt",
  bijwerken: "Bijgewerkt",
  ongewijzigd: "Ongewijzigd",
  conflict: "Conflict, niet geïmporteerd",
  ongeldig: "Ongeldig, niet geïmporteerd",
  overgeslagen: "Overgeslagen",
};

/** "fout" keeps the row out of the import; "let op" is said and the row goes ahead. */
export type ProblemSeverity = "fout" | "let op";

export interface ImportProblem {
  /** the row as numbered in the file: header = row 1 (CSV), first record = 1 (Tweede Kamer JSON) */
  row: number;
  /** the column (CSV) or field (JSON) it concerns; null for the row as a whole */
  column: string | null;
  message: string;
  severity: ProblemSeverity;
}

export interface RowReport {
  row: number;
  /** the register's number (TZ-…) when the row names or gets one */
  number: string | null;
  /** the Tweede Kamer's number (TK import) */
  tkNummer?: string | null;
  outcome: RowOutcome;
  /** the columns that change (bijwerken), by their Dutch label */
  fields: string[];
  problems: ImportProblem[];
}

export type ImportMode = "dry-run" | "all" | "valid-only";

export interface ImportReport {
  source: "csv" | "tweede-kamer";
  fileName: string;
  /** SHA-256 of the file: the import step checks it is the file the dry run looked at */
  fileHash: string;
  mode: ImportMode;
  /** about the file as a whole (delimiter, encoding); never blocking */
  notices: string[];
  rows: RowReport[];
  counts: Record<RowOutcome, number>;
  /** some row is ongeldig or in conflict: "Importeren" writes nothing, "alleen geldige rijen" skips those */
  blocked: boolean;
  /** rows that would create or change something, valid ones only */
  writable: number;
  /** true once written (never in a dry run) */
  written: boolean;
}

export function isBlocking(outcome: RowOutcome): boolean {
  return outcome === "ongeldig" || outcome === "conflict";
}

export function buildReport(
  base: Pick<ImportReport, "source" | "fileName" | "fileHash" | "mode" | "notices">,
  rows: RowReport[],
  written: boolean,
): ImportReport {
  const counts = Object.fromEntries(ROW_OUTCOMES.map((o) => [o, 0])) as Record<RowOutcome, number>;
  for (const r of rows) counts[r.outcome] += 1;
  return {
    ...base,
    rows,
    counts,
    blocked: counts.ongeldig + counts.conflict > 0,
    writable: counts.aanmaken + counts.bijwerken,
    written,
  };
}

/** Every problem of every row, in file order. */
export function allProblems(report: Pick<ImportReport, "rows">): ImportProblem[] {
  return report.rows.flatMap((r) => r.problems);
}

/** "2–5, 9, 12–14": row numbers as compact ranges, for the rows nothing happens to. */
export function rowRanges(rows: number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}

/** One line per count that is not zero: "1 bijwerken, 16 ongewijzigd". */
export function countsSentence(counts: Record<RowOutcome, number>, done = false): string {
  const labels = done ? OUTCOME_DONE_LABELS : OUTCOME_LABELS;
  const parts = ROW_OUTCOMES.filter((o) => counts[o] > 0).map((o) => `${counts[o]} ${labels[o].toLowerCase()}`);
  return parts.length ? parts.join(", ") : "geen rijen";
}

/** The state an import form keeps between the dry run and the import. */
export interface ImportFormState {
  status: "idle" | "error" | "checked" | "imported";
  message?: string;
  /** problems with the file as a whole (nothing was read or written) */
  fileProblems?: string[];
  /** the report, without the rows nothing happens to (those are in unchangedRows) */
  report?: ImportReport;
  unchangedRows?: number[];
}

export const idleImportState: ImportFormState = { status: "idle" };
