/**
 * Seasons (meteorological), recesses, Christmas and the turn of the year. "vóór de zomer"
 * and "na de zomer" follow Kamer usage and are anchored on the zomerreces.
 */
import { lastDayOfMonth } from "date-fns";
import { formatDutch, isoToDate, makeDate } from "./calendar-date";
import { invalidDate } from "./errors";
import type { RecessAlias } from "./parliamentary-calendar";
import type { BuildContext, Grammar, Period, Target, YearRef } from "./period";
import { dayAfter, dayBefore } from "./period";
import { YEAR_REF, compile, yearRefFrom } from "./year-ref";

const SEASON = compile(
  `(?:(?<prefix>de|het|deze|dit|komende?|aanstaande|volgende?)\\s+)?(?<season>voorjaar|lente|zomer|najaar|herfst|winter)(?:\\s+van)?${YEAR_REF}`,
);
const WINTER_PAIR = compile(`(?:de\\s+)?winter(?:\\s+van)?\\s+(?<year>\\d{4})\\s*[/-]\\s*(?<y2>\\d{4})`);
const RECESS = compile(`(?:het\\s+)?(?<name>zomer|kerst|voorjaars|krokus|mei|herfst)\\s*-?\\s*reces${YEAR_REF}`);
const CHRISTMAS = compile(`(?:de\\s+)?(?:kerst|kerstmis|kerstdagen)${YEAR_REF}`);
const TURN_OF_YEAR = compile(`(?:de\\s+)?(?:jaarwisseling|jaarovergang|oud en nieuw)(?:\\s+(?:van\\s+)?(?<year>\\d{4})\\s*(?:[/-]|op|naar)\\s*(?<y2>\\d{4}))?`);

type Season = "voorjaar" | "zomer" | "najaar" | "winter";
const SEASON_ALIASES: Record<string, Season> = {
  voorjaar: "voorjaar",
  lente: "voorjaar",
  zomer: "zomer",
  najaar: "najaar",
  herfst: "najaar",
  winter: "winter",
};

function recessRange(ctx: BuildContext, name: RecessAlias, year: number) {
  const recess = ctx.calendar.recess(name, year);
  return { start: isoToDate(recess.start), end: isoToDate(recess.end), source: recess.source };
}

/**
 * "na het X-reces" means the session period after it; that period ends, in practice, at
 * the next of the two long recesses: after the zomer- or herfstreces the kerstreces of the
 * same year, after the kerst- the zomerreces of the next year, after the voorjaars- or
 * meireces the zomerreces of the same year.
 */
const SESSION_ENDS: Record<RecessAlias, { recess: RecessAlias; nextYear: boolean }> = {
  zomerreces: { recess: "kerstreces", nextYear: false },
  herfstreces: { recess: "kerstreces", nextYear: false },
  kerstreces: { recess: "zomerreces", nextYear: true },
  voorjaarsreces: { recess: "zomerreces", nextYear: false },
  krokusreces: { recess: "zomerreces", nextYear: false },
  meireces: { recess: "zomerreces", nextYear: false },
};

function sessionEnd(ctx: BuildContext, after: RecessAlias, year: number): Period["customaryEnd"] {
  const next = SESSION_ENDS[after];
  const recess = recessRange(ctx, next.recess, next.nextYear ? year + 1 : year);
  return {
    date: dayBefore(recess.start),
    note: `schatting: de laatste dag vóór het ${next.recess}, dat op ${formatDutch(recess.start)} begint`,
  };
}

function seasonPeriod(season: Season, y: number, ctx: BuildContext): Period {
  switch (season) {
    case "voorjaar":
      return { start: makeDate(y, 3, 1), end: makeDate(y, 5, 31), precision: "season", label: `voorjaar ${y}` };
    case "najaar":
      return { start: makeDate(y, 9, 1), end: makeDate(y, 11, 30), precision: "season", label: `najaar ${y}` };
    case "winter":
      // Named after the year it starts in, like the kerstreces: winter 2022 = dec 2022 - feb 2023.
      return {
        start: makeDate(y, 12, 1),
        end: lastDayOfMonth(makeDate(y + 1, 2, 1)),
        precision: "season",
        label: `winter ${y}/${y + 1}`,
      };
    case "zomer": {
      const recess = recessRange(ctx, "zomerreces", y);
      return {
        start: makeDate(y, 6, 1),
        end: makeDate(y, 8, 31),
        precision: "season",
        label: `zomer ${y}`,
        before: {
          date: recess.start,
          note: `in Kamertaal is dat vóór het zomerreces, dat op ${formatDutch(recess.start)} begint`,
        },
        after: {
          date: dayAfter(recess.end),
          note: `in Kamertaal is dat na het zomerreces, dat t/m ${formatDutch(recess.end)} duurt`,
        },
        customaryEnd: sessionEnd(ctx, "zomerreces", y),
      };
    }
  }
}

function seasonYearRef(prefix: string | undefined, fromSuffix: YearRef): YearRef {
  if (fromSuffix.kind !== "infer") return fromSuffix;
  return prefix === "volgend" || prefix === "volgende" ? { kind: "next" } : { kind: "infer" };
}

export const parseSeason: Grammar = (text) => {
  const pair = WINTER_PAIR.exec(text);
  if (pair?.groups) {
    const first = Number(pair.groups.year);
    const second = Number(pair.groups.y2);
    return {
      year: { kind: "explicit", year: first },
      build(y, ctx) {
        if (second !== first + 1) throw invalidDate(ctx.phrase, "een winter loopt over twee opeenvolgende jaren");
        return seasonPeriod("winter", y, ctx);
      },
    };
  }
  const match = SEASON.exec(text);
  if (!match?.groups) return null;
  const season = SEASON_ALIASES[match.groups.season ?? ""];
  if (!season) return null;
  return {
    year: seasonYearRef(match.groups.prefix, yearRefFrom(match.groups)),
    build: (y, ctx) => seasonPeriod(season, y, ctx),
  };
};

const RECESS_NAMES: Record<string, RecessAlias> = {
  zomer: "zomerreces",
  kerst: "kerstreces",
  voorjaars: "voorjaarsreces",
  krokus: "voorjaarsreces",
  mei: "meireces",
  herfst: "herfstreces",
};

export const parseRecess: Grammar = (text) => {
  const match = RECESS.exec(text);
  const name = RECESS_NAMES[match?.groups?.name ?? ""];
  if (!match?.groups || !name) return null;
  return {
    year: yearRefFrom(match.groups),
    build(y, ctx) {
      const recess = recessRange(ctx, name, y);
      return {
        start: recess.start,
        end: recess.end,
        precision: "week",
        label: `het ${name} ${y}`,
        note: recess.source === "default" ? "recesdata geschat met de standaardregel (nog niet in de recestabel)" : "recesdata van de Tweede Kamer",
        customaryEnd: sessionEnd(ctx, name, y),
      };
    },
  };
};

export const parseChristmas: Grammar = (text) => {
  const match = CHRISTMAS.exec(text);
  if (!match?.groups) return null;
  return {
    year: yearRefFrom(match.groups),
    build(y, ctx) {
      const recess = recessRange(ctx, "kerstreces", y);
      return {
        start: makeDate(y, 12, 25),
        end: makeDate(y, 12, 26),
        precision: "day",
        label: `kerst ${y}`,
        before: { date: recess.start, note: `in Kamertaal is dat vóór het kerstreces, dat op ${formatDutch(recess.start)} begint` },
        after: { date: dayAfter(recess.end), note: `in Kamertaal is dat na het kerstreces, dat t/m ${formatDutch(recess.end)} duurt` },
        customaryEnd: sessionEnd(ctx, "kerstreces", y),
      };
    },
  };
};

export const parseTurnOfYear: Grammar = (text): Target | null => {
  const match = TURN_OF_YEAR.exec(text);
  if (!match) return null;
  const first = match.groups?.year ? Number(match.groups.year) : null;
  const second = match.groups?.y2 ? Number(match.groups.y2) : null;
  return {
    year: first === null ? { kind: "infer" } : { kind: "explicit", year: first },
    build(y, ctx) {
      if (first !== null && second !== first + 1) {
        throw invalidDate(ctx.phrase, "een jaarwisseling ligt tussen twee opeenvolgende jaren");
      }
      return {
        start: makeDate(y, 12, 15),
        end: makeDate(y + 1, 1, 15),
        precision: "month",
        label: `de jaarwisseling ${y}/${y + 1}`,
        note: "een maand rond 1 januari",
      };
    },
  };
};
