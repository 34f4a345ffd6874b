// Fills a freshly migrated database with a synthetic register of `n` commitments, over one pg connection.
import pg from "pg";
import type { PgConnectionParams } from "@/lib/platform/pg-connection";
import {
  FINISH,
  INSERT_COMMITMENT_DOSSIERS,
  INSERT_COMMITMENTS,
  INSERT_DOCUMENT_DOSSIERS,
  INSERT_DOCUMENTS,
  INSERT_REFERENCES,
  STAGE_DOCUMENTS,
  VACUUM,
} from "./bulk-sql";
import { benchDossiers, benchMinisters, MINISTRIES } from "./reference-data";
import { ACTIVITY_KINDS, ASPECTS, MONTHS, QUARTERS, SEARCH_WORDS, TEXT_ACTIONS, TITLE_TEMPLATES, TOPICS } from "./words";

export const MINISTER_COUNT = 40;
export const DOSSIER_COUNT = 200;
/** One document per five commitments: 20,000 for the default 100,000. */
export const documentCount = (n: number) => Math.max(4, Math.round(n / 5));

export interface LoadSummary {
  commitments: number;
  documents: number;
  references: number;
  seconds: number;
  steps: { step: string; seconds: number }[];
  /** pg_database_size after the load, pretty-printed by PostgreSQL ("1234 MB") */
  databaseSize: string;
}

// A search word that no topic contains would silently measure the "no results" path.
for (const word of SEARCH_WORDS) {
  if (!TOPICS.some((t) => t.toLowerCase().includes(word.toLowerCase()))) throw new Error(`search word ${word} occurs in no topic`);
}

async function insertReferenceData(client: pg.Client): Promise<void> {
  await client.query(`INSERT INTO ministry (id, code, name) SELECT * FROM unnest($1::int[], $2::text[], $3::text[])`, [
    MINISTRIES.map((m) => m.id),
    MINISTRIES.map((m) => m.code),
    MINISTRIES.map((m) => m.name),
  ]);
  const ministers = benchMinisters(MINISTER_COUNT);
  await client.query(`INSERT INTO minister (id, name, function, ministry_id) SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::int[])`, [
    ministers.map((m) => m.id),
    ministers.map((m) => m.name),
    ministers.map((m) => m.function),
    ministers.map((m) => m.ministryId),
  ]);
  const dossiers = benchDossiers(DOSSIER_COUNT);
  await client.query(`INSERT INTO dossier (id, nummer, toevoeging, title) SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[])`, [
    dossiers.map((d) => d.id),
    dossiers.map((d) => d.nummer),
    dossiers.map((d) => d.toevoeging),
    dossiers.map((d) => d.title),
  ]);
}

export async function loadDataset(params: PgConnectionParams, n: number, log: (m: string) => void): Promise<LoadSummary> {
  const documents = documentCount(n);
  const client = new pg.Client({ ...params });
  await client.connect();
  const steps: LoadSummary["steps"] = [];
  const started = performance.now();
  const step = async (name: string, run: () => Promise<unknown>) => {
    const t = performance.now();
    await run();
    const seconds = (performance.now() - t) / 1000;
    steps.push({ step: name, seconds });
    log(`  ${name}: ${seconds.toFixed(1)} s`);
  };
  try {
    // A scratch database: losing it in a crash costs nothing, waiting for WAL flushes costs load time.
    await client.query("SET synchronous_commit = off");
    await client.query("SELECT setseed(0.42)");
    await step("ministries, ministers, dossiers", () => insertReferenceData(client));
    await step(`${documents} documents`, async () => {
      await client.query(STAGE_DOCUMENTS, [documents, DOSSIER_COUNT, TOPICS]);
      await client.query(INSERT_DOCUMENTS);
      await client.query(INSERT_DOCUMENT_DOSSIERS);
    });
    await step(`${n} commitments (search_vector trigger)`, () =>
      client.query(INSERT_COMMITMENTS, [
        n,
        MINISTER_COUNT,
        TOPICS,
        TITLE_TEMPLATES,
        TEXT_ACTIONS,
        ASPECTS,
        ACTIVITY_KINDS,
        MONTHS,
        QUARTERS,
        MINISTRIES.map((m) => m.portfolio),
      ]),
    );
    await step("commitment dossiers", () => client.query(INSERT_COMMITMENT_DOSSIERS, [DOSSIER_COUNT]));
    let references = 0;
    await step("references", async () => {
      references = (await client.query(INSERT_REFERENCES, [documents])).rowCount ?? 0;
    });
    await step("number sequence, serials", () => client.query(FINISH));
    await step("VACUUM (ANALYZE)", () => client.query(VACUUM));
    const size = await client.query<{ size: string }>("SELECT pg_size_pretty(pg_database_size(current_database())) AS size");
    return { commitments: n, documents, references, seconds: (performance.now() - started) / 1000, steps, databaseSize: size.rows[0]?.size ?? "?" };
  } finally {
    await client.end();
  }
}
