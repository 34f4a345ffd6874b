import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { embeddedShadowDatabase } from "@/lib/platform/embedded-postgres";
import { applyMigrations, diffDatabaseToSchema, diffMigrationsToSchema } from "@/lib/platform/migrations";
import { serverShadowDatabase } from "@/lib/platform/server-shadow";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "../support/test-database";

describe.each(testDatabaseKinds)("migrations on %s PostgreSQL", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database.drop();
  });

  it("agree with schema.prisma (a schema change without a migration fails here)", async () => {
    const shadow = database.server ? serverShadowDatabase(database.server) : embeddedShadowDatabase;
    expect(await diffMigrationsToSchema(database.params, shadow)).toBe("");
  });

  it("apply to an empty database, record themselves, and leave no drift", async () => {
    const applied = await applyMigrations(database.params);
    expect(applied.length).toBeGreaterThan(0);
    expect(await applyMigrations(database.params)).toEqual([]);
    expect(await diffDatabaseToSchema(database.params)).toBe("");
    const client = new pg.Client(database.params);
    await client.connect();
    try {
      const { rows } = await client.query("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1");
      expect(rows.map((r) => r.migration_name)).toEqual(applied);
    } finally {
      await client.end();
    }
  });
});
