// Apply, generate and check migrations in prisma/migrations (standard layout) through the Wasm schema engine.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { PgConnectionParams } from "./pg-connection";
import type { ShadowDatabaseProvider } from "./schema-engine";
import { withSchemaEngine } from "./schema-engine";

export const PRISMA_DIR = path.resolve(process.cwd(), "prisma");
const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
const NO_FILTERS = { externalTables: [], externalEnums: [] };

export async function loadMigrationsList(dir = MIGRATIONS_DIR) {
  const entries = existsSync(dir) ? await readdir(dir, { withFileTypes: true }) : [];
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: await readFile(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  );
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

async function readSchema() {
  return { content: await readFile(SCHEMA_PATH, "utf8"), path: SCHEMA_PATH };
}

/** Applies every migration not yet in `_prisma_migrations`; returns the names applied now. */
export async function applyMigrations(main: PgConnectionParams): Promise<string[]> {
  const schema = await readSchema();
  const migrationsList = await loadMigrationsList();
  return withSchemaEngine({ datamodel: schema.content, schemaPath: schema.path, main }, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return out.appliedMigrationNames;
  });
}

/**
 * SQL that takes a database built from the migrations to what schema.prisma describes ("" when they agree).
 * Replays the migrations on a shadow database.
 */
export async function diffMigrationsToSchema(main: PgConnectionParams, shadow: ShadowDatabaseProvider): Promise<string> {
  const schema = await readSchema();
  const migrationsList = await loadMigrationsList();
  return withSchemaEngine({ datamodel: schema.content, schemaPath: schema.path, main, shadow }, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: false,
      filters: NO_FILTERS,
    });
    return normaliseScript(result.stdout ?? "");
  });
}

/** SQL that takes the live database to schema.prisma ("" when there is no drift). */
export async function diffDatabaseToSchema(main: PgConnectionParams): Promise<string> {
  const schema = await readSchema();
  return withSchemaEngine({ datamodel: schema.content, schemaPath: schema.path, main }, async (engine) => {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files: [schema], configDir: PRISMA_DIR },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: false,
      filters: NO_FILTERS,
    });
    return normaliseScript(result.stdout ?? "");
  });
}

// The engine answers an empty diff with a comment line; treat that as "no change".
function normaliseScript(sql: string): string {
  return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? "" : sql;
}
