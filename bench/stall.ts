// npm run bench:stall: does one heavy request stall everyone else? The app (as npm start runs it) on a scratch
// database; while a signed-in editor uploads a letter PDF that is too large (10,000 pages) or a flate bomb, a probe
// asks for the public list every 25 ms. Reported: how long the upload took and what it answered, how many probe
// requests were answered meanwhile and their slowest latency, and the peak memory of the app with its child
// processes. A measurement, not a test: it exits 0 whatever the numbers are.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { manyPagePdf, flateBombPdf } from "@/lib/letter-import/test-support";
import { toDatabaseUrl } from "@/lib/platform/pg-connection";
import { ensureBuild } from "@/scripts/ensure-build";
import { cleanUpOnSignals, cleanup, onCleanup } from "./cleanup";
import { loadDataset } from "./dataset/load";
import { createBenchDatabase } from "./scratch-db";
import { freePort, startServer } from "./servers";
import { createBenchUser, signIn } from "./sign-in";

const log = (m: string) => console.log(`[bench:stall] ${m}`);
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PROBE_PATH = "/api/v1/commitments?limit=1";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resident memory in kB of a process and all its descendants (Linux /proc; 0 elsewhere). */
function treeRssKb(rootPid: number): number {
  let total = 0;
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  try {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const status = readFileSync(`/proc/${entry}/status`, "utf8");
        parents.set(Number(entry), Number(status.match(/^PPid:\s+(\d+)/m)?.[1] ?? 0));
        rss.set(Number(entry), Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? 0));
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    return 0;
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 50; p = parents.get(p) ?? 0, hops++) if (p === rootPid) return true;
    return false;
  };
  for (const [pid, kb] of rss) if (inTree(pid)) total += kb;
  return total;
}

interface Probe {
  latencies: number[];
  errors: number;
}

async function probeWhile(baseUrl: string, running: () => boolean): Promise<Probe> {
  const probe: Probe = { latencies: [], errors: 0 };
  while (running()) {
    const started = performance.now();
    try {
      const res = await fetch(baseUrl + PROBE_PATH, { signal: AbortSignal.timeout(120_000) });
      await res.arrayBuffer();
      if (!res.ok) probe.errors++;
    } catch {
      probe.errors++;
    }
    probe.latencies.push(performance.now() - started);
    await sleep(25);
  }
  return probe;
}

async function upload(baseUrl: string, cookie: string, bytes: Buffer): Promise<{ ms: number; status: number; last: string }> {
  const started = performance.now();
  const res = await fetch(`${baseUrl}/beheer/import/brief/pdf`, {
    method: "POST",
    headers: { Cookie: cookie, Origin: baseUrl, "Content-Type": "application/pdf" },
    body: new Uint8Array(bytes),
  });
  const lines = (await res.text()).trim().split("\n");
  const last = lines.at(-1) ?? "";
  return { ms: performance.now() - started, status: res.status, last: last.length > 160 ? `${last.slice(0, 157)}…` : last };
}

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

async function main(): Promise<void> {
  cleanUpOnSignals(log);
  await ensureBuild(log);
  const db = await createBenchDatabase(serverUrl);
  onCleanup("drop scratch database", () => db.drop());
  await loadDataset(db.params, 2_000, log);
  const user = await createBenchUser(db.params);
  const port = await freePort();
  const app = await startServer({
    name: "stall-app",
    args: ["--import", "tsx", path.resolve("scripts/next-server.ts")],
    port,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: toDatabaseUrl(db.params),
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      HOST: "127.0.0.1",
      PORT: String(port),
    },
    readyPath: PROBE_PATH,
  });
  onCleanup(
    "stop app",
    () => app.stop(),
    () => app.killNow(),
  );
  const cookie = await signIn(app.baseUrl, user);
  log(`app on ${app.baseUrl} (pid ${app.pid}), signed in as ${user.email}`);

  const cases: Array<[string, Buffer]> = [
    ["10,000-page PDF (1.5 MB)", manyPagePdf(10_000)],
    ["flate bomb (500 MB inflated)", flateBombPdf(500)],
  ];
  const rows: string[] = [];
  const quiet = await (async () => {
    const until = performance.now() + 3_000;
    return probeWhile(app.baseUrl, () => performance.now() < until);
  })();
  rows.push(
    `| (no upload, 3 s) | – | – | ${quiet.latencies.length} | ${quantile(quiet.latencies, 0.5).toFixed(0)} | ${Math.max(...quiet.latencies).toFixed(0)} | ${treeRssKb(app.pid) >> 10} |`,
  );
  for (const [name, bytes] of cases) {
    let running = true;
    let peakKb = 0;
    const memory = setInterval(() => {
      peakKb = Math.max(peakKb, treeRssKb(app.pid));
    }, 100);
    const probing = probeWhile(app.baseUrl, () => running);
    const result = await upload(app.baseUrl, cookie, bytes);
    running = false;
    const probe = await probing;
    clearInterval(memory);
    log(`${name}: HTTP ${result.status} after ${result.ms.toFixed(0)} ms, ${result.last}`);
    rows.push(
      `| ${name} | ${(result.ms / 1000).toFixed(1)} s | ${result.status} | ${probe.latencies.length}${probe.errors ? ` (${probe.errors} failed)` : ""} | ${quantile(probe.latencies, 0.5).toFixed(0)} | ${Math.max(...probe.latencies).toFixed(0)} | ${peakKb >> 10} |`,
    );
    await sleep(1_000);
  }
  console.log(`
One heavy upload against the public list (${PROBE_PATH}, probed every 25 ms):

| upload | took | HTTP | probes answered meanwhile | probe p50 ms | probe max ms | peak RSS of app + children MB |
|---|---|---|---|---|---|---|
${rows.join("\n")}
`);
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(`[bench:stall] failed: ${(error as Error).stack ?? error}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
