import { describe, expect, it } from "vitest";
import pg from "pg";
import { embeddedShadowDatabase } from "@/lib/platform/embedded-postgres";
import { applyMigrations, diffDatabaseToSchema, diffMigrationsToSchema } from "@/lib/platform/migrations";
import { serverShadowDatabase } from "@/lib/platform/server-shadow";
import { createTestDatabase, databaseForBlock, testDatabaseKinds } from "../support/test-database";

describe.each(testDatabaseKinds)("migrations on %s PostgreSQL", (kind) => {
  const database = databaseForBlock(() => createTestDatabase(kind));

  it("agree with schema.prisma (a schema change without a migration fails here)", async () => {
    const { params, server } = database();
    const shadow = server ? serverShadowDatabase(server) : embeddedShadowDatabase;
    expect(await diffMigrationsToSchema(params, shadow)).toBe("");
  });

  it("apply to an empty database, record themselves, and leave no drift", async () => {
    const { params } = database();
    const applied = await applyMigrations(params);
    expect(applied.length).toBeGreaterThan(0);
    expect(await applyMigrations(params)).toEqual([]);
    expect(await diffDatabaseToSchema(params)).toBe("");
    const client = new pg.Client(params);
    await client.connect();
    try {
      const { rows } = await client.query("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1");
      expect(rows.map((r) => r.migration_name)).toEqual(applied);
    } finally {
      await client.end();
    }
  });
});
