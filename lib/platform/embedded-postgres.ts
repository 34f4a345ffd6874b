// The embedded PostgreSQL: PGlite (PostgreSQL compiled to Wasm) served over the wire protocol, so the app talks
// to it through the same pg driver adapter as to a real server. One code path, two databases.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import type { PgConnectionParams } from "./pg-connection";
import type { ShadowDatabaseProvider } from "./schema-engine";

export interface EmbeddedPostgres {
  params: PgConnectionParams;
  stop(): Promise<void>;
}

// PGlite runs one query at a time; the socket server queues the rest. Every pool that connects to it must stay
// within this many connections together (one more is cut off).
export const EMBEDDED_MAX_CONNECTIONS = 20;

// The app's pool on the embedded database: one connection. PGlite executes one statement at a time anyway, and the
// socket server keeps concurrent connections' extended-protocol messages apart only inside a transaction:
// interleaved prepared statements from two connections were seen to mix ("portal does not exist"). One connection
// makes every request queue in the pool instead.
export const EMBEDDED_POOL_SIZE = 1;

async function listenOnFreePort(db: PGlite, port: number): Promise<{ server: PGLiteSocketServer; port: number }> {
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: EMBEDDED_MAX_CONNECTIONS });
  await server.start();
  const address = server.getServerConn(); // "127.0.0.1:54321"
  const actualPort = Number(address.split(":").pop());
  return { server, port: actualPort };
}

/** Starts PGlite on `dataDir` (or in memory when undefined) and serves it on 127.0.0.1:`port` (0 = any free port). */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const { server, port } = await listenOnFreePort(db, options.port ?? 0);
  return {
    params: { host: "127.0.0.1", port, user: "postgres", database: "postgres" },
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

// The socket server ignores the database name, so a shadow database for migration diffs must be a separate,
// throwaway in-memory PGlite.
export const embeddedShadowDatabase: ShadowDatabaseProvider = async () => {
  const shadow = await startEmbeddedPostgres();
  return { params: shadow.params, drop: () => shadow.stop() };
};
