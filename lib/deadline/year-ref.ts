/**
 * Regex fragments shared by the grammar pieces. Each grammar regex is anchored and
 * ends with YEAR_REF so "mei", "mei 2022", "mei van volgend jaar" all parse alike.
 */
import type { YearRef } from "./period";

export const MONTH_PATTERN =
  "(?<month>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)\\.?";

const MONTH_INDEX: Record<string, number> = {
  jan: 1,
  feb: 2,
  mrt: 3,
  mar: 3,
  maa: 3 /* "maart" */,
  apr: 4,
  mei: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
};

export function monthNumber(name: string): number {
  const month = MONTH_INDEX[name.slice(0, 3)];
  if (month === undefined) throw new Error(`Onbekende maand: ${name}`);
  return month;
}

/** Optional trailing year: " 2022", " van 2022", " in het jaar 2022", " van volgend jaar", " over 2021". */
export const YEAR_REF =
  "(?:\\s+(?:(?:van|in|voor|over)\\s+)?(?:het\\s+)?(?:(?:kalender|begrotings)?jaar\\s+)?(?<year>\\d{4})" +
  "|\\s+(?:(?:van|in|voor|over)\\s+)?(?<rel>dit|volgend|komend|het volgende|het komende|vorig|het vorige|het)\\s+(?:kalender)?jaar)?";

const RELATIVE_OFFSET: Record<string, number> = {
  dit: 0,
  volgend: 1,
  komend: 1,
  "het volgende": 1,
  "het komende": 1,
  vorig: -1,
  "het vorige": -1,
};

export function yearRefFrom(groups: Record<string, string | undefined> | undefined): YearRef {
  const year = groups?.year;
  if (year) return { kind: "explicit", year: Number(year) };
  const rel = groups?.rel;
  if (rel) {
    const offset = RELATIVE_OFFSET[rel];
    // "het jaar" without qualification: the first one that fits.
    return offset === undefined ? { kind: "infer" } : { kind: "offset", offset };
  }
  return { kind: "infer" };
}

const ORDINALS: Record<string, number> = {
  eerste: 1,
  "1e": 1,
  "1ste": 1,
  tweede: 2,
  "2e": 2,
  "2de": 2,
  derde: 3,
  "3e": 3,
  "3de": 3,
  vierde: 4,
  "4e": 4,
  "4de": 4,
};

export const ORDINAL_PATTERN = "(?<ord>eerste|1e|1ste|tweede|2e|2de|derde|3e|3de|vierde|4e|4de|laatste)";

/** "laatste" depends on how many parts there are (kwartaal: 4, helft: 2). */
export function ordinalNumber(word: string, last: number): number {
  return word === "laatste" ? last : (ORDINALS[word] ?? Number.NaN);
}

export function compile(pattern: string): RegExp {
  return new RegExp(`^${pattern}$`);
}
