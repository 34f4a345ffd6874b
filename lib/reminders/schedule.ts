// When a commitment's owners and followers are reminded of its latest deadline. The lead time follows the
// precision the minister used: a promise for "week 12" needs a nudge two weeks ahead, one for "in 2025" a quarter
// ahead, and neither should nag every month. Pure: no database, no clock.
import type { DeadlinePrecision } from "@/lib/deadline";
import { addDays, daysFrom } from "./dates";

/** Days before the latest deadline on which a reminder is due, per precision (largest first). */
export const REMINDER_DAYS_BEFORE: Readonly<Record<DeadlinePrecision, readonly number[]>> = {
  day: [14, 3],
  week: [14, 3],
  month: [30, 7],
  quarter: [60, 14],
  season: [60, 14],
  "half-year": [60, 14],
  year: [90, 30],
  // "op korte termijn", "te zijner tijd": no date to count down to.
  open: [],
};

/**
 * A reminder missed because no digest was composed on its day (the app was down) is still sent this many days
 * later, unless the next reminder is due by then. Long enough to bridge a weekend or a holiday; short enough that
 * loading old data (or a first deployment) does not flood anyone with stale "overdue" mails.
 */
export const CATCH_UP_DAYS = 7;

export type ReminderKind = `before_${number}` | "overdue";

export interface ScheduledReminder {
  kind: ReminderKind;
  /** the day it is due (ISO) */
  dueOn: string;
}

/** Every reminder of one deadline, earliest first; none without a latest date or for open precision. */
export function reminderSchedule(latest: string | null, precision: DeadlinePrecision | null): ScheduledReminder[] {
  if (!latest || !precision || precision === "open") return [];
  const before = REMINDER_DAYS_BEFORE[precision] ?? [];
  return [
    ...[...before].sort((a, b) => b - a).map((days) => ({ kind: `before_${days}` as ReminderKind, dueOn: addDays(latest, -days) })),
    // Once, on the first day the commitment is overdue.
    { kind: "overdue" as const, dueOn: addDays(latest, 1) },
  ];
}

/**
 * The reminder due on `today`, if any: the latest one whose day has come, as long as the next one is not due yet
 * and it is at most CATCH_UP_DAYS late. Whether it was already sent is the caller's business (sent_reminder).
 */
export function dueReminder(latest: string | null, precision: DeadlinePrecision | null, today: string): ScheduledReminder | null {
  const schedule = reminderSchedule(latest, precision);
  for (let i = schedule.length - 1; i >= 0; i--) {
    const reminder = schedule[i]!;
    const late = daysFrom(reminder.dueOn, today);
    if (late < 0) continue;
    return late <= CATCH_UP_DAYS ? reminder : null;
  }
  return null;
}

/** The window of latest deadlines that can have a reminder due on `today`, to narrow the database query. */
export function reminderWindow(today: string): { from: string; to: string } {
  const longest = Math.max(...Object.values(REMINDER_DAYS_BEFORE).flat());
  return { from: addDays(today, -(1 + CATCH_UP_DAYS)), to: addDays(today, longest) };
}
