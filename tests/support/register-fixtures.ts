// Shared fixtures for the lib/data integration tests: the reviewed seed, row counts of every register table,
// and a pinned "today" (TZR_TODAY) that is always restored.
import path from "node:path";
import { loadSeed, readSeedFile } from "@/lib/data/seed";
import { db } from "@/lib/db";
import { databaseForBlock, testDatabaseKinds, useMigratedDatabase, type TestDatabase, type TestDatabaseKind } from "./test-database";

export { databaseForBlock, testDatabaseKinds, type TestDatabase, type TestDatabaseKind };

export const SEED_PATH = path.resolve(process.cwd(), "prisma/seed/kamerstuk-29628-1030.json");

/** A migrated database with the seed of Kamerstuk 29 628, nr. 1030 loaded; lib/db points at it. */
export async function useSeededDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  const database = await useMigratedDatabase(kind);
  try {
    await loadSeed(await readSeedFile(SEED_PATH));
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

export const REGISTER_TABLES = [
  "ministry",
  "minister",
  "dossier",
  "document",
  "document_dossier",
  "commitment",
  "commitment_reference",
  "commitment_dossier",
  "commitment_number_sequence",
  "audit_event",
  "app_user",
] as const;
export type RowCounts = Record<(typeof REGISTER_TABLES)[number], number>;

/** Rows in every register table, in one query. */
export async function countRows(): Promise<RowCounts> {
  const sql = `SELECT ${REGISTER_TABLES.map((t) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(", ")}`;
  const [row] = await db().$queryRawUnsafe<RowCounts[]>(sql);
  return row!;
}

/** Runs `fn` with today pinned to `isoDate` (YYYY-MM-DD) and restores TZR_TODAY afterwards. */
export async function onDay<T>(isoDate: string, fn: () => Promise<T>): Promise<T> {
  const before = process.env.TZR_TODAY;
  process.env.TZR_TODAY = isoDate;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.TZR_TODAY;
    else process.env.TZR_TODAY = before;
  }
}

/** The commitment numbers of a list, in order. */
export const numbers = (items: Array<{ number: string }>) => items.map((c) => c.number);

/**
 * Adds one commitment of another ministry, minister and dossier (with a toevoeging) to a seeded register, so that
 * filters have something to tell apart: TZ-2022-0001, partially fulfilled, due in the first half of 2023.
 */
export async function addCommitmentOfAnotherMinistry(): Promise<{ number: string; ministerId: number; documentId: string }> {
  const { recordNewCommitment } = await import("@/lib/data/commitment-writes");
  const { ensureDocument } = await import("@/lib/data/documents");
  const { resolveDeadline } = await import("@/lib/deadline");
  const { parseKamerstukCitation } = await import("@/lib/kamerstuk");
  // a signed-in editor (not a system actor): readers of the history see only the ministry
  const actor = { id: "test-editor-1", name: "Jan Jansen", ministry: "BZK" };
  return db().$transaction(async (tx) => {
    const ministry = await tx.ministry.create({ data: { code: "BZK", name: "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties" } });
    const minister = await tx.minister.create({
      data: { name: "H.G.J. Bruins Slot", function: "Minister van Binnenlandse Zaken en Koninkrijksrelaties", ministryId: ministry.id },
    });
    const citation = parseKamerstukCitation("Kamerstuk 35 925 VII, nr. 12");
    const document = await ensureDocument(tx, citation, { title: "Brief over de Wet open overheid", date: "2022-10-01" }, actor);
    const { number } = await recordNewCommitment(
      tx,
      {
        title: "Voortgang invoering Wet open overheid bij gemeenten",
        text: "Ik zal uw Kamer in de eerste helft van 2023 informeren over de voortgang van de invoering van de Wet open overheid bij gemeenten.",
        status: "partially_fulfilled",
        deadline: resolveDeadline("in de eerste helft van 2023", "2022-10-01"),
        madeOn: "2022-10-01",
        activity: "Brief van de minister van Binnenlandse Zaken en Koninkrijksrelaties (Kamerstuk 35 925-VII, nr. 12)",
        ministerName: minister.name,
        ministerFunction: minister.function,
        ministry: "BZK",
        committee: "Vaste commissie voor Binnenlandse Zaken",
        addressee: null,
        references: [{ citation, role: "source" }],
        note: null,
        fulfilledOnHint: null,
        tkNummer: null,
      },
      { actor, today: "2022-10-01" },
    );
    return { number, ministerId: minister.id, documentId: document.id };
  });
}
