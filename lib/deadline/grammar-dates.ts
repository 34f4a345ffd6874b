/** Days, ISO weeks and whole months: "1 juli 2022", "1-7-2022", "week 12", "mei 2022". */
import { addDays, addMonths, addWeeks, getISOWeek, getISOWeeksInYear, lastDayOfMonth, setISOWeek, startOfISOWeek, startOfMonth } from "date-fns";
import { MONTH_NAMES, dateProblem, formatDutch, makeDate, weekdayName } from "./calendar-date";
import { invalidDate } from "./errors";
import type { Grammar, Target, YearRef } from "./period";
import { MONTH_PATTERN, YEAR_REF, compile, monthNumber, yearRefFrom } from "./year-ref";

const WEEKDAY = "(?<weekday>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)";

const DAY_MONTH = compile(`(?:${WEEKDAY}\\s+)?(?<day>\\d{1,2})(?:e|ste|de)?\\s+${MONTH_PATTERN}${YEAR_REF}`);
const NUMERIC_DMY = compile(`(?:${WEEKDAY}\\s+)?(?<day>\\d{1,2})[-/.](?<month>\\d{1,2})[-/.](?<year>\\d{4})`);
const NUMERIC_YMD = compile(`(?<year>\\d{4})[-/](?<month>\\d{1,2})[-/](?<day>\\d{1,2})`);
const WEEK = compile(`(?:de\\s+)?(?:kalender)?(?:week|wk)\\.?\\s*(?<week>\\d{1,2})${YEAR_REF}`);
const MONTH = compile(`(?:de\\s+maand\\s+)?${MONTH_PATTERN}${YEAR_REF}`);
// Without an article "komende week" is the next calendar week; "de komende week" is seven days (grammar-relative).
const THIS_OR_NEXT = compile(`(?<which>deze|volgende|komende)\\s+(?<unit>week|maand)`);

function dayTarget(day: number, month: number, year: YearRef, weekday: string | undefined): Target {
  return {
    year,
    build(y, ctx) {
      const problem = dateProblem(y, month, day);
      if (problem) throw invalidDate(ctx.phrase, problem);
      const date = makeDate(y, month, day);
      // A weekday that contradicts the date is a typo we would rather report than guess.
      if (weekday && weekdayName(date) !== weekday) {
        throw invalidDate(ctx.phrase, `${formatDutch(date)} is een ${weekdayName(date)}, geen ${weekday}`);
      }
      return { start: date, end: date, precision: "day", label: formatDutch(date) };
    },
  };
}

export const parseDate: Grammar = (text) => {
  const named = DAY_MONTH.exec(text);
  if (named?.groups) {
    const { day, month, weekday } = named.groups;
    return dayTarget(Number(day), monthNumber(month ?? ""), yearRefFrom(named.groups), weekday);
  }
  const numeric = NUMERIC_DMY.exec(text) ?? NUMERIC_YMD.exec(text);
  if (numeric?.groups) {
    const { day, month, year, weekday } = numeric.groups;
    return dayTarget(Number(day), Number(month), { kind: "explicit", year: Number(year) }, weekday);
  }
  return null;
};

export const parseWeek: Grammar = (text) => {
  const match = WEEK.exec(text);
  if (!match?.groups) return null;
  const week = Number(match.groups.week);
  return {
    year: yearRefFrom(match.groups),
    build(y, ctx) {
      // ISO 8601 weeks (Monday-Sunday), as used on Dutch calendars; 4 January is always in week 1.
      const jan4 = makeDate(y, 1, 4);
      const weeks = getISOWeeksInYear(jan4);
      if (week < 1 || week > weeks) throw invalidDate(ctx.phrase, `${y} heeft ${weeks} weken`);
      const start = startOfISOWeek(setISOWeek(jan4, week));
      return { start, end: addDays(start, 6), precision: "week", label: `week ${week} van ${y}` };
    },
  };
};

export const parseMonth: Grammar = (text) => {
  const match = MONTH.exec(text);
  if (!match?.groups) return null;
  const month = monthNumber(match.groups.month ?? "");
  return {
    year: yearRefFrom(match.groups),
    build(y) {
      const start = makeDate(y, month, 1);
      return {
        start,
        end: lastDayOfMonth(start),
        precision: "month",
        label: `${MONTH_NAMES[month - 1]} ${y}`,
      };
    },
  };
};

/** "deze week", "volgende week", "deze maand", "volgende maand": calendar units around madeOn. */
export const parseThisOrNextUnit: Grammar = (text) => {
  const match = THIS_OR_NEXT.exec(text);
  if (!match?.groups) return null;
  const offset = match.groups.which === "deze" ? 0 : 1;
  const isWeek = match.groups.unit === "week";
  return {
    year: { kind: "none" },
    build(_y, ctx) {
      if (isWeek) {
        const start = addWeeks(startOfISOWeek(ctx.madeOn), offset);
        return { start, end: addDays(start, 6), precision: "week", label: `week ${getISOWeek(start)} van ${start.getFullYear()}` };
      }
      const start = addMonths(startOfMonth(ctx.madeOn), offset);
      return {
        start,
        end: lastDayOfMonth(start),
        precision: "month",
        label: `${MONTH_NAMES[start.getMonth()]} ${start.getFullYear()}`,
      };
    },
  };
};
