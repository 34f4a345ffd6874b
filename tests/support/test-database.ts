// Databases for integration tests: a fresh in-memory embedded PostgreSQL always, and a scratch database on a
// real PostgreSQL server when TEST_DATABASE_URL is set. Each test file gets its own, migrated, and drops it after.
import { afterAll, beforeAll } from "vitest";
import { configureDatabase, disconnectDatabase } from "@/lib/db";
import { EMBEDDED_POOL_SIZE, startEmbeddedPostgres } from "@/lib/platform/embedded-postgres";
import { applyMigrations } from "@/lib/platform/migrations";
import { parseDatabaseUrl, type PgConnectionParams } from "@/lib/platform/pg-connection";
import { createScratchDatabase, dropScratchDatabase } from "@/lib/platform/server-shadow";

export type TestDatabaseKind = "embedded" | "postgres";

export const testDatabaseKinds: TestDatabaseKind[] = process.env.TEST_DATABASE_URL ? ["embedded", "postgres"] : ["embedded"];

export interface TestDatabase {
  kind: TestDatabaseKind;
  params: PgConnectionParams;
  /** the admin connection to the server (real PostgreSQL only) */
  server: PgConnectionParams | null;
  drop(): Promise<void>;
}

export async function createTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  if (kind === "embedded") {
    const embedded = await startEmbeddedPostgres();
    return { kind, params: embedded.params, server: null, drop: () => embedded.stop() };
  }
  const server = parseDatabaseUrl(process.env.TEST_DATABASE_URL!);
  const params = await createScratchDatabase(server, "tzr_test");
  return { kind, params, server, drop: () => dropScratchDatabase(server, params.database) };
}

/** A migrated database that lib/db's client points at, for the duration of one describe block. */
export async function useMigratedDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  const database = await createTestDatabase(kind);
  await applyMigrations(database.params);
  configureDatabase(database.params, kind === "embedded" ? EMBEDDED_POOL_SIZE : 4);
  return {
    ...database,
    async drop() {
      await disconnectDatabase();
      await database.drop();
    },
  };
}

/**
 * A database for the tests of this describe block: opened before them (first of the block's beforeAll hooks), dropped
 * after them (last of its afterAll hooks). Call it before the block registers hooks of its own: vitest runs beforeAll
 * hooks in the order they were registered and afterAll hooks in reverse (sequence.hooks "stack", its default), so the
 * block's own setup finds the database open and its own teardown runs before the drop. The getter works from the
 * block's hooks and tests on, once the database is open.
 */
export function databaseForBlock(open: () => Promise<TestDatabase>): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await open();
  });
  afterAll(async () => {
    await database?.drop();
  });
  return () => {
    if (!database) throw new Error("databaseForBlock: the database is not open (yet)");
    return database;
  };
}
