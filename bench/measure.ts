// Measures every endpoint on both servers, one run at a time: app and bare alternate per endpoint and never
// load the machine together, so each gets the same CPU to share with PostgreSQL and the load generator.
import { cpuShare, cpuSnapshot, groupResidentKb } from "./cpu-usage";
import type { Endpoint } from "./endpoints";
import { runLoad } from "./load-test";
import { endpointResult, type EndpointResult, type ServerRun } from "./report";
import type { ServerProcess } from "./servers";

export async function measureEndpoints(
  endpoints: Endpoint[],
  servers: { app: ServerProcess; bare: ServerProcess },
  options: { connections: number; duration: number; warmup: number },
  log: (m: string) => void,
): Promise<EndpointResult[]> {
  const results: EndpointResult[] = [];
  let appPeakKb = 0;
  for (const endpoint of endpoints) {
    const runs: Partial<Record<"app" | "bare", ServerRun>> = {};
    for (const name of ["app", "bare"] as const) {
      const load = { baseUrl: servers[name].baseUrl, paths: endpoint.paths, connections: options.connections, headers: endpoint.headers };
      // Warm-up under the same concurrency: JIT, route modules, connection pools and PostgreSQL's caches.
      if (options.warmup > 0) await runLoad({ ...load, seconds: options.warmup });
      const before = cpuSnapshot();
      // resident memory of the server (and what it forks), sampled while it is under load
      let peakKb = 0;
      const sampler = setInterval(() => (peakKb = Math.max(peakKb, groupResidentKb(servers[name].pid))), 500);
      const result = await runLoad({ ...load, seconds: options.duration }).finally(() => clearInterval(sampler));
      const cpu = cpuShare(before, cpuSnapshot(), servers[name].pid);
      if (name === "app") appPeakKb = Math.max(appPeakKb, peakKb);
      const run: ServerRun = { ...result, cpu, serverCpuMsPerRequest: cpu && result.requests ? (cpu.serverSeconds * 1000) / result.requests : null };
      log(
        `  ${endpoint.name.padEnd(13)} ${name.padEnd(4)} ${run.rps.toFixed(0).padStart(6)} req/s, p97.5 ${run.p975.toFixed(1)} ms` +
          (cpu ? `, server ${run.serverCpuMsPerRequest?.toFixed(2)} cpu ms/req, other processes ${(cpu.otherShare * 100).toFixed(0)}% of the machine` : "") +
          (peakKb ? `, RSS ${(peakKb / 1024).toFixed(0)} MB` : "") +
          (run.failures ? `, ${run.failures} failures ${JSON.stringify(run.statusCodes)}` : ""),
      );
      runs[name] = run;
    }
    results.push(endpointResult(endpoint, runs.app!, runs.bare!));
  }
  if (appPeakKb) log(`  app peak RSS under load, over all runs: ${(appPeakKb / 1024).toFixed(0)} MB (target <= 512 MB)`);
  return results;
}
