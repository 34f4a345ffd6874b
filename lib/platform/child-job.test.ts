import path from "node:path";
import { describe, expect, it } from "vitest";
import { runChildJob } from "./child-job";

const WORKER = path.resolve("lib/platform/child-job-test-worker.ts");
const limits = { timeoutMs: 20_000, maxMemoryMb: 400 };
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("runChildJob", () => {
  it("answers with the child's result and passes its progress on", async () => {
    const seen: number[] = [];
    expect(await runChildJob(WORKER, { kind: "echo", value: "brief" }, limits)).toEqual({ ok: true, value: "BRIEF" });
    expect(await runChildJob(WORKER, { kind: "progress", steps: 3 }, { ...limits, onProgress: (p: number) => seen.push(p) })).toEqual({
      ok: true,
      value: "klaar",
    });
    expect(seen).toEqual([1, 2, 3]);
  });

  it("kills a child that never yields once its time is up", async () => {
    expect(await runChildJob(WORKER, { kind: "spin" }, { ...limits, timeoutMs: 1_500 })).toMatchObject({ ok: false, reason: "timeout" });
  });

  it("kills a child whose memory grows beyond the limit, heap or not", async () => {
    expect(await runChildJob(WORKER, { kind: "hog" }, { ...limits, maxMemoryMb: 200 })).toMatchObject({ ok: false, reason: "memory" });
  });

  it("stops the work when the caller aborts, and the child process is gone", async () => {
    const stop = new AbortController();
    let pid = 0;
    const spinning = runChildJob(WORKER, { kind: "spin" }, { ...limits, signal: stop.signal, onSpawn: (p) => (pid = p) });
    await new Promise((r) => setTimeout(r, 500));
    expect(alive(pid)).toBe(true);
    stop.abort();
    expect(await spinning).toMatchObject({ ok: false, reason: "aborted" });
    for (let i = 0; i < 40 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
    expect(alive(pid)).toBe(false);
  });

  it("reports an error the work throws as a failure, with its message", async () => {
    expect(await runChildJob(WORKER, { kind: "throw" }, limits)).toEqual({ ok: false, reason: "failure", detail: "kapot" });
  });
});
