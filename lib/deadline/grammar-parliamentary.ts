/**
 * Moments of the budget cycle. The begroting and Miljoenennota for year Y are presented
 * on Prinsjesdag of Y-1; the jaarverslag over Y on Verantwoordingsdag of Y+1.
 */
import { isoToDate } from "./calendar-date";
import type { BuildContext, Grammar, Period, Target } from "./period";
import { dayAfter, dayBefore } from "./period";
import { YEAR_REF, compile, yearRefFrom } from "./year-ref";

const BUDGET = compile(`(?:de\\s+)?(?:\\((?:concept|ontwerp)-?\\)\\s*|(?:concept|ontwerp)\\s*-?\\s*|rijks)?(?<kind>begroting|miljoenennota)(?:en)?${YEAR_REF}`);
const PRINSJESDAG = compile(`(?:prinsjesdag|de\\s+derde\\s+dinsdag\\s+(?:van|in)\\s+september)${YEAR_REF}`);
const VERANTWOORDINGSDAG = compile(`(?:de\\s+)?(?:verantwoordingsdag|derde\\s+woensdag\\s+(?:van|in)\\s+mei)${YEAR_REF}`);
const ANNUAL_REPORT = compile(`(?:het\\s+|de\\s+)?(?:financieel\\s+)?(?:jaarverslag(?:en)?(?:\\s+van\\s+het\\s+rijk)?|jaarstukken)${YEAR_REF}`);
const NOTA = compile(`(?:de\\s+)?(?<kind>voorjaars|najaars)nota${YEAR_REF}`);
const BUDGET_DEBATE = compile(`(?:de\\s+)?(?:behandeling\\s+van\\s+de\\s+begroting(?:en)?|begrotingsbehandeling(?:en)?)${YEAR_REF}`);

function singleDay(iso: string, label: string, note: string): Period {
  const day = isoToDate(iso);
  return { start: day, end: day, precision: "day", label, note };
}

function prinsjesdagPeriod(y: number, ctx: BuildContext, note: string): Period {
  return singleDay(ctx.calendar.prinsjesdag(y), `Prinsjesdag ${y}`, note);
}

function verantwoordingsdagPeriod(y: number, ctx: BuildContext, note: string): Period {
  return singleDay(ctx.calendar.verantwoordingsdag(y), `Verantwoordingsdag ${y}`, note);
}

export const parseParliamentary: Grammar = (text): Target | null => {
  const budget = BUDGET.exec(text);
  if (budget?.groups) {
    const document = budget.groups.kind === "miljoenennota" ? "de Miljoenennota" : "de (concept)begroting";
    return {
      year: yearRefFrom(budget.groups),
      build: (y, ctx) => prinsjesdagPeriod(y - 1, ctx, `${document} ${y} wordt dan aangeboden`),
    };
  }
  const prinsjesdag = PRINSJESDAG.exec(text);
  if (prinsjesdag) {
    return {
      year: yearRefFrom(prinsjesdag.groups),
      build: (y, ctx) => prinsjesdagPeriod(y, ctx, `derde dinsdag van september; de begroting ${y + 1} wordt aangeboden`),
    };
  }
  const verantwoordingsdag = VERANTWOORDINGSDAG.exec(text);
  if (verantwoordingsdag) {
    return {
      year: yearRefFrom(verantwoordingsdag.groups),
      build: (y, ctx) => verantwoordingsdagPeriod(y, ctx, `derde woensdag van mei; de jaarverslagen over ${y - 1} worden aangeboden`),
    };
  }
  const report = ANNUAL_REPORT.exec(text);
  if (report) {
    return {
      year: yearRefFrom(report.groups),
      build: (y, ctx) => verantwoordingsdagPeriod(y + 1, ctx, `het jaarverslag over ${y} wordt dan aangeboden`),
    };
  }
  const nota = NOTA.exec(text);
  if (nota?.groups) {
    const spring = nota.groups.kind === "voorjaars";
    return {
      year: yearRefFrom(nota.groups),
      build(y, ctx): Period {
        const window = spring ? ctx.calendar.voorjaarsnota(y) : ctx.calendar.najaarsnota(y);
        const start = isoToDate(window.start);
        const end = isoToDate(window.end);
        const known = window.source !== "default";
        return {
          start,
          end,
          precision: window.start === window.end ? "day" : spring ? "season" : "month",
          label: `${spring ? "Voorjaarsnota" : "Najaarsnota"} ${y}`,
          note: known
            ? "datum volgens de parlementaire kalender"
            : spring
              ? "de minister van Financiën stuurt de Voorjaarsnota uiterlijk 1 juni naar de Kamer"
              : "de minister van Financiën stuurt de Najaarsnota uiterlijk 1 december naar de Kamer",
        };
      },
    };
  }
  const debate = BUDGET_DEBATE.exec(text);
  if (debate) {
    return {
      year: yearRefFrom(debate.groups),
      build(y, ctx): Period {
        const start = dayAfter(isoToDate(ctx.calendar.prinsjesdag(y - 1)));
        const end = dayBefore(isoToDate(ctx.calendar.recess("kerstreces", y - 1).start));
        return {
          start,
          end,
          precision: "season",
          label: `de begrotingsbehandelingen ${y}`,
          note: `de Kamer behandelt de begrotingen ${y} tussen Prinsjesdag ${y - 1} en het kerstreces`,
          // Which department's debate is meant is unknown, so only the end of the debating season is certain.
          before: {
            date: dayAfter(end),
            note: "welke begrotingsbehandeling bedoeld is, is onbekend; we rekenen tot de laatste vergaderdag voor het kerstreces",
          },
        };
      },
    };
  }
  return null;
};
