// How the bare server reaches PostgreSQL. "pg" is the baseline proper; "prisma" runs the same statements
// through the app's Prisma client ($queryRawUnsafe over the pg driver adapter, as lib/data/commitments.ts does),
// which splits the app's overhead into what Prisma costs and what Next.js costs.
import pg from "pg";
import type { PgConnectionParams } from "@/lib/platform/pg-connection";
import { poolConfig } from "@/lib/platform/pg-connection";
import type { RunQuery } from "./bare-queries";

export const BARE_DRIVERS = ["pg", "prisma"] as const;
export type BareDriver = (typeof BARE_DRIVERS)[number];

export interface QueryRunner {
  run: RunQuery;
  close(): Promise<void>;
}

export async function createRunner(driver: BareDriver, params: PgConnectionParams, poolSize: number): Promise<QueryRunner> {
  if (driver === "prisma") {
    // Imported only when asked for, so the pg baseline loads nothing of Prisma.
    const { createPrismaClient } = await import("@/lib/db");
    const prisma = createPrismaClient(params, poolSize);
    return {
      run: <T>(sql: { text: string; values: unknown[] }) => prisma.$queryRawUnsafe<T[]>(sql.text, ...sql.values),
      close: () => prisma.$disconnect(),
    };
  }
  const pool = new pg.Pool(poolConfig(params, poolSize));
  return {
    run: async <T>(sql: { text: string; values: unknown[] }) => (await pool.query(sql.text, sql.values)).rows as T[],
    close: () => pool.end(),
  };
}
