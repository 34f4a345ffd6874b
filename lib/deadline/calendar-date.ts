/**
 * Calendar-date helpers. Every Date in this module is a *local* midnight built with
 * `new Date(y, m, d)` and read back with local getters (via date-fns `format`), so a
 * date never crosses a day boundary whatever the process time zone is. Strings are
 * never fed to `new Date()`, which would parse "YYYY-MM-DD" as UTC and shift the day.
 */
import { differenceInCalendarDays, format, getDaysInMonth } from "date-fns";
import { nl } from "date-fns/locale";

export const MONTH_NAMES = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
] as const;

/** month is 1-based, like in the phrases; no validation (callers check first). */
export function makeDate(year: number, month: number, day: number): Date {
  const date = new Date(year, month - 1, day);
  // Years 0-99 would be mapped to 1900-1999 by the Date constructor.
  if (year < 100) date.setFullYear(year);
  return date;
}

export function toIso(date: Date): string {
  return format(date, "yyyy-MM-dd");
}

/** Dutch long date, e.g. "20 september 2022". */
export function formatDutch(date: Date): string {
  return format(date, "d MMMM yyyy", { locale: nl });
}

export function weekdayName(date: Date): string {
  return format(date, "EEEE", { locale: nl });
}

/** "21 t/m 27 maart 2022", "1 maart t/m 31 mei 2022", "15 december 2022 t/m 15 januari 2023". */
export function formatDutchRange(start: Date, end: Date): string {
  if (sameDay(start, end)) return formatDutch(start);
  const sameYear = start.getFullYear() === end.getFullYear();
  const sameMonth = sameYear && start.getMonth() === end.getMonth();
  const startFormat = sameMonth ? "d" : sameYear ? "d MMMM" : "d MMMM yyyy";
  return `${format(start, startFormat, { locale: nl })} t/m ${formatDutch(end)}`;
}

export function sameDay(a: Date, b: Date): boolean {
  return differenceInCalendarDays(a, b) === 0;
}

/** Day-level comparison; ignores the clock so DST-shifted midnights compare correctly. */
export function compareDays(a: Date, b: Date): number {
  return Math.sign(differenceInCalendarDays(a, b));
}

export function laterOf(a: Date, b: Date): Date {
  return compareDays(a, b) >= 0 ? a : b;
}

/** Dutch description of why y-m-d is not a calendar date, or null when it is one. */
export function dateProblem(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12) return `maand ${month} bestaat niet`;
  const monthName = MONTH_NAMES[month - 1] ?? String(month);
  const days = getDaysInMonth(makeDate(year, month, 1));
  if (day < 1 || day > days) return `${monthName} ${year} heeft ${days} dagen`;
  return null;
}

export type IsoParse = { ok: true; date: Date } | { ok: false; problem: string };

/** Strict "YYYY-MM-DD" parser that also rejects impossible dates like 2021-02-30. */
export function parseIsoDate(text: string): IsoParse {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return { ok: false, problem: "verwacht formaat JJJJ-MM-DD" };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const problem = dateProblem(year, month, day);
  if (problem) return { ok: false, problem };
  return { ok: true, date: makeDate(year, month, day) };
}

/** For ISO strings already validated elsewhere (calendar data). */
export function isoToDate(text: string): Date {
  const parsed = parseIsoDate(text);
  if (!parsed.ok) throw new RangeError(`Ongeldige kalenderdatum "${text}": ${parsed.problem}`);
  return parsed.date;
}
