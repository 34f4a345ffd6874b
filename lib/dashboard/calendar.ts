// Calendar arithmetic on ISO dates ("2026-11-29") and months ("2026-11"). Dates here are calendar days, not instants,
// so everything is done in UTC and can never shift a day with the server's time zone.
const DAY_MS = 86_400_000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;

function epochDay(iso: string): number {
  if (!ISO_DATE.test(iso)) throw new RangeError(`geen datum als JJJJ-MM-DD: ${iso}`);
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

function fromEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromEpochDay(epochDay(iso) + days);
}

/** Whole days from `from` to `to` (negative when `to` lies before `from`). */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

export function monthOf(iso: string): string {
  epochDay(iso);
  return iso.slice(0, 7);
}

function monthParts(month: string): [number, number] {
  if (!ISO_MONTH.test(month)) throw new RangeError(`geen maand als JJJJ-MM: ${month}`);
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

export function addMonths(month: string, n: number): string {
  const [year, m] = monthParts(month);
  const index = year * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Months from `from` to `to`, both included; empty when `to` lies before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  const [fy, fm] = monthParts(from);
  const [ty, tm] = monthParts(to);
  const count = ty * 12 + tm - (fy * 12 + fm) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addMonths(from, i));
}

export function firstDayOf(month: string): string {
  monthParts(month);
  return `${month}-01`;
}

export function lastDayOf(month: string): string {
  return addDays(firstDayOf(addMonths(month, 1)), -1);
}

const longMonth = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });
const shortMonth = new Intl.DateTimeFormat("nl-NL", { month: "short", timeZone: "UTC" });

/** "november 2026" */
export function monthName(month: string): string {
  return longMonth.format(new Date(`${firstDayOf(month)}T00:00:00Z`));
}

/** "nov", without the full stop some locales add */
export function shortMonthName(month: string): string {
  return shortMonth.format(new Date(`${firstDayOf(month)}T00:00:00Z`)).replace(/\.$/, "");
}
