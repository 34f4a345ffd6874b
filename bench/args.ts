// Command line of `npm run bench -- [options]`.
import { parseArgs } from "node:util";
import { BARE_DRIVERS, type BareDriver } from "./bare-drivers";
import { ENDPOINT_NAMES, type EndpointName } from "./endpoints";

export interface BenchOptions {
  /** synthetic commitments to load */
  n: number;
  /** seconds measured per endpoint and server */
  duration: number;
  /** seconds of unmeasured load per endpoint and server before that */
  warmup: number;
  connections: number;
  /** the PostgreSQL server on which the scratch database is created */
  serverUrl: string;
  /** print the full EXPLAIN ANALYZE plans, not only their timings */
  plans: boolean;
  /** what the bare server queries through: pg (the baseline) or the app's Prisma client (to split the overhead) */
  bareDriver: BareDriver;
  /** which endpoints to measure, in the report's order */
  endpoints: EndpointName[];
}

export const USAGE = `npm run bench -- [--n 100000] [--duration 10] [--warmup 3] [--connections 32] [--plans] [--bare-driver pg|prisma]
    [--endpoints ${ENDPOINT_NAMES.join(",")}]
  BENCH_DATABASE_URL  PostgreSQL server for the scratch database (default postgresql://postgres@127.0.0.1:5432/postgres)`;

function numberArg(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ""));
  if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number of at least ${min}, not "${raw}"\n${USAGE}`);
  return value;
}

export function parseBenchArgs(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      n: { type: "string", short: "n" },
      duration: { type: "string", short: "d" },
      warmup: { type: "string" },
      connections: { type: "string", short: "c" },
      plans: { type: "boolean", default: false },
      "bare-driver": { type: "string", default: "pg" },
      endpoints: { type: "string", default: ENDPOINT_NAMES.join(",") },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const bareDriver = values["bare-driver"] as BareDriver;
  if (!BARE_DRIVERS.includes(bareDriver)) throw new Error(`--bare-driver must be one of ${BARE_DRIVERS.join(", ")}\n${USAGE}`);
  const endpoints = (values.endpoints ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const unknown = endpoints.filter((e) => !(ENDPOINT_NAMES as readonly string[]).includes(e));
  if (unknown.length || !endpoints.length) throw new Error(`--endpoints takes a comma-separated list of ${ENDPOINT_NAMES.join(", ")}\n${USAGE}`);
  return {
    // at least 100: the sample numbers and the document spread assume more than a handful of rows
    n: Math.round(numberArg("n", values.n, 100_000, 100)),
    duration: numberArg("duration", values.duration, 10, 1),
    warmup: numberArg("warmup", values.warmup, 3, 0),
    connections: Math.round(numberArg("connections", values.connections, 32, 1)),
    serverUrl: env.BENCH_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres",
    plans: values.plans ?? false,
    bareDriver,
    endpoints: ENDPOINT_NAMES.filter((e) => endpoints.includes(e)),
  };
}
