import { getDay } from "date-fns";
import { describe, expect, it } from "vitest";
import { isoToDate } from "./calendar-date";
import {
  RECESS_NAMES,
  TWEEDE_KAMER_RECESSES,
  createParliamentaryCalendar,
  defaultRecess,
  prinsjesdag,
  recess,
  resolveDeadline,
  verantwoordingsdag,
} from "./index";

describe("Prinsjesdag and Verantwoordingsdag", () => {
  it.each([
    [2021, "2021-09-21"],
    [2022, "2022-09-20"],
    [2023, "2023-09-19"],
    [2024, "2024-09-17"],
    [2025, "2025-09-16"],
  ])("Prinsjesdag %i is the third Tuesday of September", (year, expected) => {
    expect(prinsjesdag(year)).toBe(expected);
  });

  it.each([
    [2021, "2021-05-19"],
    [2022, "2022-05-18"],
    [2024, "2024-05-15"],
  ])("Verantwoordingsdag %i is the third Wednesday of May", (year, expected) => {
    expect(verantwoordingsdag(year)).toBe(expected);
  });

  it("rejects a non-year", () => {
    expect(() => prinsjesdag(2022.5)).toThrow(RangeError);
  });
});

describe("recesses", () => {
  it("returns the table entry when the dates are known", () => {
    expect(recess("zomerreces", 2022)).toEqual({
      name: "zomerreces",
      year: 2022,
      start: "2022-07-08",
      end: "2022-09-05",
      source: "table",
    });
    expect(recess("kerstreces", 2023)).toMatchObject({ start: "2023-12-22", end: "2024-01-15", source: "table" });
  });

  it("krokusreces is an alias of voorjaarsreces", () => {
    expect(recess("krokusreces", 2024)).toMatchObject({ name: "voorjaarsreces", start: "2024-02-16", end: "2024-02-26" });
  });

  it("falls back to the default rule for unknown years", () => {
    // First Friday of July 2027 is 2 juli; eight weeks and a long weekend later is Monday 30 augustus.
    expect(recess("zomerreces", 2027)).toMatchObject({ start: "2027-07-02", end: "2027-08-30", source: "default" });
    // 25 december 2021 is a Saturday, so the kerstreces starts on Friday 24 december.
    expect(recess("kerstreces", 2021)).toMatchObject({ start: "2021-12-24", end: "2022-01-17", source: "default" });
  });

  it("the default rules reproduce the verified 2023 and 2024 recesses", () => {
    for (const name of RECESS_NAMES) {
      for (const year of [2023, 2024]) {
        const known = TWEEDE_KAMER_RECESSES[name][year];
        if (known) expect(defaultRecess(name, year), `${name} ${year}`).toEqual(known);
      }
    }
  });

  it("every default recess runs from a Friday up to and including a Monday", () => {
    for (const name of RECESS_NAMES) {
      for (let year = 2020; year <= 2035; year++) {
        const { start, end } = defaultRecess(name, year);
        expect(getDay(isoToDate(start)), `${name} ${year} start`).toBe(5);
        expect(getDay(isoToDate(end)), `${name} ${year} end`).toBe(1);
      }
    }
  });
});

describe("createParliamentaryCalendar overrides", () => {
  const calendar = createParliamentaryCalendar({
    prinsjesdag: { 2022: "2022-09-13" },
    verantwoordingsdag: { 2022: "2022-05-25" },
    recesses: {
      zomerreces: { 2025: { start: "2025-07-04", end: "2025-09-01" } },
      krokusreces: { 2025: { start: "2025-02-14", end: "2025-02-24" } },
    },
  });

  it("overrides win over rules and table; other years keep the defaults", () => {
    expect(calendar.prinsjesdag(2022)).toBe("2022-09-13");
    expect(calendar.prinsjesdag(2023)).toBe("2023-09-19");
    expect(calendar.recess("zomerreces", 2025)).toMatchObject({ start: "2025-07-04", source: "override" });
    expect(calendar.recess("voorjaarsreces", 2025)).toMatchObject({ start: "2025-02-14", source: "override" });
    expect(calendar.recess("zomerreces", 2022)).toMatchObject({ start: "2022-07-08", source: "table" });
  });

  it("the resolver uses the calendar it is given", () => {
    expect(resolveDeadline("bij de begroting 2023", "2021-07-02", calendar).latest).toBe("2022-09-13");
    expect(resolveDeadline("in het jaarverslag over 2021", "2021-07-02", calendar).latest).toBe("2022-05-25");
    expect(resolveDeadline("voor de zomer van 2025", "2021-07-02", calendar).latest).toBe("2025-07-03");
    // The default calendar is untouched.
    expect(resolveDeadline("bij de begroting 2023", "2021-07-02").latest).toBe("2022-09-20");
  });

  it("rejects invalid override data up front", () => {
    expect(() => createParliamentaryCalendar({ prinsjesdag: { 2022: "2022-09-31" } })).toThrow(/Prinsjesdag 2022/);
    expect(() => createParliamentaryCalendar({ recesses: { meireces: { 2025: { start: "2025-05-12", end: "2025-04-25" } } } })).toThrow(/vóór begin/);
  });
});
