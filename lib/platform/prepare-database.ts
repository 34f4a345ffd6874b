// Everything the app needs from its database before it serves a request: the database itself (a real
// PostgreSQL from DATABASE_URL, or the embedded one), the migrations applied, and the seed loaded.
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrations";
import { parseDatabaseUrl, type PgConnectionParams } from "./pg-connection";

export interface PreparedDatabase {
  params: PgConnectionParams;
  embedded: EmbeddedPostgres | null;
  appliedMigrations: string[];
}

export async function prepareDatabase(options: { databaseUrl?: string; dataDir: string; embeddedPort?: number }): Promise<PreparedDatabase> {
  let embedded: EmbeddedPostgres | null = null;
  let params: PgConnectionParams;
  if (options.databaseUrl) {
    params = parseDatabaseUrl(options.databaseUrl);
  } else {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(options.dataDir, "pglite"), port: options.embeddedPort ?? 0 });
    params = embedded.params;
  }
  try {
    const appliedMigrations = await applyMigrations(params);
    return { params, embedded, appliedMigrations };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
