import "server-only";
import { db } from "@/lib/db";
import { afterFailure, lockedFor, maxFailuresFor } from "@/lib/auth/throttle-policy";

/** Milliseconds the longest-locked of `keys` stays locked (0 = not locked). */
export async function throttleLockedFor(keys: string[], now = new Date()): Promise<number> {
  const records = await db().signInThrottle.findMany({ where: { key: { in: keys } } });
  return Math.max(0, ...records.map((r) => lockedFor(r, now)));
}

export async function recordSignInFailure(keys: string[], now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    for (const key of keys) {
      const current = await tx.signInThrottle.findUnique({ where: { key } });
      const next = afterFailure(current, now, maxFailuresFor(key));
      await tx.signInThrottle.upsert({ where: { key }, update: next, create: { key, ...next } });
    }
  });
}

export async function clearSignInFailures(key: string): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key } });
}
