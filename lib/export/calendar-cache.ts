// Built calendars, kept while the register is unchanged. Calendar clients poll the same few URLs every hour, and
// building one is slow: ics validates every event (about 1 ms each; 10,000 deadlines took 13 s, measured).
// The caller's key holds a fingerprint of the register's state, so any change makes a new key; the time limit
// bounds staleness from changes made outside the app (which write no audit event).
import { KeptValues } from "@/lib/platform/kept-values";

const calendars = new KeptValues<string>({
  maxEntries: 32,
  // in UTF-16 code units, roughly 2 bytes each: about 64 MB
  maxSize: 32_000_000,
  sizeOf: (calendar) => calendar.length,
  maxAgeMs: 10 * 60_000,
});

/** The calendar for `key`, built once however many clients ask for it at the same moment; a failure is not kept. */
export function cachedCalendar(key: string, build: () => Promise<string>, now = Date.now()): Promise<string> {
  return calendars.getOrMake(key, "", build, now);
}

/** For tests: forget every calendar. */
export function clearCalendarCache(): void {
  calendars.clear();
}
