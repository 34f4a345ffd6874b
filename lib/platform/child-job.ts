// Heavy work in a child process of its own, so that one request cannot stall every other: the server's event loop
// stays free, and the child is killed when the work takes too long, uses too much memory, or is no longer wanted
// (the client went away). The child is a TypeScript module run by tsx (a dependency, as for npm start), speaking a
// small protocol over IPC with structured clone (so bytes travel as bytes):
//   parent → child  { input }
//   child → parent  { type: "progress", progress } …  then { type: "result", value }  or  { type: "failure", message }
import { fork } from "node:child_process";
import { readFileSync } from "node:fs";

export interface ChildJobOptions<P> {
  /** wall-clock time after which the child is killed */
  timeoutMs: number;
  /** resident memory (MB) after which the child is killed; also caps its V8 heap */
  maxMemoryMb: number;
  /** abort (the client disconnected) kills the child at once */
  signal?: AbortSignal;
  onProgress?: (progress: P) => void;
  /** hears the child's process id once it runs (for logs and tests) */
  onSpawn?: (pid: number) => void;
}

/** `failure`: the work threw (detail is its message); `crashed`: the child died otherwise. */
export type ChildJobOutcome<T> = { ok: true; value: T } | { ok: false; reason: "timeout" | "memory" | "aborted" | "crashed" | "failure"; detail: string };

type ChildMessage<P, T> = { type: "progress"; progress: P } | { type: "result"; value: T } | { type: "failure"; message: string };

/** Resident memory of a process in MB, from /proc on Linux; null where that cannot be read. */
function residentMb(pid: number): number | null {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]);
    return Number.isFinite(pages) ? (pages * 4096) / (1024 * 1024) : null;
  } catch {
    return null;
  }
}

const MEMORY_POLL_MS = 50;

/** Runs `script` (a path to a .ts module that serves the protocol above) on `input` in a child process. */
export function runChildJob<I, P, T>(script: string, input: I, options: ChildJobOptions<P>): Promise<ChildJobOutcome<T>> {
  if (options.signal?.aborted) return Promise.resolve({ ok: false, reason: "aborted", detail: "aborted before it started" });
  return new Promise((resolve) => {
    const child = fork(script, [], {
      execArgv: ["--import", "tsx", `--max-old-space-size=${Math.max(64, Math.floor(options.maxMemoryMb / 2))}`],
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      env: { ...process.env, NODE_OPTIONS: "" },
    });
    if (child.pid) options.onSpawn?.(child.pid);
    let settled: ChildJobOutcome<T> | null = null;
    const finish = (outcome: ChildJobOutcome<T>) => {
      if (settled) return;
      settled = outcome;
      clearTimeout(timer);
      clearInterval(memory);
      options.signal?.removeEventListener("abort", onAbort);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ ok: false, reason: "timeout", detail: `more than ${options.timeoutMs} ms` }), options.timeoutMs);
    const memory = setInterval(() => {
      const mb = child.pid ? residentMb(child.pid) : null;
      if (mb !== null && mb > options.maxMemoryMb) finish({ ok: false, reason: "memory", detail: `${Math.round(mb)} MB resident` });
    }, MEMORY_POLL_MS);
    const onAbort = () => finish({ ok: false, reason: "aborted", detail: "the caller no longer waits" });
    options.signal?.addEventListener("abort", onAbort, { once: true });

    child.on("message", (raw) => {
      const message = raw as ChildMessage<P, T>;
      if (message.type === "progress") options.onProgress?.(message.progress);
      else if (message.type === "result") finish({ ok: true, value: message.value });
      else if (message.type === "failure") finish({ ok: false, reason: "failure", detail: message.message });
    });
    child.on("error", (error) => finish({ ok: false, reason: "crashed", detail: error.message }));
    child.on("exit", (code, signal) => {
      // V8 aborts (SIGABRT, or exit code 134) when the heap limit is reached.
      const outOfMemory = signal === "SIGABRT" || code === 134;
      finish({ ok: false, reason: outOfMemory ? "memory" : "crashed", detail: `exited with ${signal ?? `code ${code}`}` });
    });
    child.send({ input });
  });
}

/**
 * The child's side: answers the one `{ input }` it is sent with `work(input, progress)`, then exits. A thrown error
 * becomes a failure message (its text only, never a stack the user would see).
 */
export function serveChildJob<I, P, T>(work: (input: I, progress: (p: P) => void) => Promise<T> | T): void {
  process.once("message", async (raw) => {
    const send = (message: ChildMessage<P, T>) => new Promise<void>((done) => process.send?.(message, () => done()));
    try {
      const value = await work((raw as { input: I }).input, (progress) => void process.send?.({ type: "progress", progress }));
      await send({ type: "result", value });
    } catch (error) {
      await send({ type: "failure", message: error instanceof Error ? error.message : String(error) });
    }
    process.disconnect?.();
    process.exit(0);
  });
}
