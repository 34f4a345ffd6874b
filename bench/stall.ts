// npm run bench:stall: does one heavy request stall everyone else? The app (as npm start runs it) on a scratch
// database; while a signed-in editor uploads a letter PDF that is too large (10,000 pages) or a flate bomb, a probe
// asks for the public list every 25 ms. Reported: how long the upload took and what it answered, how many probe
// requests were answered meanwhile and their slowest latency, and the peak memory of the app with its child
// processes. A measurement, not a test: it exits 0 whatever the numbers are.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { manyPagePdf, flateBombPdf } from "@/lib/letter-import/test-support";
import { toDatabaseUrl } from "@/lib/platform/pg-connection";
import { ensureBuild } from "@/scripts/ensure-build";
import { cleanUpOnSignals, cleanup, onCleanup } from "./cleanup";
import { groupResidentKb } from "./cpu-usage";
import { loadDataset } from "./dataset/load";
import { percentile } from "./load-test";
import { createBenchDatabase } from "./scratch-db";
import { freePort, startServer } from "./servers";
import { createBenchUser, signIn } from "./sign-in";

const log = (m: string) => console.log(`[bench:stall] ${m}`);
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PROBE_PATH = "/api/v1/commitments?limit=1";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

/** One line of the report's table. */
function row(name: string, took: string, status: string, probe: Probe, peakKb: number): string {
  const latencies = [...probe.latencies].sort((x, y) => x - y);
  const answered = `${latencies.length}${probe.errors ? ` (${probe.errors} failed)` : ""}`;
  return `| ${name} | ${took} | ${status} | ${answered} | ${percentile(latencies, 50).toFixed(0)} | ${(latencies.at(-1) ?? 0).toFixed(0)} | ${peakKb >> 10} |`;
}

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
  // The app runs in a process group of its own (bench/servers.ts): its memory includes the letter worker it forks.
  const quietUntil = performance.now() + 3_000;
  const quiet = await probeWhile(app.baseUrl, () => performance.now() < quietUntil);
  const rows = [row("(no upload, 3 s)", "–", "–", quiet, groupResidentKb(app.pid))];
  for (const [name, bytes] of cases) {
    let running = true;
    let peakKb = 0;
    const memory = setInterval(() => {
      peakKb = Math.max(peakKb, groupResidentKb(app.pid));
    }, 100);
    const probing = probeWhile(app.baseUrl, () => running);
    const result = await upload(app.baseUrl, cookie, bytes);
    running = false;
    const probe = await probing;
    clearInterval(memory);
    log(`${name}: HTTP ${result.status} after ${result.ms.toFixed(0)} ms, ${result.last}`);
    rows.push(row(name, `${(result.ms / 1000).toFixed(1)} s`, String(result.status), probe, peakKb));
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
