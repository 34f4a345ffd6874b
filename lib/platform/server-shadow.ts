// A shadow database on a real PostgreSQL server: created next to the main database and dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { PgConnectionParams } from "./pg-connection";
import type { ShadowDatabaseProvider } from "./schema-engine";

export async function withAdminClient<T>(params: PgConnectionParams, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ ...params });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(server: PgConnectionParams, prefix: string): Promise<PgConnectionParams> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await withAdminClient(server, (c) => c.query(`CREATE DATABASE "${name}"`));
  return { ...server, database: name };
}

export async function dropScratchDatabase(server: PgConnectionParams, database: string): Promise<void> {
  await withAdminClient(server, (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
}

export function serverShadowDatabase(server: PgConnectionParams): ShadowDatabaseProvider {
  return async () => {
    const params = await createScratchDatabase(server, "tzr_shadow");
    return { params, drop: () => dropScratchDatabase(server, params.database) };
  };
}
