import "server-only";
import { databaseGeneration, db } from "@/lib/db";
import { BUILD_STAMP, entityTag } from "@/lib/http-cache";
import { KeptValues } from "@/lib/platform/kept-values";
import { sharedFreshCall } from "@/lib/platform/shared-fresh-call";
import { today } from "./clock";

// Results that depend only on the register's contents (and today's date) are kept until the register changes.
// Every change writes an audit event, so the newest audit event id is a complete change marker — also for changes
// made by other app instances. Checking it is one index lookup (a fraction of a millisecond) instead of the
// aggregate queries themselves; it is checked on every use, so a cached result is never stale.
const sections = new KeptValues<unknown>({ maxEntries: 500, maxSize: Infinity, sizeOf: () => 0 });

/** Changes whenever the register (or the day, or the database) does: one index lookup. */
export async function registerFingerprint(): Promise<string> {
  const rows = await db().$queryRawUnsafe<Array<{ id: string }>>("SELECT coalesce(max(id), 0)::text AS id FROM audit_event");
  return `${databaseGeneration()}:${rows[0]?.id ?? "0"}@${today()}`;
}

/**
 * registerFingerprint() for many requests at once: callers that ask while a lookup runs share the next one, which
 * starts after they asked, so the answer is never older than the question.
 */
export const freshRegisterFingerprint = sharedFreshCall(registerFingerprint);

/** `load()`'s result for `key`, reused until the register changes (or the day, or the database). */
export async function cachedUntilChange<T>(key: string, load: () => Promise<T>): Promise<T> {
  return sections.getOrMake(key, await freshRegisterFingerprint(), load) as Promise<T>;
}

/**
 * The entity tag of what `parts` name (a URL, a reader) as the register and the build stand now, with the
 * fingerprint it was made for: the same in every instance on this database, and a new one after any change.
 */
export async function registerEntityTag(parts: readonly string[]): Promise<{ fingerprint: string; tag: string }> {
  const fingerprint = await freshRegisterFingerprint();
  return { fingerprint, tag: entityTag([BUILD_STAMP, fingerprint, ...parts]) };
}
