import "server-only";
// Import of the Tweede Kamer's open data (entity Toezegging): idempotent by the Kamer's Nummer (commitment.tk_nummer).
// The same dry run, report and one transaction as the CSV import; from the page, or `npm run import:tk` as the system.
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ImportMode, ImportReport } from "@/lib/import/report";
import { readTkFile } from "@/lib/import/tk-file";
import { tkCreatePlan, tkDeletionPlan, tkUpdatePlan } from "@/lib/import/tk-plan";
import { mapTkRecord } from "@/lib/import/tk-record";
import { settleMinisterName } from "@/lib/import/minister-names";
import type { ImportFile } from "./import-csv";
import { mayImport } from "./import-csv";
import { loadCurrentCommitments, loadMinistries } from "./import-current";
import { checkImportDuplicates } from "./commitment-duplicates";
import { loadKnownMinisters } from "./ministers";
import { checkSameFile, fileHash, runImport, type Importer, type PlannedRow } from "./import-run";
import { invalid, type MutationResult } from "./mutation-result";

export async function importTk(
  by: CurrentUser | "system" | null,
  file: ImportFile,
  mode: ImportMode,
  options: { expectedHash?: string; allowDuplicates?: boolean } = {},
): Promise<MutationResult<ImportReport>> {
  if (by !== "system") {
    const gate = mayImport(by);
    if (gate) return gate;
  }
  const sameFile = checkSameFile(mode, file.bytes, options.expectedHash);
  if (sameFile) return sameFile;
  const read = readTkFile(file.bytes);
  if (!read.ok) return invalid({ bestand: [read.message] }, read.message);

  return runImport({
    by: by as Importer,
    mode,
    base: { source: "tweede-kamer", fileName: file.name, fileHash: fileHash(file.bytes), mode, notices: [] },
    columns: { ministry: "Ministerie", status: "Status", deadline: "DatumNakoming" },
    async plan(tx, today) {
      const ministries = await loadMinistries(tx);
      const mapped = read.records.map((r) => mapTkRecord(r.row, r.raw, ministries));
      const current = await loadCurrentCommitments(
        tx,
        "tkNummer",
        mapped.flatMap((m) => (m.tkNummer ? [m.tkNummer] : [])),
        today,
      );
      const ministers = await loadKnownMinisters(tx);
      const firstRow = new Map<string, number>();
      const planned = mapped.map((m): PlannedRow => {
        const tkNummer = m.tkNummer;
        const number = tkNummer ? (current.get(tkNummer)?.number ?? null) : null;
        if (m.kind === "deleted") {
          const found = tkNummer ? current.get(tkNummer) : undefined;
          return { tkNummer, plan: found ? tkDeletionPlan(m.row, found.tkNummer!, found) : { kind: "skipped", row: m.row, number, problems: m.problems } };
        }
        if (m.kind === "invalid") return { tkNummer, plan: { kind: "invalid", row: m.row, number, problems: m.problems } };
        const earlier = firstRow.get(m.tkNummer);
        if (earlier !== undefined) {
          const message = `${m.tkNummer} staat ook op plaats ${earlier} in het bestand; elke toezegging mag er één keer in staan.`;
          return {
            tkNummer,
            plan: { kind: "invalid", row: m.row, number, problems: [{ row: m.row, column: "Nummer", message, severity: "fout" }, ...m.warnings] },
          };
        }
        firstRow.set(m.tkNummer, m.row);
        const found = current.get(m.tkNummer);
        const c = m.commitment;
        const minister = settleMinisterName(ministers, ministries, { name: c.ministerName, function: c.ministerFunction, ministry: c.ministry }, m.row, "Naam");
        const warnings = minister.problem ? [...m.warnings, minister.problem] : m.warnings;
        if (minister.problem?.severity === "fout") return { tkNummer, plan: { kind: "invalid", row: m.row, number, problems: warnings } };
        const commitment = { ...c, ministerName: minister.name };
        return { tkNummer, plan: found ? tkUpdatePlan(m.row, commitment, found, warnings) : tkCreatePlan(m.row, commitment, warnings) };
      });
      return checkImportDuplicates(tx, planned, options.allowDuplicates ?? false);
    },
  });
}
