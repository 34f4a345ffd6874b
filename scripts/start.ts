// npm start: the register at http://localhost:3000 (PORT), on the embedded PostgreSQL unless DATABASE_URL is set.
// Applies migrations and loads the seed (idempotent) while it builds the app when the build is missing or stale, then runs
// scripts/next-server.ts (Next behind node:http, resolving client addresses) as a child process. The embedded database lives in this process, so it stops with it.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync, rmSync } from "node:fs";
import path from "node:path";
import { configureDatabase, disconnectDatabase } from "@/lib/db";
import { loadMinistries, loadSeed, readSeedFile } from "@/lib/data/seed";
import { EMBEDDED_POOL_SIZE } from "@/lib/platform/embedded-postgres";
import { prepareDatabase } from "@/lib/platform/prepare-database";
import { toDatabaseUrl } from "@/lib/platform/pg-connection";
import { resolveAuthSecret } from "./auth-secret";
import { ensureDemoAccounts } from "./demo-accounts";
import { ensureBuild } from "./ensure-build";
import { readStartEnv } from "./start-env";

const env = readStartEnv(process.env);
const log = (message: string) => console.log(`[toezeggingenregister] ${message}`);

// The build (when the sources changed) runs beside the database's preparation: a fresh clone waits for one, not both.
const built = ensureBuild(log);
built.catch(() => undefined); // awaited below; a failure is reported there
mkdirSync(env.dataDir, { recursive: true });
log(env.databaseUrl ? "database: PostgreSQL uit DATABASE_URL" : `database: ingebouwde PostgreSQL (PGlite) in ${path.join(env.dataDir, "pglite")}`);
const db = await prepareDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir, embeddedPort: env.embeddedPort });
log(db.appliedMigrations.length ? `migraties toegepast: ${db.appliedMigrations.join(", ")}` : "migraties: bijgewerkt");

const runtimeFile = path.join(env.dataDir, "embedded-db.json");
if (db.embedded) writeFileSync(runtimeFile, JSON.stringify({ port: db.params.port, pid: process.pid }));

configureDatabase(db.params, db.embedded ? EMBEDDED_POOL_SIZE : 2);
await loadMinistries(env.ministriesFile);
for (const file of env.seedFiles) {
  const result = await loadSeed(await readSeedFile(file));
  log(`seed ${path.basename(file)}: ${result.commitmentsCreated} toezeggingen en ${result.documentsCreated} documenten toegevoegd`);
}
if (db.embedded) await ensureDemoAccounts(log);
await disconnectDatabase();
const authSecret = resolveAuthSecret(process.env, Boolean(db.embedded), env.dataDir);

await built;

const child = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/next-server.ts")], {
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(env.port),
    HOST: env.host,
    DATABASE_URL: toDatabaseUrl(db.params),
    ...(db.embedded ? { DATABASE_POOL_SIZE: String(EMBEDDED_POOL_SIZE) } : {}),
    NEXTAUTH_SECRET: authSecret,
    PAGE_CACHE: env.pageCache,
    PAGE_CACHE_ORIGIN: env.pageCacheOrigin,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${env.port}`,
  },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (child.exitCode === null) child.kill("SIGTERM");
  await db.embedded?.stop();
  if (db.embedded) rmSync(runtimeFile, { force: true });
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
child.on("exit", (code) => void stop(code ?? 0));
