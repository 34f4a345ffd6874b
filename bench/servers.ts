// The two servers under test, each in a process of its own (so neither shares an event loop with the load
// generator), with output to bench/results/<name>.log to keep the report readable.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export const RESULTS_DIR = path.resolve("bench/results");

export interface ServerProcess {
  name: string;
  baseUrl: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
  /** last resort from a process "exit" handler, where nothing asynchronous runs */
  killNow(): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

// A process group of its own (detached), so stopping reaches whatever the server forks, and nothing else.
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

async function waitUntilReady(child: ChildProcess, url: string, timeoutMs: number, logFile: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      await res.arrayBuffer();
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const tail = readFileSync(logFile, "utf8").split("\n").slice(-20).join("\n");
  throw new Error(`${url} did not become ready (${last}); last lines of ${logFile}:\n${tail}`);
}

export async function startServer(options: {
  name: string;
  args: string[];
  port: number;
  env: NodeJS.ProcessEnv;
  /** a path that answers 200 once the server can serve the benchmark */
  readyPath: string;
}): Promise<ServerProcess> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const logFile = path.join(RESULTS_DIR, `${options.name}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, options.args, { env: options.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const server: ServerProcess = {
    name: options.name,
    baseUrl,
    pid: child.pid ?? -1,
    logFile,
    async stop() {
      killGroup(child, "SIGTERM");
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
      await exited(child);
      clearTimeout(timer);
    },
    killNow: () => killGroup(child, "SIGKILL"),
  };
  try {
    await waitUntilReady(child, baseUrl + options.readyPath, 120_000, logFile);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
