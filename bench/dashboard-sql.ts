// EXPLAIN ANALYZE timings of the dashboard's queries (lib/data/dashboard-sql.ts) on a synthetic register, per section
// and per filter set. Separate from `npm run bench` (which load-tests the API through HTTP): this measures database
// time only, which is what the dashboard's "p95 ≤ 50 ms per section query at 100,000 commitments" is about.
//
//   npx tsx bench/dashboard-sql.ts [--n 100000] [--runs 40] [--plans] [--proposed-index]
//   npx tsx bench/dashboard-sql.ts --database tzr_bench_… --keep    (re-measure on a loaded database, keep it)
//
// --proposed-index adds the covering index the dashboard asks for (PROPOSED_INDEX below; not yet in a migration)
// before measuring; without it the measurement uses the migrations' indexes only.
//
// It loads the register with the benchmark's own loader (bench/dataset/load.ts) into a scratch database on
// BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres) and drops it at the end.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { today as clockToday } from "@/lib/data/clock";
import type { SqlQuery } from "@/lib/data/commitment-list-sql";
import * as sql from "@/lib/data/dashboard-sql";
import type { DashboardFilters } from "@/lib/dashboard/params";
import { addDays } from "@/lib/dashboard/calendar";
import { monthWindow } from "@/lib/dashboard/window";
import { parseDatabaseUrl, type PgConnectionParams } from "@/lib/platform/pg-connection";
import { applyMigrations } from "@/lib/platform/migrations";
import { createScratchDatabase, dropScratchDatabase } from "@/lib/platform/server-shadow";
import { benchDossiers, MINISTRIES } from "./dataset/reference-data";
import { DOSSIER_COUNT, loadDataset } from "./dataset/load";

const { values: args } = parseArgs({
  options: {
    n: { type: "string", default: "100000" },
    runs: { type: "string", default: "40" },
    plans: { type: "boolean", default: false },
    database: { type: "string" },
    keep: { type: "boolean", default: false },
    "proposed-index": { type: "boolean", default: false },
  },
});
const n = Number(args.n);
const runs = Number(args.runs);
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const log = (m: string) => console.log(`[dashboard-sql] ${m}`);

// The loader fills fulfilled_on for the fulfilled commitments (bench/dataset/bulk-sql.ts), as the app always does.

/**
 * One index that lets every count over the whole register run as an index-only scan: the per-ministry and
 * per-minister tables and the timeline need ministry_id, minister_id, fulfilled_on and deadline_earliest besides
 * (status, deadline_latest). Expressible in schema.prisma as
 * @@index([status, deadlineLatest, ministryId, ministerId, fulfilledOn, deadlineEarliest, id]).
 */
export const PROPOSED_INDEX = `CREATE INDEX IF NOT EXISTS "commitment_dashboard_idx"
  ON commitment (status, deadline_latest, ministry_id, minister_id, fulfilled_on, deadline_earliest, id)`;

function scenarios(today: string): Array<{ name: string; filters: DashboardFilters }> {
  const year = today.slice(0, 4);
  const dossier = benchDossiers(DOSSIER_COUNT)[9]!; // one with a toevoeging, as "36200-VII"
  return [
    { name: "no filter", filters: {} },
    { name: "ministry", filters: { ministry: [MINISTRIES[0]!.code] } },
    { name: "minister", filters: { minister: [7] } },
    { name: "search q", filters: { q: "jeugdzorg" } },
    { name: "dossier", filters: { dossier: [`${dossier.nummer}-${dossier.toevoeging}`] } },
    { name: "deadline year", filters: { deadlineFrom: `${year}-01-01`, deadlineTo: `${year}-12-31` } },
    { name: "ministry + q", filters: { ministry: [MINISTRIES[3]!.code], q: "netcongestie" } },
  ];
}

function sections(filters: DashboardFilters, today: string): Array<[string, SqlQuery]> {
  const window = monthWindow(today, filters);
  return [
    ["status counts", sql.statusCountsQuery(filters, today)],
    ["overdue top 20", sql.overdueListQuery(filters, today, 20)],
    ["overdue count", sql.overdueCountQuery(filters, today)],
    ["due soon counts", sql.dueSoonCountsQuery(filters, today, addDays(today, 30), addDays(today, 90))],
    ["due soon list", sql.dueSoonListQuery(filters, today, addDays(today, 90), 10)],
    ["per ministry", sql.breakdownQuery(filters, today, "ministry")],
    ["per minister", sql.breakdownQuery(filters, today, "minister")],
    ["months chart", sql.deadlineMonthsQuery(filters, today, window.start, window.end)],
    ["timeline", sql.timelineQuery(filters, today, window.start, window.end, 15)],
    ["timeline summary", sql.timelineSummaryQuery(filters, today, window.start, window.end)],
  ];
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** CPU time (user + system) of one PostgreSQL backend so far, in ms, from /proc (the server runs on this machine). */
function backendCpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null; // another machine, or no /proc
  }
}
const CLOCK_TICKS = 100;

/**
 * CPU per execution, run without parallel workers so that one process does all the work: unlike latencies, this
 * hardly moves when other processes compete for the cores (as they do on a shared build machine).
 */
async function cpuPerRun(client: pg.Client, pid: number, query: SqlQuery): Promise<number | null> {
  await client.query("SET max_parallel_workers_per_gather = 0");
  try {
    const before = backendCpuMs(pid);
    for (let i = 0; i < runs; i++) await client.query(query.text, query.values);
    const after = backendCpuMs(pid);
    return before === null || after === null ? null : (after - before) / runs;
  } finally {
    await client.query("RESET max_parallel_workers_per_gather");
  }
}

async function measure(client: pg.Client, query: SqlQuery) {
  const exec: number[] = [];
  const wall: number[] = [];
  let plan: string[] = [];
  await client.query(query.text, query.values); // warm caches and the plan
  for (let i = 0; i < runs; i++) {
    const result = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, query.values);
    plan = result.rows.map((r) => r["QUERY PLAN"]);
    const ms = (label: string) => Number(plan.find((l) => l.startsWith(label))?.match(/([\d.]+) ms/)?.[1] ?? NaN);
    exec.push(ms("Planning Time") + ms("Execution Time"));
    const t = performance.now();
    await client.query(query.text, query.values);
    wall.push(performance.now() - t);
  }
  return { p50: percentile(exec, 50), p95: percentile(exec, 95), wallP95: percentile(wall, 95), plan };
}

async function main() {
  const server = parseDatabaseUrl(serverUrl);
  let params: PgConnectionParams;
  let drop = async () => {};
  if (args.database) {
    params = { ...server, database: args.database };
  } else {
    params = await createScratchDatabase(server, "tzr_bench");
    drop = () => dropScratchDatabase(server, params.database);
    log(`scratch database ${params.database}`);
  }
  const dropOnce = async () => {
    if (args.keep) return log(`kept ${params.database}`);
    await drop();
    drop = async () => {};
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void dropOnce().finally(() => process.exit(130)));
  try {
    if (!args.database) {
      await applyMigrations(params);
      log(`loading ${n.toLocaleString("en")} commitments…`);
      await loadDataset(params, n, log);
    }
    const client = new pg.Client({ ...params });
    await client.connect();
    try {
      if (args["proposed-index"]) {
        await client.query(PROPOSED_INDEX);
        await client.query("VACUUM (ANALYZE) commitment");
      }
      const indexes = (await client.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE tablename = 'commitment' ORDER BY 1")).rows;
      log(`indexes on commitment: ${indexes.map((i) => i.indexname).join(", ")}`);
      const pid = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
      const today = clockToday();
      const count = (await client.query<{ count: number }>("SELECT count(*)::int AS count FROM commitment")).rows[0]?.count;
      log(`${count} commitments, today ${today}, ${runs} runs per query`);
      log("p50/p95: planning + execution time from EXPLAIN ANALYZE; wall p95: round trip from here; cpu ms: backend CPU per run, without parallel workers");
      const rows: string[][] = [];
      let worst = 0;
      for (const scenario of scenarios(today)) {
        for (const [section, query] of sections(scenario.filters, today)) {
          const m = await measure(client, query);
          const cpu = await cpuPerRun(client, pid, query);
          worst = Math.max(worst, m.p95);
          rows.push([
            scenario.name,
            section,
            m.p50.toFixed(2),
            m.p95.toFixed(2),
            m.wallP95.toFixed(2),
            cpu === null ? "?" : cpu.toFixed(1),
            m.p95 <= 50 ? "ok" : "SLOW",
          ]);
          if (args.plans || m.p95 > 50) console.log(`\n--- ${scenario.name} / ${section}\n${m.plan.join("\n")}\n`);
        }
      }
      const header = ["filters", "section", "p50", "p95", "wall p95", "cpu ms", "≤50ms"];
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
      console.log(["", line(header), ...rows.map(line), "", `worst p95: ${worst.toFixed(2)} ms`].join("\n"));
    } finally {
      await client.end();
    }
  } finally {
    await dropOnce();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
