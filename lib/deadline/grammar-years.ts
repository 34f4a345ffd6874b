/** Whole calendar years: "2025", "in 2025", "dit jaar", "volgend jaar", "later dit jaar". */
import { makeDate } from "./calendar-date";
import type { Grammar, Period, Target } from "./period";
import { compile } from "./year-ref";

const YEAR = compile(`(?:het\\s+)?(?:(?:kalender)?jaar\\s+)?(?<year>\\d{4})`);
// "het komende jaar" is deliberately absent: it means the coming twelve months (grammar-relative).
const RELATIVE_YEAR = compile(`(?:nog\\s+)?(?<rel>dit|volgend|komend|het volgende)\\s+(?:kalender)?jaar`);
// Bare "het jaar" only makes sense inside "eind van het jaar"; standalone it would match "in het jaar des Heren".
const THE_YEAR = compile(`het\\s+jaar`);
const LATER_THIS_YEAR = compile(`later\\s+(?:dit\\s+jaar|in\\s+het\\s+jaar|in\\s+dit\\s+jaar)`);

export function yearPeriod(y: number): Period {
  return { start: makeDate(y, 1, 1), end: makeDate(y, 12, 31), precision: "year", label: `het jaar ${y}` };
}

const yearTarget = (target: Target["year"]): Target => ({ year: target, build: (y) => yearPeriod(y) });

export const parseYear: Grammar = (text) => {
  const explicit = YEAR.exec(text);
  if (explicit?.groups) return yearTarget({ kind: "explicit", year: Number(explicit.groups.year) });
  const relative = RELATIVE_YEAR.exec(text);
  if (relative?.groups) {
    return yearTarget({ kind: "offset", offset: relative.groups.rel === "dit" ? 0 : 1 });
  }
  if (LATER_THIS_YEAR.test(text)) {
    return {
      year: { kind: "offset", offset: 0 },
      // "later" rules out the part of the year already behind us.
      build: (y, ctx) => ({ ...yearPeriod(y), start: ctx.madeOn, label: `de rest van ${y}` }),
    };
  }
  return null;
};

/** For "begin/medio/eind van het jaar": the first such part at or after madeOn. */
export const parseTheYear: Grammar = (text) => (THE_YEAR.test(text) ? yearTarget({ kind: "infer" }) : null);
