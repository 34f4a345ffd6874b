// npm run db:migrate:new -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the existing migrations to
// schema.prisma. Runs on throwaway in-memory PGlite databases, so it needs no server and touches no data.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { embeddedShadowDatabase, startEmbeddedPostgres } from "@/lib/platform/embedded-postgres";
import { diffMigrationsToSchema, PRISMA_DIR } from "@/lib/platform/migrations";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Gebruik: npm run db:migrate:new -- <naam>   (kleine letters, cijfers en _; bijvoorbeeld add_progress_notes)");
  process.exit(2);
}

const main = await startEmbeddedPostgres();
try {
  const sql = await diffMigrationsToSchema(main.params, embeddedShadowDatabase);
  if (!sql) {
    console.log("schema.prisma en de migraties komen overeen: geen nieuwe migratie nodig.");
  } else {
    const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
    const dir = path.join(PRISMA_DIR, "migrations", `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    console.log(`Nieuwe migratie: ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  await main.stop();
}
