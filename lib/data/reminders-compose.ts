import "server-only";
// Composing one day's digests: claim the day, plan (lib/reminders/rules), store each digest with the reminders and
// changes it contains — all in one transaction, so a reminder is either claimed by exactly one stored digest or by
// none. Sending happens afterwards, outside any transaction (lib/data/reminders-delivery.ts).
import { db as defaultDb, type Db } from "@/lib/db";
import { renderDigest } from "@/lib/mail/digest-message";
import { planDigests } from "@/lib/reminders/rules";
import { loadRulesInput } from "./reminders-input";

/** Any fixed number: the key of the transaction-scoped advisory lock that one composing runner holds. */
const COMPOSE_LOCK_KEY = 7_215_430_001n;

export type ComposeOutcome = { composed: true; digests: number } | { composed: false; reason: "busy" | "already-done" };

const asDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export async function composeDailyDigests(options: { today: string; baseUrl: string; db?: Db }): Promise<ComposeOutcome> {
  const client = options.db ?? defaultDb();
  return client.$transaction(
    async (tx) => {
      // Another instance composing right now: leave it to that one instead of queueing behind it. (On the embedded
      // PGlite every connection shares one session, so this always succeeds there; transactions are serialised
      // there anyway, and the day's claim below decides.)
      const [lock] = await tx.$queryRaw<Array<{ locked: boolean }>>`SELECT pg_try_advisory_xact_lock(${COMPOSE_LOCK_KEY}) AS locked`;
      if (!lock?.locked) return { composed: false as const, reason: "busy" as const };
      // The claim: one row per day. A second instance (here or after our commit) finds it and stops.
      const claimed = await tx.$queryRaw<
        Array<{ run_on: unknown }>
      >`INSERT INTO reminder_run (run_on) VALUES (${options.today}::date) ON CONFLICT DO NOTHING RETURNING run_on`;
      if (!claimed.length) return { composed: false as const, reason: "already-done" as const };

      const input = await loadRulesInput(tx, options.today);
      const plans = planDigests(input);
      for (const plan of plans) {
        const message = renderDigest(plan, { baseUrl: options.baseUrl, today: options.today });
        const digest = await tx.mailDigest.create({
          data: {
            userId: plan.recipient.id,
            digestOn: asDate(options.today),
            recipient: plan.recipient.email,
            subject: message.subject,
            text: message.text,
            html: message.html,
          },
          select: { id: true },
        });
        // No skipDuplicates: a reminder or change claimed twice is a bug, and must roll the whole day back rather
        // than be mailed twice.
        if (plan.reminders.length) {
          await tx.sentReminder.createMany({
            data: plan.reminders.map((r) => ({
              userId: plan.recipient.id,
              commitmentId: r.commitment.id,
              kind: r.kind,
              dueOn: asDate(r.dueOn),
              digestId: digest.id,
            })),
          });
        }
        if (plan.changes.length) {
          await tx.notifiedChange.createMany({
            data: plan.changes.map((c) => ({ userId: plan.recipient.id, auditEventId: BigInt(c.change.eventId), digestId: digest.id })),
          });
        }
      }
      await tx.reminderRun.update({ where: { runOn: asDate(options.today) }, data: { digests: plans.length } });
      return { composed: true as const, digests: plans.length };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
