/**
 * "begin", "medio" and "eind" of a month, quarter, half-year, season or year: the
 * first, middle or last third of it. One rule for every period keeps the register
 * predictable: begin 2023 = januari-april, eind mei = 21-31 mei.
 */
import { addDays, addMonths, differenceInCalendarMonths } from "date-fns";
import type { Grammar, Period, Target } from "./period";
import { dayAfter, dayBefore } from "./period";
import type { DeadlinePrecision } from "./types";
import { compile } from "./year-ref";

type Part = "begin" | "medio" | "eind";

const PART = compile(`(?:aan\\s+)?(?:het\\s+)?(?<part>begin|start|aanvang|medio|midden|half|halverwege|eind|einde)(?:\\s+van)?\\s+(?<rest>.+)`);
const PART_WORDS: Record<string, Part> = {
  begin: "begin",
  start: "begin",
  aanvang: "begin",
  medio: "medio",
  midden: "medio",
  half: "medio",
  halverwege: "medio",
  eind: "eind",
  einde: "eind",
};
/** Inside "eind van het komende jaar" the rolling reading makes no sense; it is next calendar year. */
const COMING_YEAR = /^(?:het\s+)?komende?\s+jaar$/;

const FINER: Partial<Record<DeadlinePrecision, DeadlinePrecision>> = {
  month: "week",
  quarter: "month",
  season: "month",
  "half-year": "month",
  year: "quarter",
};

function partLabel(part: Part, period: Period): string {
  if (period.precision === "year") return `${part} ${period.start.getFullYear()}`;
  return /^(de|het) /.test(period.label) ? `${part} van ${period.label}` : `${part} ${period.label}`;
}

export function splitPeriod(period: Period, part: Part): Period {
  let bounds: [Date, Date];
  if (period.precision === "month") {
    // Thirds of a month in whole days: 1-10, 11-20, 21-end.
    const offsets: Record<Part, [number, number | null]> = { begin: [0, 9], medio: [10, 19], eind: [20, null] };
    const [from, to] = offsets[part];
    bounds = [addDays(period.start, from), to === null ? period.end : addDays(period.start, to)];
  } else {
    const third = (differenceInCalendarMonths(period.end, period.start) + 1) / 3;
    const index = { begin: 0, medio: 1, eind: 2 }[part];
    const start = addMonths(period.start, third * index);
    bounds = [start, part === "eind" ? period.end : dayBefore(addMonths(start, third))];
  }
  const label = partLabel(part, period);
  return {
    start: bounds[0],
    end: bounds[1],
    precision: FINER[period.precision] ?? period.precision,
    label,
    // "vóór eind 2022" means before 2022 is over, not before the last third starts.
    ...(part === "eind" ? { before: { date: dayAfter(period.end), note: `'vóór ${label}' lezen we als vóór het einde van ${period.label}` } } : {}),
  };
}

/** inner: the grammars whose periods can be divided in thirds. */
export function makeParsePart(inner: readonly Grammar[]): Grammar {
  return (text) => {
    const match = PART.exec(text);
    const part = PART_WORDS[match?.groups?.part ?? ""];
    const rawRest = match?.groups?.rest;
    if (!part || rawRest === undefined) return null;
    const rest = COMING_YEAR.test(rawRest) ? "volgend jaar" : rawRest;
    for (const grammar of inner) {
      const target = grammar(rest);
      if (target && !("open" in target)) {
        const wrapped: Target = { year: target.year, build: (y, ctx) => splitPeriod(target.build(y, ctx), part) };
        return wrapped;
      }
    }
    return null;
  };
}
