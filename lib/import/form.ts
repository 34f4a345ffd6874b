// The import forms' FormData → what the import functions take, and their result → the form's state. Pure, so the
// two server actions stay a few lines each.
import type { ImportFormState, ImportMode, ImportReport } from "./report";
import { checkFileSize } from "./limits";

const MODES: readonly ImportMode[] = ["dry-run", "all", "valid-only"];

export type ImportFormInput =
  | { ok: true; file: File; mode: ImportMode; expectedHash: string | undefined; allowDuplicates: boolean }
  | { ok: false; state: ImportFormState };

export function readImportForm(form: FormData): ImportFormInput {
  const file = form.get("bestand");
  const modeValue = String(form.get("mode") ?? "dry-run");
  const mode = (MODES as readonly string[]).includes(modeValue) ? (modeValue as ImportMode) : "dry-run";
  const hash = form.get("controle");
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) {
    return { ok: false, state: { status: "error", message: "Kies eerst een bestand.", fileProblems: ["Kies eerst een bestand."] } };
  }
  // Checked here too, so an oversized file is refused before it is read into memory.
  const size = checkFileSize(file.size);
  if (size) return { ok: false, state: { status: "error", message: size, fileProblems: [size] } };
  // The hash only binds the import step to the file the dry run showed.
  const expectedHash = mode !== "dry-run" && typeof hash === "string" && /^[0-9a-f]{64}$/.test(hash) ? hash : undefined;
  return { ok: true, file, mode, expectedHash, allowDuplicates: form.get("dubbelen") === "on" };
}

/** Unchanged rows without remarks travel as row numbers only: a file of 20,000 rows stays a small answer. */
export function slimReport(report: ImportReport): { report: ImportReport; unchangedRows: number[] } {
  const quiet = (r: ImportReport["rows"][number]) => r.outcome === "ongewijzigd" && r.problems.length === 0;
  return { report: { ...report, rows: report.rows.filter((r) => !quiet(r)) }, unchangedRows: report.rows.filter(quiet).map((r) => r.row) };
}

export function reportState(report: ImportReport): ImportFormState {
  const { report: slim, unchangedRows } = slimReport(report);
  if (report.mode === "dry-run") return { status: "checked", report: slim, unchangedRows, message: "Gecontroleerd. Er is nog niets gewijzigd." };
  if (!report.written) {
    return {
      status: "checked",
      report: slim,
      unchangedRows,
      message: "Er is niets geïmporteerd: niet alle rijen zijn in orde. Verbeter het bestand, of importeer alleen de geldige rijen.",
    };
  }
  return { status: "imported", report: slim, unchangedRows, message: report.writable ? "Geïmporteerd." : "Geïmporteerd: er was niets te wijzigen." };
}
