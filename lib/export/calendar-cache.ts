// Built calendars, kept while the register is unchanged. Calendar clients poll the same few URLs every hour, and
// building one is slow: ics validates every event (about 1 ms each; 10,000 deadlines took 13 s, measured).
// The caller's key holds a fingerprint of the register's state, so any change makes a new key; the time limit
// bounds staleness from changes made outside the app (which write no audit event).

const MAX_ENTRIES = 32;
/** in UTF-16 code units, roughly 2 bytes each: about 64 MB */
const MAX_TOTAL_LENGTH = 32_000_000;
const MAX_AGE_MS = 10 * 60_000;

interface Entry {
  value: Promise<string>;
  length: number;
  createdAt: number;
}

const entries = new Map<string, Entry>();

function evict(now: number): void {
  let total = 0;
  for (const [key, entry] of entries) {
    if (now - entry.createdAt > MAX_AGE_MS) entries.delete(key);
    else total += entry.length;
  }
  // Map iteration is insertion order and a hit re-inserts its entry: the first ones are the least recently used.
  for (const [key, entry] of entries) {
    if (entries.size <= MAX_ENTRIES && total <= MAX_TOTAL_LENGTH) break;
    entries.delete(key);
    total -= entry.length;
  }
}

/** The calendar for `key`, built once however many clients ask for it at the same moment. */
export async function cachedCalendar(key: string, build: () => Promise<string>, now = Date.now()): Promise<string> {
  const hit = entries.get(key);
  if (hit && now - hit.createdAt <= MAX_AGE_MS) {
    entries.delete(key);
    entries.set(key, hit);
    return hit.value;
  }
  const entry: Entry = { value: build(), length: 0, createdAt: now };
  entries.set(key, entry);
  try {
    const value = await entry.value;
    entry.length = value.length;
    evict(now);
    return value;
  } catch (error) {
    // a failure is not remembered: the next poll tries again
    if (entries.get(key) === entry) entries.delete(key);
    throw error;
  }
}

/** For tests: forget every calendar. */
export function clearCalendarCache(): void {
  entries.clear();
}
