// An import report as plain text, for the command line (npm run import:tk).
import { allProblems, countsSentence, OUTCOME_LABELS, type ImportReport } from "./report";

export function reportLines(report: ImportReport): string[] {
  const lines = [`${report.fileName}: ${report.rows.length} ${report.rows.length === 1 ? "rij" : "rijen"} — ${countsSentence(report.counts)}.`];
  for (const notice of report.notices) lines.push(`  ${notice}`);
  for (const row of report.rows) {
    if (row.outcome !== "aanmaken" && row.outcome !== "bijwerken") continue;
    const who = [row.tkNummer, row.number].filter(Boolean).join(" → ") || "nieuw";
    lines.push(`  rij ${row.row}: ${OUTCOME_LABELS[row.outcome].toLowerCase()} ${who}${row.fields.length ? ` (${row.fields.join(", ")})` : ""}`);
  }
  for (const p of allProblems(report)) lines.push(`  rij ${p.row}${p.column ? `, ${p.column}` : ""} [${p.severity}]: ${p.message}`);
  if (report.mode === "dry-run") lines.push("Proefimport: er is niets gewijzigd.");
  else if (report.written)
    lines.push(
      report.writable
        ? `Geïmporteerd: ${report.counts.aanmaken} aangemaakt, ${report.counts.bijwerken} bijgewerkt.`
        : "Geïmporteerd: er was niets te wijzigen.",
    );
  else lines.push("Er is niets geïmporteerd: niet alle rijen zijn in orde. Verbeter het bestand, of gebruik --alleen-geldige.");
  return lines;
}
