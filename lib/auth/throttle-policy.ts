// Sign-in throttling: after MAX_FAILURES failed attempts within WINDOW_MS, an account (or a client address) is
// locked for LOCK_MS. Pure, so the rule is tested on its own; lib/data/sign-in-throttle.ts keeps the counts.
export const MAX_FAILURES = 5;
// A client address is shared by a whole office behind NAT: lock it only at a rate no person reaches by mistyping.
export const MAX_FAILURES_PER_ADDRESS = 50;

export function maxFailuresFor(key: string): number {
  return key.startsWith("ip:") ? MAX_FAILURES_PER_ADDRESS : MAX_FAILURES;
}
export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

export interface ThrottleRecord {
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

export function lockedFor(record: ThrottleRecord | null, now: Date): number {
  if (!record?.lockedUntil) return 0;
  return Math.max(0, record.lockedUntil.getTime() - now.getTime());
}

/** The record after one more failure at `now`. */
export function afterFailure(record: ThrottleRecord | null, now: Date, maxFailures = MAX_FAILURES): ThrottleRecord {
  const fresh = !record || now.getTime() - record.windowStart.getTime() > WINDOW_MS || (record.lockedUntil !== null && record.lockedUntil <= now);
  const failures = fresh ? 1 : record.failures + 1;
  const windowStart = fresh ? now : record.windowStart;
  return { failures, windowStart, lockedUntil: failures >= maxFailures ? new Date(now.getTime() + LOCK_MS) : null };
}

export function lockMessage(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `Te veel mislukte pogingen om in te loggen. Probeer het over ${minutes} ${minutes === 1 ? "minuut" : "minuten"} opnieuw.`;
}
