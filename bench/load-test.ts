// One autocannon run against one server, with exact latency percentiles. autocannon's own summary reports
// p97.5 but not p95 (its fixed percentile list), so latencies are collected from its per-response events.
import autocannon from "autocannon";

export interface LoadResult {
  /** 2xx responses in the measured window */
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p975: number;
  p99: number;
  max: number;
  /** non-2xx responses, connection errors and timeouts: any of these makes the run suspect */
  failures: number;
  statusCodes: Record<string, number>;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length); // nearest-rank
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Round-robin over `paths`, shared by all connections, so every path gets an equal share of the load. */
function cycle(paths: readonly string[]): () => string {
  let i = 0;
  return () => paths[i++ % paths.length]!;
}

export function runLoad(options: {
  baseUrl: string;
  paths: readonly string[];
  connections: number;
  seconds: number;
  /** sent with every request (a session cookie) */
  headers?: Record<string, string>;
}): Promise<LoadResult> {
  const next = cycle(options.paths);
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        headers: options.headers,
        requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: next() }) }],
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
        resolve({
          requests: latencies.length,
          seconds: result.duration,
          rps: latencies.length / result.duration,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p975: percentile(latencies, 97.5),
          p99: percentile(latencies, 99),
          max: latencies[latencies.length - 1] ?? NaN,
          failures: result.non2xx + result.errors + result.timeouts,
          statusCodes,
        });
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}
