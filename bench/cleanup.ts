// What the benchmark must undo however it ends (done, failed, Ctrl-C): stop the servers it started and drop
// its scratch database. Undone in reverse order of registration, each step on its own, so one failure does not
// leave the rest behind.
type Step = { name: string; run: () => Promise<void>; now?: () => void };

const steps: Step[] = [];
let running: Promise<void> | undefined;

/** `now` is the synchronous fallback for a process that exits before `run` could finish. */
export function onCleanup(name: string, run: () => Promise<void>, now?: () => void): void {
  steps.push({ name, run, now });
}

export function cleanup(): Promise<void> {
  running ??= (async () => {
    for (const step of steps.reverse()) {
      try {
        await step.run();
      } catch (error) {
        console.error(`[bench] cleanup "${step.name}" failed: ${(error as Error).message}`);
      }
    }
    steps.length = 0;
  })();
  return running;
}

export function cleanUpOnSignals(log: (m: string) => void): void {
  // `on`, not `once`: Ctrl-C reaches this process more than once (from the terminal, and relayed by npm and
  // tsx), and with no listener left tsx's own handler would exit on the spot, mid-cleanup.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (running) return;
      log(`${signal}: stopping servers and dropping the scratch database…`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  process.once("exit", () => {
    for (const step of steps) step.now?.();
  });
}
