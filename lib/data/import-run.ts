import "server-only";
// What both imports share: authorize every planned row for the acting user, report it, and write the chosen rows
// in one transaction (all or nothing), or only report in a dry run.
import { createHash } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decide, type Permission } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import type { RowPlan } from "@/lib/import/plan";
import { buildReport, type ImportMode, type ImportReport, type RowReport } from "@/lib/import/report";
import { actorOf, permissionActor } from "./actor";
import { today as clockToday } from "./clock";
import { Conflict } from "./errors";
import { writeCreate, writeUpdate, type ImportWriteContext } from "./import-writer";
import { invalid, type MutationResult } from "./mutation-result";
import { SYSTEM_ACTOR } from "./user-admin";

export type Importer = CurrentUser | "system";

export interface PlannedRow {
  plan: RowPlan;
  tkNummer?: string | null;
}

/** Which column a refused permission is reported under (they differ between CSV and Tweede Kamer files). */
export interface PermissionColumns {
  ministry: string;
  status: string;
  deadline: string;
}

export const fileHash = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The import step reads the file again; it must be the one the dry run showed. */
export function checkSameFile(mode: ImportMode, bytes: Uint8Array, expectedHash: string | undefined): MutationResult<never> | null {
  if (mode === "dry-run" || !expectedHash || expectedHash === fileHash(bytes)) return null;
  const message = "Dit is niet het bestand dat is gecontroleerd. Controleer het bestand opnieuw voordat u importeert.";
  return invalid({ bestand: [message] }, message);
}

function columnFor(permission: Permission, columns: PermissionColumns): string {
  if (permission.startsWith("commitment.status.")) return columns.status;
  if (permission === "commitment.deadline.reset") return columns.deadline;
  return columns.ministry;
}

/** A row the user may not write becomes invalid, with the reason from lib/auth/permissions. Unchanged rows pass. */
export function authorizePlan(plan: RowPlan, by: Importer, columns: PermissionColumns): RowPlan {
  if (by === "system" || (plan.kind !== "create" && plan.kind !== "update")) return plan;
  const actor = permissionActor(by);
  const refusals = new Map<string, string>();
  for (const need of plan.permissions) {
    const decision = decide(actor, need.permission, { ministryCode: need.ministryCode });
    if (!decision.allowed) refusals.set(decision.message, columnFor(need.permission, columns));
  }
  if (!refusals.size) return plan;
  return {
    kind: "invalid",
    row: plan.row,
    number: plan.kind === "update" ? plan.number : null,
    problems: [...[...refusals].map(([message, column]) => ({ row: plan.row, column, message, severity: "fout" as const })), ...plan.warnings],
  };
}

function rowReport({ plan, tkNummer }: PlannedRow): RowReport {
  const base = { row: plan.row, ...(tkNummer !== undefined ? { tkNummer } : {}) };
  switch (plan.kind) {
    case "create":
      return { ...base, number: null, outcome: "aanmaken", fields: [], problems: plan.warnings };
    case "update":
      return { ...base, number: plan.number, outcome: "bijwerken", fields: plan.fields, problems: plan.warnings };
    case "unchanged":
      return { ...base, number: plan.number, outcome: "ongewijzigd", fields: [], problems: plan.problems };
    case "conflict":
      return { ...base, number: plan.number, outcome: "conflict", fields: [], problems: plan.problems };
    case "invalid":
      return { ...base, number: plan.number, outcome: "ongeldig", fields: [], problems: plan.problems };
    case "skipped":
      return { ...base, number: plan.number, outcome: "overgeslagen", fields: [], problems: plan.problems };
  }
}

export interface RunImportOptions {
  by: Importer;
  mode: ImportMode;
  base: Pick<ImportReport, "source" | "fileName" | "fileHash" | "mode" | "notices">;
  columns: PermissionColumns;
  /** plans every row, reading through `tx` (inside the import's transaction when writing) */
  plan: (tx: Tx, today: string) => Promise<PlannedRow[]>;
}

// One transaction for the whole file: 20,000 rows of changes take a while, most of all on the embedded database.
const TRANSACTION_TIMEOUT_MS = 15 * 60_000;

export async function runImport(options: RunImportOptions): Promise<MutationResult<ImportReport>> {
  const { by, mode, base } = options;
  const today = clockToday();
  const authorize = (rows: PlannedRow[]) => rows.map((r) => ({ ...r, plan: authorizePlan(r.plan, by, options.columns) }));
  if (mode === "dry-run") {
    // Read in a transaction too: one consistent picture of the register for the whole file.
    const rows = authorize(await db().$transaction((tx) => options.plan(tx, today), { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 }));
    return { ok: true, value: buildReport(base, rows.map(rowReport), false) };
  }
  try {
    const report = await db().$transaction(
      async (tx) => {
        const rows = authorize(await options.plan(tx, today));
        const reports = rows.map(rowReport);
        const preview = buildReport(base, reports, false);
        // "Importeren" writes nothing while any row is invalid or in conflict; "alleen geldige rijen" skips those.
        if (mode === "all" && preview.blocked) return preview;
        const ctx: ImportWriteContext = { tx, actor: by === "system" ? SYSTEM_ACTOR : actorOf(by), today, fromTweedeKamer: base.source === "tweede-kamer" };
        for (const [i, { plan }] of rows.entries()) {
          if (plan.kind === "create") reports[i] = { ...reports[i]!, number: await writeCreate(ctx, plan) };
          else if (plan.kind === "update") await writeUpdate(ctx, plan);
        }
        return buildReport(base, reports, true);
      },
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
    );
    return { ok: true, value: report };
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, status: 409, message: error.message };
    // Two imports creating the same Tweede Kamer number at once: the unique key refuses the second.
    if ((error as { code?: string }).code === "P2002") {
      return {
        ok: false,
        status: 409,
        message: "Een andere import heeft intussen dezelfde toezeggingen vastgelegd. Er is niets geïmporteerd; controleer het bestand opnieuw.",
      };
    }
    throw error;
  }
}
