/**
 * The parliamentary calendar as data: fixed-rule days (Prinsjesdag, Verantwoordingsdag),
 * recesses (a table of known dates plus a default rule for other years) and the
 * Voorjaars-/Najaarsnota windows. Everything can be overridden, because the Kamer
 * sets its recesses per year and a register must be able to correct them.
 */
import { addDays, getDay, previousFriday, setISOWeek, startOfISOWeek } from "date-fns";
import { compareDays, makeDate, parseIsoDate, toIso } from "./calendar-date";
import { TWEEDE_KAMER_RECESSES } from "./recess-table";

export type RecessName = "zomerreces" | "kerstreces" | "voorjaarsreces" | "meireces" | "herfstreces";
/** "krokusreces" is the colloquial name of the voorjaarsreces. */
export type RecessAlias = RecessName | "krokusreces";

/** Inclusive range of ISO dates. */
export interface IsoRange {
  start: string;
  end: string;
}

export type CalendarSource = "table" | "override" | "default";

export interface RecessPeriod extends IsoRange {
  name: RecessName;
  year: number;
  source: CalendarSource;
}

export interface NotaWindow extends IsoRange {
  source: CalendarSource;
}

export interface ParliamentaryCalendarOverrides {
  prinsjesdag?: Record<number, string>;
  verantwoordingsdag?: Record<number, string>;
  recesses?: Partial<Record<RecessAlias, Record<number, IsoRange>>>;
  voorjaarsnota?: Record<number, IsoRange>;
  najaarsnota?: Record<number, IsoRange>;
}

export interface ParliamentaryCalendar {
  /** ISO date of Prinsjesdag: the budget for year + 1 is presented that day. */
  prinsjesdag(year: number): string;
  /** ISO date of Verantwoordingsdag: the jaarverslagen over year - 1 are presented that day. */
  verantwoordingsdag(year: number): string;
  recess(name: RecessAlias, year: number): RecessPeriod;
  voorjaarsnota(year: number): NotaWindow;
  najaarsnota(year: number): NotaWindow;
}

export const RECESS_NAMES: readonly RecessName[] = ["voorjaarsreces", "meireces", "zomerreces", "herfstreces", "kerstreces"];

const FRIDAY = 5;

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`Ongeldig jaar voor de parlementaire kalender: ${year}`);
  }
}

/** nth (1-based) given weekday (0 = zondag) of a month (1-based). */
function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): Date {
  const first = makeDate(year, month, 1);
  const offset = (weekday - getDay(first) + 7) % 7;
  return addDays(first, offset + 7 * (nth - 1));
}

function fridayOfIsoWeek(year: number, week: number): Date {
  // 4 January always lies in ISO week 1 of its own year.
  return addDays(startOfISOWeek(setISOWeek(makeDate(year, 1, 4), week)), 4);
}

function range(start: Date, end: Date): IsoRange {
  return { start: toIso(start), end: toIso(end) };
}

/** Third Tuesday of September (Grondwet art. 65). */
export function defaultPrinsjesdag(year: number): string {
  assertYear(year);
  return toIso(nthWeekdayOfMonth(year, 9, 2, 3));
}

/** Third Wednesday of May (Comptabiliteitswet). */
export function defaultVerantwoordingsdag(year: number): string {
  assertYear(year);
  return toIso(nthWeekdayOfMonth(year, 5, 3, 3));
}

/**
 * Default recess rules, fitted to the recent Tweede Kamer pattern (Friday up to and
 * including a Monday). They reproduce every 2023 and 2024 table entry; the zomerreces
 * of 2021 (move to the temporary building) and 2022 (a week later) deviate.
 */
export function defaultRecess(name: RecessAlias, year: number): IsoRange {
  assertYear(year);
  switch (name) {
    case "zomerreces": {
      // First Friday of July, eight weeks plus a long weekend.
      const start = nthWeekdayOfMonth(year, 7, FRIDAY, 1);
      return range(start, addDays(start, 59));
    }
    case "kerstreces": {
      // Friday before Christmas, three weeks plus a long weekend (into January).
      const start = previousFriday(makeDate(year, 12, 25));
      return range(start, addDays(start, 24));
    }
    case "voorjaarsreces":
    case "krokusreces": {
      // Week 8, around the krokusvakantie: Friday of week 7 to Monday of week 9.
      const start = fridayOfIsoWeek(year, 7);
      return range(start, addDays(start, 10));
    }
    case "meireces": {
      // Friday before Koningsdag (27 April) through two weeks that include 4 and 5 May.
      const start = previousFriday(makeDate(year, 4, 27));
      return range(start, addDays(start, 17));
    }
    case "herfstreces": {
      // Week 42, around the herfstvakantie: Friday of week 41 to Monday of week 43.
      const start = fridayOfIsoWeek(year, 41);
      return range(start, addDays(start, 10));
    }
  }
}

export function canonicalRecessName(name: RecessAlias): RecessName {
  return name === "krokusreces" ? "voorjaarsreces" : name;
}

function checkedDate(value: string, what: string): string {
  const parsed = parseIsoDate(value);
  if (!parsed.ok) throw new RangeError(`Ongeldige datum "${value}" voor ${what}: ${parsed.problem}`);
  return value;
}

function checkedRange(value: IsoRange, what: string): IsoRange {
  const start = parseIsoDate(checkedDate(value.start, what));
  const end = parseIsoDate(checkedDate(value.end, what));
  if (start.ok && end.ok && compareDays(end.date, start.date) < 0) {
    throw new RangeError(`Ongeldige periode voor ${what}: einde ${value.end} ligt vóór begin ${value.start}`);
  }
  return { start: value.start, end: value.end };
}

/**
 * Builds a calendar where overrides win over the built-in table, which wins over the
 * default rules. Overrides are validated eagerly so a typo fails at start-up rather
 * than in the middle of resolving a phrase.
 */
export function createParliamentaryCalendar(overrides: ParliamentaryCalendarOverrides = {}): ParliamentaryCalendar {
  const prinsjesdagen = new Map<number, string>();
  for (const [year, date] of Object.entries(overrides.prinsjesdag ?? {})) {
    prinsjesdagen.set(Number(year), checkedDate(date, `Prinsjesdag ${year}`));
  }
  const verantwoordingsdagen = new Map<number, string>();
  for (const [year, date] of Object.entries(overrides.verantwoordingsdag ?? {})) {
    verantwoordingsdagen.set(Number(year), checkedDate(date, `Verantwoordingsdag ${year}`));
  }
  const recessOverrides = new Map<string, IsoRange>();
  for (const [name, years] of Object.entries(overrides.recesses ?? {})) {
    for (const [year, value] of Object.entries(years ?? {})) {
      const canonical = canonicalRecessName(name as RecessAlias);
      recessOverrides.set(`${canonical}:${year}`, checkedRange(value, `${name} ${year}`));
    }
  }
  const nota = (table: Record<number, IsoRange> | undefined, what: string) => {
    const map = new Map<number, IsoRange>();
    for (const [year, value] of Object.entries(table ?? {})) map.set(Number(year), checkedRange(value, `${what} ${year}`));
    return map;
  };
  const voorjaarsnotas = nota(overrides.voorjaarsnota, "Voorjaarsnota");
  const najaarsnotas = nota(overrides.najaarsnota, "Najaarsnota");

  return {
    prinsjesdag: (year) => prinsjesdagen.get(year) ?? defaultPrinsjesdag(year),
    verantwoordingsdag: (year) => verantwoordingsdagen.get(year) ?? defaultVerantwoordingsdag(year),
    recess(name, year) {
      assertYear(year);
      const canonical = canonicalRecessName(name);
      const override = recessOverrides.get(`${canonical}:${year}`);
      if (override) return { ...override, name: canonical, year, source: "override" };
      const known = TWEEDE_KAMER_RECESSES[canonical][year];
      if (known) return { ...known, name: canonical, year, source: "table" };
      return { ...defaultRecess(canonical, year), name: canonical, year, source: "default" };
    },
    voorjaarsnota(year) {
      assertYear(year);
      const known = voorjaarsnotas.get(year);
      // Legal deadline is 1 June; in practice it is sent in spring, hence the window from 1 March.
      return known ? { ...known, source: "override" } : { ...range(makeDate(year, 3, 1), makeDate(year, 6, 1)), source: "default" };
    },
    najaarsnota(year) {
      assertYear(year);
      const known = najaarsnotas.get(year);
      // Legal deadline is 1 December; it is usually sent in the second half of November.
      return known ? { ...known, source: "override" } : { ...range(makeDate(year, 11, 1), makeDate(year, 12, 1)), source: "default" };
    },
  };
}

export const defaultParliamentaryCalendar: ParliamentaryCalendar = createParliamentaryCalendar();

export function prinsjesdag(year: number): string {
  return defaultParliamentaryCalendar.prinsjesdag(year);
}

export function verantwoordingsdag(year: number): string {
  return defaultParliamentaryCalendar.verantwoordingsdag(year);
}

export function recess(name: RecessAlias, year: number): RecessPeriod {
  return defaultParliamentaryCalendar.recess(name, year);
}
