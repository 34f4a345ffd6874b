// The printed table and bench/results/latest.json.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Comparison } from "./compare";
import type { CpuShare } from "./cpu-usage";
import type { Endpoint } from "./endpoints";
import type { EndpointPlans } from "./explain";
import type { LoadResult } from "./load-test";
import { RESULTS_DIR } from "./servers";

/** Issue 11's targets: every public page and API endpoint at least as fast as the bare server, p97.5 <= 100 ms. */
export const TARGET_LATENCY_MS = 100;
export const TARGET_THROUGHPUT_RATIO = 1.0;

/** One measured run of one server, with where the CPU went meanwhile (null off Linux). */
export interface ServerRun extends LoadResult {
  cpu: CpuShare | null;
  /** the server's own CPU time per request: its cost, independent of contention */
  serverCpuMsPerRequest: number | null;
}

export interface EndpointResult {
  name: string;
  kind: Endpoint["kind"];
  description: string;
  /** what the bare row is: "bare" (same response) or "bare (SQL only)" (same SQL, JSON instead of the page) */
  bareLabel: string;
  /** false for pages: the bare server answers JSON, not the page, so its throughput is no baseline to judge by */
  likeForLike: boolean;
  app: ServerRun;
  bare: ServerRun;
  /** app req/s ÷ bare req/s (for pages: reported in the JSON only, not judged) */
  ratio: number;
  /** bare CPU ms/request ÷ app CPU ms/request: the throughput ratio two servers would have on a machine of their own */
  cpuRatio: number | null;
  latencyPass: boolean;
  /** null when not judged (pages) */
  throughputPass: boolean | null;
}

export function endpointResult(endpoint: Pick<Endpoint, "name" | "kind" | "description">, app: ServerRun, bare: ServerRun): EndpointResult {
  const ratio = app.rps / bare.rps;
  const cpuRatio = app.serverCpuMsPerRequest && bare.serverCpuMsPerRequest ? bare.serverCpuMsPerRequest / app.serverCpuMsPerRequest : null;
  const likeForLike = endpoint.kind !== "page";
  return {
    name: endpoint.name,
    kind: endpoint.kind,
    description: endpoint.description,
    bareLabel: likeForLike ? "bare" : "bare (SQL only)",
    likeForLike,
    app,
    bare,
    ratio,
    cpuRatio,
    latencyPass: app.p975 <= TARGET_LATENCY_MS,
    throughputPass: likeForLike ? ratio >= TARGET_THROUGHPUT_RATIO : null,
  };
}

/** CPU ms of PostgreSQL per request during a run: the database's share of the work. */
export function postgresCpuMsPerRequest(run: ServerRun): number | null {
  return run.cpu && run.requests ? (run.cpu.postgresSeconds * 1000) / run.requests : null;
}

export function formatTable(rows: string[][], rightAligned: ReadonlySet<number>): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => (rightAligned.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "-");
const passFail = (ok: boolean) => (ok ? "PASS" : "FAIL");

export function resultsTable(results: EndpointResult[]): string {
  const header = [
    "endpoint",
    "server",
    "p50 ms",
    "p97.5 ms",
    "p99 ms",
    "req/s",
    "app/bare",
    `p97.5<=${TARGET_LATENCY_MS}ms`,
    `thr>=${TARGET_THROUGHPUT_RATIO * 100}%`,
    "errors",
    "cpu ms/req",
    "pg cpu ms/req",
    "other cpu",
  ];
  const rows = [header];
  for (const r of results) {
    for (const [server, run] of [
      ["app", r.app],
      [r.bareLabel, r.bare],
    ] as const) {
      const isApp = server === "app";
      const pgCpu = postgresCpuMsPerRequest(run);
      rows.push([
        isApp ? r.name : "",
        server,
        ms(run.p50),
        ms(run.p975),
        ms(run.p99),
        run.rps.toFixed(0),
        isApp ? (r.likeForLike ? `${(r.ratio * 100).toFixed(0)}%` : "n/a") : "",
        isApp ? passFail(r.latencyPass) : "",
        isApp ? (r.throughputPass === null ? "n/a" : passFail(r.throughputPass)) : "",
        String(run.failures),
        run.serverCpuMsPerRequest === null ? "-" : run.serverCpuMsPerRequest.toFixed(2),
        pgCpu === null ? "-" : pgCpu.toFixed(2),
        run.cpu ? `${(run.cpu.otherShare * 100).toFixed(0)}%` : "-",
      ]);
    }
  }
  return formatTable(rows, new Set([2, 3, 4, 5, 6, 9, 10, 11, 12]));
}

/** Under the table when pages were measured: why their bare row is not a baseline. */
export function pageNote(results: EndpointResult[]): string {
  const pages = results.filter((r) => !r.likeForLike);
  if (!pages.length) return "";
  return `${pages.map((r) => r.name).join(", ")}: the app serves the signed-in HTML page (session check, Prisma, React server
components, streamed Suspense sections; dashboard and dash-ministry from the page's last render while the register
is unchanged, dash-render rendered afresh every time); "bare (SQL only)" runs the same SQL over pg in parallel and answers JSON.
That is not like-for-like, so app/bare and thr>=${TARGET_THROUGHPUT_RATIO * 100}% are n/a: only the app's p97.5 is judged. The bare row's p97.5
is what the SQL alone takes under the same load, a floor for the page.`;
}

/** What the CPU columns say, and a warning when other processes took a noticeable share of the machine. */
export function cpuNotes(results: EndpointResult[]): string {
  const width = Math.max(6, ...results.map((r) => r.name.length));
  const lines = results
    .filter((r) => r.cpuRatio !== null)
    .map((r) =>
      r.likeForLike
        ? `  ${r.name.padEnd(width)} app uses ${(1 / r.cpuRatio!).toFixed(1)}x the CPU per request of bare (CPU-based app/bare ${(r.cpuRatio! * 100).toFixed(0)}%)`
        : `  ${r.name.padEnd(width)} app uses ${(1 / r.cpuRatio!).toFixed(1)}x the CPU per request of the SQL-only bare (page vs JSON: not judged)`,
    );
  const worst = Math.max(0, ...results.flatMap((r) => [r.app.cpu?.otherShare ?? 0, r.bare.cpu?.otherShare ?? 0]));
  if (worst > 0.1) {
    lines.push(`  WARNING: processes outside the benchmark used up to ${(worst * 100).toFixed(0)}% of the machine during a run;`);
    lines.push("  req/s and latencies are disturbed by them, cpu ms/req much less so.");
  }
  return lines.join("\n");
}

export function plansTable(plans: EndpointPlans[]): string {
  const rows = [["endpoint", "query", "planning ms", "execution ms", "notable plan nodes"]];
  for (const e of plans) {
    e.queries.forEach((q, i) => {
      const notable = q.notable.filter((l) =>
        /Seq Scan on commitment|Sort Method|Rows Removed by Filter|Index Scan|Index Only Scan|Bitmap Heap Scan on commitment /.test(l),
      );
      rows.push([i === 0 ? e.endpoint : "", q.query, q.planningMs.toFixed(2), q.executionMs.toFixed(2), notable.slice(0, 2).join(" | ").slice(0, 110)]);
    });
  }
  return formatTable(rows, new Set([2, 3]));
}

/**
 * For the pages, whose queries run in rounds (user, then the filter options side by side, then the sections side
 * by side): the SQL time of one request on an idle database, summed and along the critical path.
 */
export function pageSqlLines(plans: EndpointPlans[]): string {
  const total = (q: { planningMs: number; executionMs: number }) => q.planningMs + q.executionMs;
  return plans
    .filter((e) => e.rounds)
    .map((e) => {
      const byName = new Map(e.queries.map((q) => [q.query, total(q)]));
      const rounds = e.rounds!.map((names) => Math.max(0, ...names.map((n) => byName.get(n) ?? 0)));
      const sum = [...byName.values()].reduce((a, b) => a + b, 0);
      return `  ${e.endpoint}: ${e.queries.length} queries, ${sum.toFixed(1)} ms of planning + execution in all; critical path (slowest of each of ${rounds.length} rounds) ${rounds.reduce((a, b) => a + b, 0).toFixed(1)} ms`;
    })
    .join("\n");
}

export function comparisonLines(comparisons: Comparison[]): string {
  const width = Math.max(6, ...comparisons.map((c) => c.endpoint.length));
  return comparisons
    .map((c) =>
      c.kind === "html"
        ? `  ${c.endpoint.padEnd(width)} ${c.identical ? "same rows" : `ROWS DIFFER: ${c.note}`}: app HTML ${c.appBytes} bytes, bare HTML ${c.bareBytes} bytes${c.identical ? ` (${c.note})` : ""}, for ${c.path}`
        : c.kind === "page"
          ? `  ${c.endpoint.padEnd(width)} ${c.identical ? "page OK" : `PAGE NOT OK: ${c.note}`}: app HTML ${c.appBytes} bytes${c.identical ? ` (${c.note})` : ""}, bare JSON ${c.bareBytes} bytes, for ${c.path}`
          : `  ${c.endpoint.padEnd(width)} ${c.identical ? "same JSON" : `DIFFERENT: ${c.note}`} (${c.appBytes} bytes) for ${c.path}`,
    )
    .join("\n");
}

export function writeResultsJson(report: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, "latest.json");
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
