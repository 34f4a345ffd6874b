// Where the machine's CPU went during a run, from /proc (Linux). On a small shared machine req/s depends on
// what else runs, so each run reports the server's own CPU per request (comparable whatever the contention) and
// how much CPU processes outside the benchmark took (a noisy-neighbour warning). Elsewhere: no numbers, no error.
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";

/** USER_HZ, which /proc/stat and /proc/<pid>/stat count in; 100 on every common Linux. */
const TICKS_PER_SECOND = 100;
/** /proc/<pid>/stat counts resident memory in pages of 4 kB on every common Linux. */
const PAGE_KB = 4;

interface ProcTimes {
  ticks: number;
  pgid: number;
  comm: string;
  /** resident memory in kB */
  rssKb: number;
}

export interface CpuSnapshot {
  at: number;
  busyTicks: number;
  processes: Map<number, ProcTimes>;
}

function readProc(pid: number): ProcTimes | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = stat.lastIndexOf(")"); // comm may contain spaces and parentheses
    const comm = stat.slice(stat.indexOf("(") + 1, close);
    const fields = stat.slice(close + 2).split(" "); // fields[0] is field 3 (state)
    return { comm, pgid: Number(fields[2]), ticks: Number(fields[11]) + Number(fields[12]), rssKb: Number(fields[21]) * PAGE_KB };
  } catch {
    return null; // exited meanwhile
  }
}

/** Resident memory (kB) of a process group: a server under test and whatever it forks. 0 where /proc cannot be read. */
export function groupResidentKb(pgid: number): number {
  let total = 0;
  for (const p of cpuSnapshot()?.processes.values() ?? []) if (p.pgid === pgid) total += p.rssKb;
  return total;
}

export function cpuSnapshot(): CpuSnapshot | null {
  try {
    const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpu;
    const processes = new Map<number, ProcTimes>();
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      const times = readProc(Number(entry));
      if (times) processes.set(Number(entry), times);
    }
    return { at: performance.now(), busyTicks: user + nice + system + irq + softirq + steal, processes };
  } catch {
    return null;
  }
}

export interface CpuShare {
  /** CPU seconds of the server under test (its process group) */
  serverSeconds: number;
  /** CPU seconds of PostgreSQL (all its processes) */
  postgresSeconds: number;
  /** CPU seconds of the load generator (this process) */
  loadGeneratorSeconds: number;
  /** CPU seconds of everything else, as a share of the machine's capacity over the run */
  otherShare: number;
}

function ticksOf(before: CpuSnapshot, after: CpuSnapshot, match: (pid: number, p: ProcTimes) => boolean): number {
  let sum = 0;
  for (const [pid, p] of after.processes) {
    if (!match(pid, p)) continue;
    sum += p.ticks - (before.processes.get(pid)?.ticks ?? 0);
  }
  return sum;
}

export function cpuShare(before: CpuSnapshot | null, after: CpuSnapshot | null, serverPgid: number): CpuShare | null {
  if (!before || !after) return null;
  const server = ticksOf(before, after, (_, p) => p.pgid === serverPgid);
  const postgres = ticksOf(before, after, (_, p) => p.comm === "postgres");
  const self = ticksOf(before, after, (pid) => pid === process.pid);
  const busy = after.busyTicks - before.busyTicks;
  const capacity = ((after.at - before.at) / 1000) * TICKS_PER_SECOND * os.cpus().length;
  const other = Math.max(0, busy - server - postgres - self);
  return {
    serverSeconds: server / TICKS_PER_SECOND,
    postgresSeconds: postgres / TICKS_PER_SECOND,
    loadGeneratorSeconds: self / TICKS_PER_SECOND,
    otherShare: capacity > 0 ? other / capacity : 0,
  };
}
