// The benchmark's own database on a real PostgreSQL server: created fresh, migrated like production, dropped at
// the end. Never the app's database: the load step writes 100,000 synthetic commitments.
import { applyMigrations } from "@/lib/platform/migrations";
import type { PgConnectionParams } from "@/lib/platform/pg-connection";
import { parseDatabaseUrl } from "@/lib/platform/pg-connection";
import { createScratchDatabase, dropScratchDatabase } from "@/lib/platform/server-shadow";

export interface ScratchDatabase {
  params: PgConnectionParams;
  drop(): Promise<void>;
}

export async function createBenchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const server = parseDatabaseUrl(serverUrl);
  const params = await createScratchDatabase(server, "tzr_bench");
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await dropScratchDatabase(server, params.database);
  };
  try {
    await applyMigrations(params);
  } catch (error) {
    await drop();
    throw error;
  }
  return { params, drop };
}
