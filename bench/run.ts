// npm run bench: the app's API and its dashboard under load next to a bare node:http + pg server running the same
// SQL, on a scratch database of N synthetic commitments. A measurement, not a test: it exits 0 whatever the numbers say,
// and non-zero only when it could not measure. See bench/README.md.
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { today } from "@/lib/data/clock";
import { toDatabaseUrl } from "@/lib/platform/pg-connection";
import { ensureBuild } from "@/scripts/ensure-build";
import { parseBenchArgs } from "./args";
import { cleanUpOnSignals, cleanup, onCleanup } from "./cleanup";
import { compareResponses } from "./compare";
import { loadDataset } from "./dataset/load";
import { benchEndpoints } from "./endpoints";
import { explainEndpoints } from "./explain";
import { measureEndpoints } from "./measure";
import {
  comparisonLines,
  cpuNotes,
  pageNote,
  pageSqlLines,
  plansTable,
  resultsTable,
  TARGET_LATENCY_MS,
  TARGET_THROUGHPUT_RATIO,
  writeResultsJson,
} from "./report";
import { createBenchDatabase } from "./scratch-db";
import { freePort, startServer, type ServerProcess } from "./servers";
import { createBenchUser, signIn } from "./sign-in";

/** Both servers get the same pool size; 32 = the load's concurrency, so neither queues for a connection. */
const POOL_SIZE = 32;
const READY_PATH = "/api/v1/commitments?limit=1";
/** The public list's endpoints, whose page and count queries are explained. */
const WEB_LISTS: readonly string[] = ["web-list", "web-filtered", "web-page40", "web-search"];

const log = (m: string) => console.log(`[bench] ${m}`);
const started = performance.now();
const options = parseBenchArgs(process.argv.slice(2), process.env);
cleanUpOnSignals(log);

/** "{port}" in the arguments and the environment becomes the server's port. */
async function start(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const port = await freePort();
  const withPort = (v: string) => v.replace("{port}", String(port));
  const portEnv = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === undefined ? v : withPort(v)])) as NodeJS.ProcessEnv;
  const server = await startServer({ name, args: args.map(withPort), port, env: { ...portEnv, PORT: String(port) }, readyPath: READY_PATH });
  onCleanup(
    `stop ${name}`,
    () => server.stop(),
    () => server.killNow(),
  );
  log(`${name} ready on ${server.baseUrl} (pid ${server.pid}, log ${path.relative(process.cwd(), server.logFile)})`);
  return server;
}

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version ?? "?";
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  // Build first: a failing build should not cost a database load.
  await ensureBuild(log);
  const pgVersion = await postgresVersion(options.serverUrl);
  const db = await createBenchDatabase(options.serverUrl);
  onCleanup("drop scratch database", () => db.drop());
  log(`scratch database ${db.params.database} (PostgreSQL ${pgVersion}), loading ${options.n} commitments…`);
  const dataset = await loadDataset(db.params, options.n, log);
  log(`loaded in ${dataset.seconds.toFixed(1)} s`);

  const endpoints = await benchEndpoints(db.params, options.endpoints);
  const pages = endpoints.filter((e) => e.kind === "page");
  // The dashboard is signed-in only: a coordinator account in the scratch database (dropped with it).
  const user = pages.length ? await createBenchUser(db.params) : null;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: toDatabaseUrl(db.params),
    DATABASE_POOL_SIZE: String(POOL_SIZE),
  };
  // next-auth needs its secret and the public address; over http its session cookie is `next-auth.session-token`.
  const authEnv = { NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), NEXTAUTH_URL: "http://127.0.0.1:{port}" };
  // The server npm start runs (Next behind scripts/next-server.ts), so its request guard is measured too.
  const app = await start("app", ["--import", "tsx", path.resolve("scripts/next-server.ts")], { ...env, ...authEnv, HOST: "127.0.0.1" });
  const bare = await start("bare", ["--import", "tsx", path.resolve("bench/bare-server.ts")], {
    ...env,
    BARE_DRIVER: options.bareDriver,
    BENCH_USER_ID: user?.id,
  });
  if (user) {
    const cookie = await signIn(app.baseUrl, user);
    for (const page of pages) page.headers = { ...page.headers, Cookie: cookie };
    log(`signed in to the app as ${user.email} (coordinator)`);
  }

  const comparisons = await compareResponses(endpoints, app.baseUrl, bare.baseUrl);
  log(`responses compared:\n${comparisonLines(comparisons)}`);
  log(`measuring ${endpoints.length} endpoints × 2 servers: ${options.warmup} s warm-up + ${options.duration} s each, ${options.connections} connections`);
  const results = await measureEndpoints(endpoints, { app, bare }, options, log);

  const byName = (name: string) => endpoints.find((e) => e.name === name);
  const plans = await explainEndpoints(
    db.params,
    {
      list: byName("list")?.paths[1],
      search: byName("search")?.paths[0],
      detailNumber: (byName("detail") ?? byName("web-detail"))?.paths[0]?.split("/").pop(),
      web: endpoints.filter((e) => WEB_LISTS.includes(e.name)).map((e) => ({ endpoint: e.name, path: e.paths[1] ?? e.paths[0]! })),
      pages: pages.map((p) => ({ endpoint: p.name, path: p.paths[1] ?? p.paths[0]! })),
      userId: user?.id,
    },
    today(),
  );
  const totalSeconds = (performance.now() - started) / 1000;
  const cpus = os.cpus().length;

  console.log(`
Toezeggingenregister public pages, API and dashboard benchmark: ${options.n} commitments, ${options.connections} concurrent connections, ${options.duration} s per run
Targets: app p97.5 <= ${TARGET_LATENCY_MS} ms; app throughput >= ${TARGET_THROUGHPUT_RATIO * 100}% of bare (same SQL on node:http + ${options.bareDriver === "pg" ? "pg" : "Prisma $queryRawUnsafe"}).
Note: ${cpus} CPU core(s) shared by the load generator (autocannon, in this process), the server under test and
PostgreSQL ${pgVersion}; absolute req/s are lower than on a dedicated server, app/bare is the comparable figure.

${resultsTable(results)}
${pageNote(results) ? `\n${pageNote(results)}\n` : ""}
cpu ms/req: CPU time of the server process per request; pg cpu ms/req: CPU time of PostgreSQL per request; other cpu:
share of the machine taken by processes outside the benchmark (not the load generator, the server under test or
PostgreSQL) during the run.
${cpuNotes(results)}

SQL per request, EXPLAIN ANALYZE at ${options.n} rows (one sample request each, warm cache, one at a time):
${plansTable(plans)}
${pageSqlLines(plans) ? `${pageSqlLines(plans)}\n` : ""}${options.plans ? `\n${plans.flatMap((e) => e.queries.map((q) => `--- ${e.endpoint} / ${q.query}: ${e.path}\n${q.plan}`)).join("\n\n")}\n` : ""}
Endpoints:
${endpoints.map((e) => `  ${e.name.padEnd(Math.max(6, ...endpoints.map((x) => x.name.length)))} ${e.description}`).join("\n")}
Data load: ${dataset.seconds.toFixed(1)} s (${dataset.commitments} commitments, ${dataset.documents} documents, ${dataset.references} references), database ${dataset.databaseSize}. Total run: ${totalSeconds.toFixed(0)} s.`);

  const file = writeResultsJson({
    finishedAt: new Date().toISOString(),
    totalSeconds,
    machine: { cpus, cpuModel: os.cpus()[0]?.model, node: process.version, postgres: pgVersion },
    options: {
      n: options.n,
      duration: options.duration,
      warmup: options.warmup,
      connections: options.connections,
      poolSize: POOL_SIZE,
      bareDriver: options.bareDriver,
      endpoints: options.endpoints,
    },
    targets: { p95Ms: TARGET_LATENCY_MS, throughputRatio: TARGET_THROUGHPUT_RATIO },
    dataset,
    endpoints: results.map((r, i) => ({ ...r, paths: endpoints[i]?.paths.length })),
    pagesNote: pageNote(results) || undefined,
    dashboardUser: user ? { email: user.email, role: "coordinator" } : undefined,
    comparisons,
    plans,
  });
  log(`results written to ${path.relative(process.cwd(), file)}`);
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(`[bench] failed: ${(error as Error).stack ?? error}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);
