// Calendar arithmetic on ISO dates ("YYYY-MM-DD") and the Amsterdam wall clock. Reminders are about calendar days
// in the Netherlands, where deadlines fall, whatever time zone the server runs in.
const amsterdam = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The calendar day and hour in Europe/Amsterdam at `now` (summer time included). */
export function amsterdamWallClock(now: Date): { date: string; hour: number; minute: number } {
  const parts = Object.fromEntries(amsterdam.formatToParts(now).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), minute: Number(parts.minute) };
}

// Noon UTC keeps the arithmetic clear of any day boundary.
const toTime = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

export function addDays(iso: string, days: number): string {
  return new Date(toTime(iso) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`; negative when `to` lies before `from`. */
export function daysFrom(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / 86_400_000);
}
