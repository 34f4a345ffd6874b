// Where a commitment's deadline goes in a calendar, honestly. A deadline is a range ("najaar 2021" is three
// months); spreading a long range over the calendar would look like a three-month appointment, and a single day
// on the earliest date would suggest a precision the minister never gave. So: short ranges as they are, long ones
// as one day on the latest date, with the phrase and the whole range in the description.
import type { CommitmentView } from "@/lib/data/commitment-view";

/** Ranges up to this many days (inclusive), e.g. "in maart", are shown as they are. */
export const SHORT_RANGE_DAYS = 31;

export interface CalendarPlacement {
  /** "range": earliest..latest; "latest": one day, the latest date of a long or open-ended range */
  kind: "range" | "latest";
  /** first day, ISO date */
  start: string;
  /** the day after the last day (RFC 5545 DTEND of an all-day event is exclusive) */
  endExclusive: string;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** null when there is no date to put in a calendar: no deadline, an open phrase, or no end date. */
export function calendarPlacement(deadline: CommitmentView["deadline"]): CalendarPlacement | null {
  if (!deadline || deadline.precision === "open" || !deadline.latest) return null;
  const { earliest, latest } = deadline;
  const endExclusive = addDays(latest, 1);
  if (earliest && earliest <= latest && dayNumber(latest) - dayNumber(earliest) + 1 <= SHORT_RANGE_DAYS) {
    return { kind: "range", start: earliest, endExclusive };
  }
  return { kind: "latest", start: latest, endExclusive };
}
