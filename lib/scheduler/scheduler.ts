// Runs the reminder job every REMINDER_INTERVAL_MINUTES in this process. Never two runs at once in one process;
// other processes are kept in line by the database (see reminder-runner.ts).
import { createReminderRunner, type ReminderRunnerOptions, type RunReport } from "./reminder-runner";

export interface ReminderScheduler {
  /** runs now (waiting for a run in progress first), e.g. from a test or an admin action */
  runNow(): Promise<RunReport>;
  /** stops the timer and waits for a run in progress */
  stop(): Promise<void>;
}

export function startReminderScheduler(options: ReminderRunnerOptions & { intervalMinutes: number; firstRunDelayMs?: number }): ReminderScheduler {
  const runner = createReminderRunner(options);
  let current: Promise<RunReport> | null = null;
  let stopped = false;

  const run = (): Promise<RunReport> => {
    if (current) return current;
    current = runner.runOnce().finally(() => {
      current = null;
    });
    return current;
  };
  const tick = () => {
    if (!stopped && !current) void run().catch((error) => console.error("[herinneringen] run mislukt", error));
  };

  // A short delay first: start-up (migrations, the app itself) goes before mail.
  const first = setTimeout(tick, options.firstRunDelayMs ?? 10_000);
  const timer = setInterval(tick, options.intervalMinutes * 60_000);
  // The schedule alone must not keep the process alive at shutdown.
  first.unref();
  timer.unref();

  return {
    async runNow() {
      if (current) await current.catch(() => undefined);
      return run();
    },
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      if (current) await current.catch(() => undefined);
    },
  };
}
