import "server-only";
// Sending the stored digests. Each is claimed by a compare-and-set on its attempt counter plus a lease, so two
// runners never send the same digest (a runner that dies mid-send loses its lease and the digest is sent again:
// at least once, never twice while both are alive). A failed send waits for the back-off and is retried by a later run.
import { db as defaultDb, type Db } from "@/lib/db";
import type { MailTransport } from "@/lib/mail/transport";
import { manageUrl } from "@/lib/mail/digest-message";
import { MAX_SEND_ATTEMPTS, retryDelayMinutes, SEND_LEASE_MINUTES, shouldGiveUp } from "@/lib/reminders/retry";

export interface DeliveryReport {
  sent: number;
  failed: number;
  /** failed for the last time: no further attempts */
  gaveUp: number;
}

const minutesAfter = (now: Date, minutes: number) => new Date(now.getTime() + minutes * 60_000);

/** Sends what is due to be sent (new digests, and failed ones whose back-off has passed), at most `limit` of them. */
export async function deliverDigests(options: {
  now: Date;
  transport: MailTransport;
  baseUrl: string;
  db?: Db;
  limit?: number;
  log?: (message: string) => void;
}): Promise<DeliveryReport> {
  const client = options.db ?? defaultDb();
  const report: DeliveryReport = { sent: 0, failed: 0, gaveUp: 0 };
  const tried = new Set<number>();
  const limit = options.limit ?? 500;
  while (tried.size < limit) {
    const digest = await claimNext(client, options.now, tried);
    if (!digest) break;
    tried.add(digest.id);
    try {
      await options.transport.send({
        to: digest.recipient,
        subject: digest.subject,
        text: digest.text,
        html: digest.html,
        manageUrl: manageUrl(options.baseUrl),
      });
      await client.mailDigest.update({ where: { id: digest.id }, data: { state: "sent", sentAt: options.now, leaseUntil: null, lastError: null } });
      report.sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const last = shouldGiveUp(digest.attempts);
      await client.mailDigest.update({
        where: { id: digest.id },
        data: { state: "failed", lastError: message.slice(0, 1000), leaseUntil: minutesAfter(options.now, retryDelayMinutes(digest.attempts)) },
      });
      report.failed += 1;
      if (last) report.gaveUp += 1;
      options.log?.(
        `digest ${digest.id} aan ${digest.recipient}: verzenden mislukt (poging ${digest.attempts} van ${MAX_SEND_ATTEMPTS}${last ? ", opgegeven" : ""}): ${message}`,
      );
    }
  }
  return report;
}

async function claimNext(client: Db, now: Date, tried: Set<number>) {
  for (;;) {
    const candidates = await client.mailDigest.findMany({
      where: {
        state: { not: "sent" },
        attempts: { lt: MAX_SEND_ATTEMPTS },
        OR: [{ leaseUntil: null }, { leaseUntil: { lte: now } }],
        id: { notIn: [...tried] },
        // A disabled account gets no more mail, not even what was composed before it was disabled.
        user: { disabled: false },
      },
      orderBy: { id: "asc" },
      take: 10,
      select: { id: true, attempts: true },
    });
    if (!candidates.length) return null;
    for (const candidate of candidates) {
      // Compare-and-set: only the runner that still sees the attempt count it read gets the digest.
      const claimed = await client.mailDigest.updateMany({
        where: { id: candidate.id, attempts: candidate.attempts, state: { not: "sent" } },
        data: { attempts: { increment: 1 }, leaseUntil: minutesAfter(now, SEND_LEASE_MINUTES) },
      });
      if (claimed.count === 1) {
        return client.mailDigest.findUniqueOrThrow({
          where: { id: candidate.id },
          select: { id: true, recipient: true, subject: true, text: true, html: true, attempts: true },
        });
      }
      // Another runner has it.
      tried.add(candidate.id);
    }
  }
}
