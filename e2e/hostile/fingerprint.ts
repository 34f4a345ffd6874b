// What the register holds, table by table and row by row, read straight from the running app's embedded database:
// two fingerprints that differ name the table and the rows that changed. Left out is what a refused request is
// meant to change: the sign-in throttle, the reminder scheduler's runs, the migration log, a token's last use.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const SKIPPED_TABLES = new Set(["sign_in_throttle", "reminder_run", "_prisma_migrations"]);
const SKIPPED_COLUMNS: Record<string, string[]> = { api_token: ["last_used_at"] };

export type Fingerprint = Record<string, string[]>;

export function embeddedDatabaseUrl(dataDir: string): string {
  const { port } = JSON.parse(readFileSync(path.join(dataDir, "embedded-db.json"), "utf8")) as { port: number };
  return `postgresql://postgres@127.0.0.1:${port}/postgres`;
}

export async function fingerprint(databaseUrl: string): Promise<Fingerprint> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
    );
    const result: Fingerprint = {};
    for (const { table_name: table } of tables.rows) {
      if (SKIPPED_TABLES.has(table)) continue;
      const dropped = (SKIPPED_COLUMNS[table] ?? []).map((column) => ` - '${column}'`).join("");
      const rows = await client.query<{ row: string }>(`SELECT (to_jsonb(t)${dropped})::text AS row FROM "${table}" t ORDER BY 1`);
      result[table] = rows.rows.map((r) => r.row);
    }
    return result;
  } finally {
    await client.end();
  }
}

/** The rows that differ, per table, for a readable failure. */
export function differences(before: Fingerprint, after: Fingerprint): Record<string, { gone: string[]; added: string[] }> {
  const out: Record<string, { gone: string[]; added: string[] }> = {};
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const b = new Set(before[table] ?? []);
    const a = new Set(after[table] ?? []);
    const gone = [...b].filter((row) => !a.has(row));
    const added = [...a].filter((row) => !b.has(row));
    if (gone.length || added.length) out[table] = { gone: gone.map((r) => r.slice(0, 300)), added: added.map((r) => r.slice(0, 300)) };
  }
  return out;
}
