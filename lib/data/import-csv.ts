import "server-only";
// Bulk import of the CSV export's columns: rows with a nummer update that commitment (when its versie is still
// the register's), rows without create one. Parse → authorize → one transaction (lib/data/import-run.ts).
import type { CurrentUser } from "@/lib/auth/current-user";
import { decide } from "@/lib/auth/permissions";
import { columnLabel, mapCsvHeader } from "@/lib/import/csv-columns";
import { readCsvTable } from "@/lib/import/csv-file";
import { planCsvCreate, planCsvUpdate } from "@/lib/import/csv-plan";
import { readCsvRow } from "@/lib/import/csv-row";
import { settleMinisterName } from "@/lib/import/minister-names";
import type { RowPlan } from "@/lib/import/plan";
import type { ImportMode, ImportProblem, ImportReport } from "@/lib/import/report";
import { permissionActor } from "./actor";
import { loadCurrentCommitments, loadMinistries } from "./import-current";
import { checkImportDuplicates } from "./commitment-duplicates";
import { loadKnownMinisters } from "./ministers";
import { checkSameFile, fileHash, runImport, type PlannedRow } from "./import-run";
import { invalid, refused, type MutationResult } from "./mutation-result";

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** Who may import at all: anyone who may edit some commitment (editors: of their own ministry, decided per row). */
export function mayImport(user: CurrentUser | null): MutationResult<never> | null {
  if (!user) return refused(401, "Log in om toezeggingen te importeren.");
  const decision = decide(permissionActor(user), "commitment.edit", { ministryCode: user.ministryCode ?? "" });
  return decision.allowed ? null : refused(decision.status, decision.message);
}

function withNotice(plan: RowPlan, notice: ImportProblem | null): RowPlan {
  if (!notice) return plan;
  if (plan.kind === "create" || plan.kind === "update") return { ...plan, warnings: [...plan.warnings, notice] };
  return { ...plan, problems: [...plan.problems, notice] };
}

export async function importCsv(
  user: CurrentUser | null,
  file: ImportFile,
  mode: ImportMode,
  options: { expectedHash?: string; allowDuplicates?: boolean } = {},
): Promise<MutationResult<ImportReport>> {
  const gate = mayImport(user);
  if (gate) return gate;
  const sameFile = checkSameFile(mode, file.bytes, options.expectedHash);
  if (sameFile) return sameFile;
  const read = readCsvTable(file.bytes);
  if (!read.ok) return invalid({ bestand: [read.message] }, read.message);
  const header = mapCsvHeader(read.table.header);
  if (!header.ok) return invalid({ bestand: header.problems }, `Het bestand kan niet worden geïmporteerd: ${header.problems.join(" ")}`);
  const rows = read.table.records.map((record) => readCsvRow(record, header.columns, header.present));

  const notices: string[] = [];
  if (read.table.delimiter === ";") notices.push("Gelezen met puntkomma's als scheidingsteken (zoals de Nederlandse Excel opslaat).");
  if (read.table.delimiter === "\t") notices.push("Gelezen met tabs als scheidingsteken.");
  if (read.table.encoding === "windows-1252") {
    notices.push(
      "Het bestand is niet als UTF-8 opgeslagen en is gelezen als Windows-1252 (Excel ‘CSV’). Controleer letters als ë en ö; kies voortaan ‘CSV UTF-8’.",
    );
  }

  return runImport({
    by: user!,
    mode,
    base: { source: "csv", fileName: file.name, fileHash: fileHash(file.bytes), mode, notices },
    columns: { ministry: columnLabel("ministerie"), status: columnLabel("status"), deadline: columnLabel("termijn") },
    async plan(tx, today) {
      const ministries = await loadMinistries(tx);
      const numbers = rows.map((r) => r.values.number).filter((n): n is string => n !== null);
      const current = await loadCurrentCommitments(tx, "number", numbers, today);
      const ctx = { today, ministries };
      const ministers = await loadKnownMinisters(tx);
      const firstRow = new Map<string, number>();
      const planned = rows.map(({ values: read, problems: cellProblems }): PlannedRow => {
        const ministry = read.ministry || (read.number ? (current.get(read.number)?.ministry ?? "") : "");
        const minister = settleMinisterName(
          ministers,
          ministries,
          { name: read.ministerName, function: read.ministerFunction, ministry },
          read.row,
          columnLabel("bewindspersoon"),
        );
        const values = { ...read, ministerName: minister.name };
        // A cell problem keeps the row out; that the name is the register's spelling is only said (withNotice).
        const problems = minister.problem?.severity === "fout" ? [...cellProblems, minister.problem] : cellProblems;
        const notice = minister.problem?.severity === "let op" ? minister.problem : null;
        if (!values.number) return { plan: withNotice(planCsvCreate(values, problems, ctx), notice) };
        const number = values.number;
        const earlier = firstRow.get(number);
        if (earlier !== undefined) {
          const message = `${number} staat ook in rij ${earlier}; een toezegging kan maar één keer per import worden gewijzigd.`;
          return {
            plan: {
              kind: "invalid",
              row: values.row,
              number,
              problems: [...problems, { row: values.row, column: columnLabel("nummer"), message, severity: "fout" }],
            },
          };
        }
        firstRow.set(number, values.row);
        const found = current.get(number);
        if (!found) {
          const message = `Toezegging ${number} bestaat niet. Laat nummer leeg om een nieuwe toezegging aan te maken.`;
          return {
            plan: {
              kind: "invalid",
              row: values.row,
              number,
              problems: [...problems, { row: values.row, column: columnLabel("nummer"), message, severity: "fout" }],
            },
          };
        }
        return { plan: withNotice(planCsvUpdate(values, problems, found, ctx), notice) };
      });
      return checkImportDuplicates(tx, planned, options.allowDuplicates ?? false);
    },
  });
}
