// The printed table and bench/results/latest.json.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Comparison } from "./compare";
import type { CpuShare } from "./cpu-usage";
import type { EndpointPlans } from "./explain";
import type { LoadResult } from "./load-test";
import { RESULTS_DIR } from "./servers";

export const TARGET_P95_MS = 50;
export const TARGET_THROUGHPUT_RATIO = 0.5;

/** One measured run of one server, with where the CPU went meanwhile (null off Linux). */
export interface ServerRun extends LoadResult {
  cpu: CpuShare | null;
  /** the server's own CPU time per request: its cost, independent of contention */
  serverCpuMsPerRequest: number | null;
}

export interface EndpointResult {
  name: string;
  description: string;
  app: ServerRun;
  bare: ServerRun;
  /** app req/s ÷ bare req/s */
  ratio: number;
  /** bare CPU ms/request ÷ app CPU ms/request: the throughput ratio two servers would have on a machine of their own */
  cpuRatio: number | null;
  p95Pass: boolean;
  throughputPass: boolean;
}

export function endpointResult(name: string, description: string, app: ServerRun, bare: ServerRun): EndpointResult {
  const ratio = app.rps / bare.rps;
  const cpuRatio = app.serverCpuMsPerRequest && bare.serverCpuMsPerRequest ? bare.serverCpuMsPerRequest / app.serverCpuMsPerRequest : null;
  return { name, description, app, bare, ratio, cpuRatio, p95Pass: app.p95 <= TARGET_P95_MS, throughputPass: ratio >= TARGET_THROUGHPUT_RATIO };
}

export function formatTable(rows: string[][], rightAligned: ReadonlySet<number>): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((cell, i) => (rightAligned.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(rows[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "-");
const passFail = (ok: boolean) => (ok ? "PASS" : "FAIL");

export function resultsTable(results: EndpointResult[]): string {
  const header = [
    "endpoint", "server", "p50 ms", "p95 ms", "p99 ms", "req/s", "app/bare",
    `p95<=${TARGET_P95_MS}ms`, `thr>=${TARGET_THROUGHPUT_RATIO * 100}%`, "errors", "cpu ms/req", "other cpu",
  ];
  const rows = [header];
  for (const r of results) {
    for (const [server, run] of [["app", r.app], ["bare", r.bare]] as const) {
      const isApp = server === "app";
      rows.push([
        isApp ? r.name : "",
        server,
        ms(run.p50),
        ms(run.p95),
        ms(run.p99),
        run.rps.toFixed(0),
        isApp ? `${(r.ratio * 100).toFixed(0)}%` : "",
        isApp ? passFail(r.p95Pass) : "",
        isApp ? passFail(r.throughputPass) : "",
        String(run.failures),
        run.serverCpuMsPerRequest === null ? "-" : run.serverCpuMsPerRequest.toFixed(2),
        run.cpu ? `${(run.cpu.otherShare * 100).toFixed(0)}%` : "-",
      ]);
    }
  }
  return formatTable(rows, new Set([2, 3, 4, 5, 6, 9, 10, 11]));
}

/** What the CPU columns say, and a warning when other processes took a noticeable share of the machine. */
export function cpuNotes(results: EndpointResult[]): string {
  const lines = results
    .filter((r) => r.cpuRatio !== null)
    .map((r) => `  ${r.name.padEnd(6)} app uses ${(1 / r.cpuRatio!).toFixed(1)}x the CPU per request of bare (CPU-based app/bare ${(r.cpuRatio! * 100).toFixed(0)}%)`);
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
    for (const q of e.queries) {
      const notable = q.notable.filter((l) => /Seq Scan on commitment|Sort Method|Rows Removed by Filter|Index Scan|Bitmap Heap Scan on commitment /.test(l));
      rows.push([e.endpoint, q.query, q.planningMs.toFixed(2), q.executionMs.toFixed(2), notable.slice(0, 2).join(" | ").slice(0, 110)]);
    }
  }
  return formatTable(rows, new Set([2, 3]));
}

export function comparisonLines(comparisons: Comparison[]): string {
  return comparisons
    .map((c) => `  ${c.endpoint.padEnd(6)} ${c.identical ? "same JSON" : `DIFFERENT: ${c.note}`} (${c.appBytes} bytes) for ${c.path}`)
    .join("\n");
}

export function writeResultsJson(report: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, "latest.json");
  writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
  return file;
}
