/** Quarters and halves of a calendar year: "Q3 2022", "het derde kwartaal", "de eerste helft van 2022". */
import { lastDayOfMonth } from "date-fns";
import { makeDate } from "./calendar-date";
import { invalidDate } from "./errors";
import type { Grammar, Target, YearRef } from "./period";
import { ORDINAL_PATTERN, YEAR_REF, compile, ordinalNumber, yearRefFrom } from "./year-ref";

const Q_FIRST = compile(`(?:het\\s+)?q(?<n>\\d)(?:\\s*-\\s*(?<year>\\d{4})|${YEAR_REF.replace("(?<year>", "(?<y2>")})`);
const YEAR_FIRST_Q = compile(`(?<year>\\d{4})\\s*-?\\s*q(?<n>\\d)`);
const ORDINAL_QUARTER = compile(`(?:het\\s+)?${ORDINAL_PATTERN}\\s+kwartaal${YEAR_REF}`);
const NUMBERED_QUARTER = compile(`(?:het\\s+)?kwartaal\\s+(?<n>\\d)${YEAR_REF}`);
const ORDINAL_HALF = compile(`(?:de\\s+|het\\s+)?${ORDINAL_PATTERN}\\s+(?:helft|halfjaar|half jaar|jaarhelft)${YEAR_REF}`);
const H_FIRST = compile(`h(?<n>\\d)(?:\\s*-\\s*|\\s+)(?<year>\\d{4})`);

const ORDINAL_WORDS = ["eerste", "tweede", "derde", "vierde"] as const;

function quarterTarget(quarter: number, year: YearRef): Target {
  return {
    year,
    build(y, ctx) {
      if (!(quarter >= 1 && quarter <= 4)) throw invalidDate(ctx.phrase, "een jaar heeft vier kwartalen");
      const start = makeDate(y, quarter * 3 - 2, 1);
      return {
        start,
        end: lastDayOfMonth(makeDate(y, quarter * 3, 1)),
        precision: "quarter",
        label: `het ${ORDINAL_WORDS[quarter - 1]} kwartaal van ${y}`,
      };
    },
  };
}

function halfTarget(half: number, year: YearRef): Target {
  return {
    year,
    build(y, ctx) {
      if (!(half === 1 || half === 2)) throw invalidDate(ctx.phrase, "een jaar heeft twee helften");
      const start = makeDate(y, half === 1 ? 1 : 7, 1);
      return {
        start,
        end: lastDayOfMonth(makeDate(y, half === 1 ? 6 : 12, 1)),
        precision: "half-year",
        label: `de ${ORDINAL_WORDS[half - 1]} helft van ${y}`,
      };
    },
  };
}

export const parseQuarter: Grammar = (text) => {
  const qFirst = Q_FIRST.exec(text);
  if (qFirst?.groups) {
    const { n, year, y2, rel } = qFirst.groups;
    return quarterTarget(Number(n), yearRefFrom({ year: year ?? y2, rel }));
  }
  const yearFirst = YEAR_FIRST_Q.exec(text);
  if (yearFirst?.groups) return quarterTarget(Number(yearFirst.groups.n), yearRefFrom(yearFirst.groups));
  const ordinal = ORDINAL_QUARTER.exec(text);
  if (ordinal?.groups) {
    return quarterTarget(ordinalNumber(ordinal.groups.ord ?? "", 4), yearRefFrom(ordinal.groups));
  }
  const numbered = NUMBERED_QUARTER.exec(text);
  if (numbered?.groups) return quarterTarget(Number(numbered.groups.n), yearRefFrom(numbered.groups));
  return null;
};

export const parseHalf: Grammar = (text) => {
  const ordinal = ORDINAL_HALF.exec(text);
  if (ordinal?.groups) return halfTarget(ordinalNumber(ordinal.groups.ord ?? "", 2), yearRefFrom(ordinal.groups));
  const hFirst = H_FIRST.exec(text);
  if (hFirst?.groups) return halfTarget(Number(hFirst.groups.n), yearRefFrom(hFirst.groups));
  return null;
};
