import { describe, expect, it } from "vitest";
import { resolveDeadline } from "./index";
import { expectDeadline } from "./test-support";

const MADE = "2021-07-02"; // a Friday

describe("durations counted from madeOn", () => {
  it.each([
    ["binnen drie weken", "2021-07-23", "week"],
    ["binnen 3 weken", "2021-07-23", "week"],
    ["binnen een maand", "2021-08-02", "month"],
    ["binnen één maand", "2021-08-02", "month"],
    ["binnen twee jaar", "2023-07-02", "year"],
    ["binnen twintig dagen", "2021-07-22", "day"],
    ["binnen tien werkdagen", "2021-07-16", "day"],
    ["binnen anderhalf jaar", "2023-01-02", "half-year"],
    ["binnen twee kwartalen", "2022-01-02", "quarter"],
    ["de komende maanden", "2021-10-02", "month"],
    ["in de komende vierentwintig maanden", "2023-07-02", "month"],
    ["de komende twee jaar", "2023-07-02", "year"],
  ] as const)("%s is a window from madeOn", (phrase, latest, precision) => {
    expectDeadline(phrase, MADE, { earliest: MADE, latest, precision });
  });

  it.each([
    ["over zes maanden", "2022-01-02", "month"],
    ["over een half jaar", "2022-01-02", "half-year"],
    ["over twaalf weken", "2021-09-24", "week"],
    ["in drie weken", "2021-07-23", "week"],
  ] as const)("%s names the moment itself", (phrase, moment, precision) => {
    expectDeadline(phrase, MADE, { earliest: moment, latest: moment, precision });
  });

  it("month arithmetic clamps to the end of shorter months", () => {
    expectDeadline("binnen een maand", "2021-01-31", { earliest: "2021-01-31", latest: "2021-02-28", precision: "month" });
  });
});

describe("open phrases", () => {
  it.each([
    "op korte termijn",
    "zo spoedig mogelijk",
    "zo snel mogelijk",
    "z.s.m.",
    "ZSM",
    "nog nader te bepalen",
    "nader te bepalen",
    "te zijner tijd",
    "binnenkort",
    "onbekend",
  ])("%s has no range", (phrase) => {
    const result = resolveDeadline(phrase, MADE);
    expect(result).toMatchObject({ earliest: null, latest: null, precision: "open", open: true });
    expect(result.explanation).toMatch(/^Geen/);
  });
});

describe("input tolerance", () => {
  it("ignores case, accents, line breaks, extra spaces and trailing punctuation", () => {
    expectDeadline("  Uiterlijk\n in het VOORJAAR   van 2022. ", MADE, {
      earliest: MADE,
      latest: "2022-05-31",
      precision: "season",
    });
    expectDeadline("Vóór de zomer!", "2021-06-10", { earliest: "2021-06-10", latest: "2021-07-01", precision: "season" });
    expectDeadline("“Q3 2022”;", MADE, { earliest: "2022-07-01", latest: "2022-09-30", precision: "quarter" });
  });

  it("finds a deadline phrase inside a sentence", () => {
    const result = expectDeadline("deze evaluatie vindt uiterlijk in 2025 plaats", MADE, {
      earliest: MADE,
      latest: "2025-12-31",
      precision: "year",
    });
    expect(result.explanation).toContain('"uiterlijk in 2025"');
    expect(resolveDeadline("Het kabinet komt op korte termijn met een brief.", MADE).open).toBe(true);
  });

  it("does not silently drop a misspelled part of a sentence", () => {
    // Reading only "2022" or an inferred spring here would hide the typo.
    expect(() => resolveDeadline("uiterlijk in het vooorjaar van 2022", MADE)).toThrow(expect.objectContaining({ code: "unrecognized" }));
    expect(() => resolveDeadline("uiterlijk in het voorjaar van 20222", MADE)).toThrow(expect.objectContaining({ code: "unrecognized" }));
  });
});
