// One run of the reminder job: compose the day's digests once it is DIGEST_HOUR in Amsterdam (the first run of the
// day that gets there does it, in whichever instance), then send whatever is waiting. Safe to run in any number of
// instances at once: the claims live in PostgreSQL (lib/data/reminders-compose.ts, reminders-delivery.ts).
import type { Db } from "@/lib/db";
import { composeDailyDigests, type ComposeOutcome } from "@/lib/data/reminders-compose";
import { deliverDigests, type DeliveryReport } from "@/lib/data/reminders-delivery";
import type { MailTransport } from "@/lib/mail/transport";
import { amsterdamWallClock } from "@/lib/reminders/dates";
import type { Clock } from "./clock";

export interface ReminderRunnerOptions {
  clock: Clock;
  transport: MailTransport;
  /** hour (0–23, Europe/Amsterdam) from which the day's digest is composed */
  digestHour: number;
  /** public address of the app, for the links in the mail */
  baseUrl: string;
  /** the Prisma client; lib/db's by default (tests give each simulated instance its own) */
  db?: Db;
  log?: (message: string) => void;
}

export interface RunReport {
  day: string;
  compose: ComposeOutcome | { composed: false; reason: "before-digest-hour" | "error" };
  delivery: DeliveryReport | null;
}

export function createReminderRunner(options: ReminderRunnerOptions) {
  const log = options.log ?? (() => {});
  return {
    async runOnce(): Promise<RunReport> {
      const now = options.clock.now();
      const { date, hour } = amsterdamWallClock(now);
      let compose: RunReport["compose"] = { composed: false, reason: "before-digest-hour" };
      if (hour >= options.digestHour) {
        try {
          compose = await composeDailyDigests({ today: date, baseUrl: options.baseUrl, db: options.db });
          if (compose.composed) log(`herinneringen ${date}: ${compose.digests} overzicht(en) samengesteld`);
        } catch (error) {
          // Nothing of the day was claimed (the transaction rolled back): the next run tries again.
          console.error("[herinneringen] samenstellen mislukt", { day: date }, error);
          compose = { composed: false, reason: "error" };
        }
      }
      let delivery: DeliveryReport | null = null;
      try {
        delivery = await deliverDigests({ now, transport: options.transport, baseUrl: options.baseUrl, db: options.db, log });
      } catch (error) {
        console.error("[herinneringen] verzenden mislukt", { day: date }, error);
      }
      return { day: date, compose, delivery };
    },
  };
}
