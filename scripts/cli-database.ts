// Command-line tools reach the same database as the app: DATABASE_URL when set; otherwise the embedded database
// of a running `npm start` (through the port it wrote to the data folder), or the embedded database itself when
// the app is not running (PGlite allows one process at a time on its files).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { configureDatabase, disconnectDatabase } from "@/lib/db";
import { EMBEDDED_POOL_SIZE } from "@/lib/platform/embedded-postgres";
import { prepareDatabase } from "@/lib/platform/prepare-database";
import { parseDatabaseUrl } from "@/lib/platform/pg-connection";

export async function withCliDatabase<T>(fn: () => Promise<T>): Promise<T> {
  const dataDir = path.resolve(process.env.TZR_DATA_DIR ?? "data");
  const runtimeFile = path.join(dataDir, "embedded-db.json");
  let stop = async () => {};
  if (process.env.DATABASE_URL) {
    configureDatabase(parseDatabaseUrl(process.env.DATABASE_URL), 2);
  } else if (existsSync(runtimeFile)) {
    const { port } = JSON.parse(readFileSync(runtimeFile, "utf8")) as { port: number };
    configureDatabase({ host: "127.0.0.1", port, user: "postgres", database: "postgres" }, EMBEDDED_POOL_SIZE);
  } else {
    const db = await prepareDatabase({ dataDir });
    configureDatabase(db.params, EMBEDDED_POOL_SIZE);
    stop = async () => db.embedded?.stop();
  }
  try {
    return await fn();
  } finally {
    await disconnectDatabase();
    await stop();
  }
}
