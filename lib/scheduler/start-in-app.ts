// Starts the reminder job inside the Next.js server process (from instrumentation.ts), on the app's own database
// client. On the embedded database that matters: the app uses one connection there (EMBEDDED_POOL_SIZE), and a
// second one from another process could meet the socket server's interleaving bug (electric-sql/pglite#1046).
import { createMailTransport } from "@/lib/mail/transport";
import { describeMailConfig } from "@/lib/mail/config";
import { systemClock } from "./clock";
import { startReminderScheduler, type ReminderScheduler } from "./scheduler";
import { serverEnv } from "@/lib/env";

const state = globalThis as unknown as { tzrReminders?: ReminderScheduler };

/** Once per process; the configuration was already validated when the server started (instrumentation.ts). */
export function startRemindersInApp(): void {
  if (state.tzrReminders) return;
  const env = serverEnv();
  const config = env.reminders;
  const log = (message: string) => console.log(`[herinneringen] ${message}`);
  log(`${describeMailConfig(config.mail)}; elke ${config.intervalMinutes} min, overzicht vanaf ${config.digestHour}:00`);
  state.tzrReminders = startReminderScheduler({
    clock: systemClock,
    transport: createMailTransport(config.mail),
    digestHour: config.digestHour,
    intervalMinutes: config.intervalMinutes,
    baseUrl: env.publicOrigin ?? `http://localhost:${env.port}`,
    log,
  });
}
