// The single Prisma client. Configured from DATABASE_URL (set by scripts/start.ts to the embedded PostgreSQL when
// the user configured none); tests and scripts may point it elsewhere with configureDatabase().
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { PgConnectionParams } from "@/lib/platform/pg-connection";
import { parseDatabaseUrl, poolConfig } from "@/lib/platform/pg-connection";
import { serverEnv } from "@/lib/env";

export type Db = ReturnType<typeof createPrismaClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createPrismaClient(params: PgConnectionParams, maxConnections: number) {
  return new PrismaClient({
    adapter: new PrismaPg(poolConfig(params, maxConnections)),
    // Secrets never leave the data layer by accident: selecting them must be explicit.
    omit: { user: { passwordHash: true } },
  });
}

const state = globalThis as unknown as { tzrDb?: Db; tzrDbGeneration?: number };

/** Changes whenever the client is pointed at another database: caches keyed on data must include it. */
export function databaseGeneration(): number {
  return state.tzrDbGeneration ?? 0;
}

/** Pool size: small enough that the app, a CLI and the start script together stay within the embedded limit. */
function defaultPoolSize(): number {
  return serverEnv().databasePoolSize ?? 8;
}

export function configureDatabase(params: PgConnectionParams, maxConnections = defaultPoolSize()): Db {
  const previous = state.tzrDb;
  state.tzrDb = createPrismaClient(params, maxConnections);
  state.tzrDbGeneration = (state.tzrDbGeneration ?? 0) + 1;
  void previous?.$disconnect();
  return state.tzrDb;
}

export function db(): Db {
  if (!state.tzrDb) {
    const url = serverEnv().databaseUrl;
    if (!url) throw new Error("DATABASE_URL is niet gezet: start de app met `npm start`, dat de ingebouwde database start.");
    configureDatabase(parseDatabaseUrl(url));
  }
  return state.tzrDb!;
}

export async function disconnectDatabase(): Promise<void> {
  const current = state.tzrDb;
  state.tzrDb = undefined;
  await current?.$disconnect();
}
