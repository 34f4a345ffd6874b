/**
 * Durations counted from the day the commitment was made: "binnen drie weken",
 * "over zes maanden", "de komende maanden", "het komende jaar".
 */
import { addBusinessDays, addDays, addMonths, addWeeks, addYears } from "date-fns";
import { formatDutch } from "./calendar-date";
import { NUMBER_PATTERN, parseDutchNumber } from "./dutch-numbers";
import { invalidDate } from "./errors";
import type { Grammar, Target } from "./period";
import type { DeadlinePrecision } from "./types";
import { compile } from "./year-ref";

type Unit = "dag" | "werkdag" | "week" | "maand" | "kwartaal" | "jaar";

const UNIT_WORDS: Record<string, Unit> = {
  dag: "dag",
  dagen: "dag",
  werkdag: "werkdag",
  werkdagen: "werkdag",
  week: "week",
  weken: "week",
  maand: "maand",
  maanden: "maand",
  kwartaal: "kwartaal",
  kwartalen: "kwartaal",
  jaar: "jaar",
  jaren: "jaar",
};
const UNIT_PATTERN = "(?<unit>dagen|dag|werkdagen|werkdag|weken|week|maanden|maand|kwartalen|kwartaal|jaren|jaar)";

const PRECISION: Record<Unit, DeadlinePrecision> = {
  dag: "day",
  werkdag: "day",
  week: "week",
  maand: "month",
  kwartaal: "quarter",
  jaar: "year",
};

/** "binnen" gives a window up to the moment; "over"/"na"/"in" name the moment itself. */
const COUNTED = compile(
  `(?<prep>binnen|over|na|in)\\s+(?:nu\\s+en\\s+|(?<coming>de\\s+komende\\s+)|uiterlijk\\s+)?(?<num>${NUMBER_PATTERN})\\s+${UNIT_PATTERN}`,
);
const HALF_YEAR = compile(`(?<prep>binnen|over|na|in)\\s+(?:nu\\s+en\\s+)?(?<half>(?:een\\s+)?half\\s*jaar|anderhalf\\s+jaar)`);
const COMING = compile(`(?:de|het)\\s+komende?\\s+(?:(?<num>${NUMBER_PATTERN})\\s+)?${UNIT_PATTERN}`);

/** Unnumbered plurals ("de komende maanden") are read as three, "a few"; a singular as one. */
const FEW = 3;
const PLURALS = new Set(["dagen", "werkdagen", "weken", "maanden", "kwartalen", "jaren"]);

function add(date: Date, amount: number, unit: Unit): Date {
  switch (unit) {
    case "dag":
      return addDays(date, amount);
    // Weekends only; public holidays are not modelled.
    case "werkdag":
      return addBusinessDays(date, amount);
    case "week":
      return addWeeks(date, amount);
    case "maand":
      return addMonths(date, amount);
    case "kwartaal":
      return addMonths(date, amount * 3);
    case "jaar":
      return addYears(date, amount);
  }
}

function unitLabel(amount: number, unit: Unit): string {
  const plural: Record<Unit, string> = {
    dag: "dagen",
    werkdag: "werkdagen",
    week: "weken",
    maand: "maanden",
    kwartaal: "kwartalen",
    jaar: "jaar",
  };
  return `${amount} ${amount === 1 ? unit : plural[unit]}`;
}

function durationTarget(amount: number, unit: Unit, window: boolean, precision: DeadlinePrecision, what = unitLabel(amount, unit)): Target {
  return {
    year: { kind: "none" },
    build(_year, ctx) {
      if (amount <= 0) throw invalidDate(ctx.phrase, `een termijn van ${what} is geen termijn`);
      const moment = add(ctx.madeOn, amount, unit);
      const since = `na de toezegging op ${formatDutch(ctx.madeOn)}`;
      return window
        ? { start: ctx.madeOn, end: moment, precision, label: `binnen ${what} ${since}` }
        : { start: moment, end: moment, precision, label: `${what} ${since}` };
    },
  };
}

export const parseRelative: Grammar = (text) => {
  const counted = COUNTED.exec(text);
  if (counted?.groups) {
    const amount = parseDutchNumber(counted.groups.num ?? "");
    const unit = UNIT_WORDS[counted.groups.unit ?? ""];
    // Not a number ("anderhalf"): let the patterns below try.
    if (amount !== null && unit) {
      // "in de komende drie maanden" is a window like "binnen drie maanden"; "in drie maanden" is a moment.
      const window = counted.groups.prep === "binnen" || counted.groups.coming !== undefined;
      return durationTarget(amount, unit, window, PRECISION[unit]);
    }
  }
  const half = HALF_YEAR.exec(text);
  if (half?.groups) {
    const months = half.groups.half?.startsWith("anderhalf") ? 18 : 6;
    const what = months === 18 ? "anderhalf jaar" : "een half jaar";
    return durationTarget(months, "maand", half.groups.prep === "binnen", "half-year", what);
  }
  const coming = COMING.exec(text);
  if (coming?.groups) {
    const unitWord = coming.groups.unit ?? "";
    const unnumbered = PLURALS.has(unitWord) ? FEW : 1;
    const amount = coming.groups.num === undefined ? unnumbered : parseDutchNumber(coming.groups.num);
    const unit = UNIT_WORDS[unitWord];
    if (amount === null || !unit) return null;
    return durationTarget(amount, unit, true, PRECISION[unit]);
  }
  return null;
};
