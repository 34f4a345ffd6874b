// Starts the reminder job inside the Next.js server process (from instrumentation.ts), on the app's own database
// client. On the embedded database that matters: the app uses one connection there (EMBEDDED_POOL_SIZE), and a
// second one from another process could meet the socket server's interleaving bug (electric-sql/pglite#1046).
import { createMailTransport } from "@/lib/mail/transport";
import { describeMailConfig } from "@/lib/mail/config";
import { systemClock } from "./clock";
import { parseReminderConfig } from "./config";
import { startReminderScheduler, type ReminderScheduler } from "./scheduler";

const state = globalThis as unknown as { tzrReminders?: ReminderScheduler };

/** Once per process; the configuration was already validated by `npm start` (scripts/start-env.ts). */
export function startRemindersInApp(env: Record<string, string | undefined> = process.env): void {
  if (state.tzrReminders) return;
  const parsed = parseReminderConfig(env);
  if (!parsed.ok) {
    console.error(`[herinneringen] niet gestart, ongeldige configuratie:\n  ${parsed.issues.join("\n  ")}`);
    return;
  }
  const { config } = parsed;
  const log = (message: string) => console.log(`[herinneringen] ${message}`);
  log(`${describeMailConfig(config.mail)}; elke ${config.intervalMinutes} min, overzicht vanaf ${config.digestHour}:00`);
  state.tzrReminders = startReminderScheduler({
    clock: systemClock,
    transport: createMailTransport(config.mail),
    digestHour: config.digestHour,
    intervalMinutes: config.intervalMinutes,
    baseUrl: env.NEXTAUTH_URL || `http://localhost:${env.PORT || 3000}`,
    log,
  });
}
