import { describe, expect, it } from "vitest";
import { resolveDeadline } from "./index";
import { expectDeadline } from "./test-support";

const day = (iso: string) => ({ earliest: iso, latest: iso, precision: "day" as const });

describe("single dates", () => {
  it.each(["1 juli 2022", "1-7-2022", "01/07/2022", "2022-07-01", "1e juli 2022", "op 1 jul. 2022", "vrijdag 1 juli 2022"])("%s is 1 juli 2022", (phrase) => {
    expectDeadline(phrase, "2021-07-02", day("2022-07-01"));
  });

  it("infers the year of a date without one: the first occurrence at or after madeOn", () => {
    expectDeadline("20 juni", "2021-07-01", day("2022-06-20"));
    expectDeadline("20 juni", "2021-06-20", day("2021-06-20"));
    expectDeadline("20 juni", "2021-06-19", day("2021-06-20"));
  });

  it("uiterlijk and voor a date", () => {
    expectDeadline("uiterlijk 1 juli 2022", "2021-07-02", { earliest: "2021-07-02", latest: "2022-07-01", precision: "day" });
    expectDeadline("vóór 1 juli 2022", "2021-07-02", { earliest: "2021-07-02", latest: "2022-06-30", precision: "day" });
    // "voor 1 juli" said on 1 July has no time left this year, so it is next year's 1 July.
    expectDeadline("voor 1 juli", "2021-07-01", { earliest: "2021-07-01", latest: "2022-06-30", precision: "day" });
  });

  it("na, vanaf and per a date", () => {
    expectDeadline("na 1 juli 2022", "2021-07-02", { earliest: "2022-07-02", latest: null, precision: "day" });
    expectDeadline("vanaf 1 juli 2022", "2021-07-02", { earliest: "2022-07-01", latest: null, precision: "day" });
    expectDeadline("per 1 januari 2023", "2021-07-02", day("2023-01-01"));
    expectDeadline("met ingang van 1 januari 2023", "2021-07-02", day("2023-01-01"));
  });

  it("accepts 29 februari only in leap years", () => {
    expectDeadline("29 februari 2024", "2021-07-02", day("2024-02-29"));
    // Without a year the next leap day is meant.
    expectDeadline("29 februari", "2021-07-02", day("2024-02-29"));
    expect(() => resolveDeadline("29 februari 2023", "2021-07-02")).toThrow(
      expect.objectContaining({ code: "invalid-date", message: expect.stringContaining("februari 2023 heeft 28 dagen") }),
    );
  });
});

describe("ISO weeks", () => {
  it("week 12 of an explicit year runs Monday to Sunday", () => {
    expectDeadline("in week 12 van 2022", "2021-07-02", { earliest: "2022-03-21", latest: "2022-03-27", precision: "week" });
    expectDeadline("week 12 2022", "2021-07-02", { earliest: "2022-03-21", latest: "2022-03-27", precision: "week" });
  });

  it("infers the year of a bare week number", () => {
    expectDeadline("week 12", "2021-07-01", { earliest: "2022-03-21", latest: "2022-03-27", precision: "week" });
    expectDeadline("week 12", "2021-03-01", { earliest: "2021-03-22", latest: "2021-03-28", precision: "week" });
  });

  it("week 53 exists only in long ISO years", () => {
    expectDeadline("week 53 van 2020", "2020-01-01", { earliest: "2020-12-28", latest: "2021-01-03", precision: "week" });
    expectDeadline("week 53", "2021-07-02", { earliest: "2026-12-28", latest: "2027-01-03", precision: "week" });
  });

  it("deze week and volgende week are calendar weeks around madeOn", () => {
    // 2 juli 2021 is the Friday of week 26.
    expectDeadline("deze week", "2021-07-02", { earliest: "2021-07-02", latest: "2021-07-04", precision: "week" });
    expectDeadline("volgende week", "2021-07-02", { earliest: "2021-07-05", latest: "2021-07-11", precision: "week" });
  });
});

describe("months and thirds of months", () => {
  it("a month without a year is the next one that has not passed", () => {
    expectDeadline("in mei", "2021-07-01", { earliest: "2022-05-01", latest: "2022-05-31", precision: "month" });
    // Said during May: the rest of this May.
    expectDeadline("in mei", "2021-05-15", { earliest: "2021-05-15", latest: "2021-05-31", precision: "month" });
  });

  it("a month with a year", () => {
    expectDeadline("mei 2022", "2021-07-01", { earliest: "2022-05-01", latest: "2022-05-31", precision: "month" });
    expectDeadline("uiterlijk in de maand mei van 2022", "2021-07-01", {
      earliest: "2021-07-01",
      latest: "2022-05-31",
      precision: "month",
    });
  });

  it("begin, medio and eind split a month in 1-10, 11-20 and 21-end", () => {
    expectDeadline("begin mei", "2021-07-01", { earliest: "2022-05-01", latest: "2022-05-10", precision: "week" });
    expectDeadline("medio mei", "2021-07-01", { earliest: "2022-05-11", latest: "2022-05-20", precision: "week" });
    expectDeadline("half mei", "2021-07-01", { earliest: "2022-05-11", latest: "2022-05-20", precision: "week" });
    expectDeadline("eind mei 2022", "2021-07-01", { earliest: "2022-05-21", latest: "2022-05-31", precision: "week" });
    expectDeadline("eind februari 2024", "2021-07-01", { earliest: "2024-02-21", latest: "2024-02-29", precision: "week" });
  });

  it("deze maand and volgende maand", () => {
    expectDeadline("deze maand", "2021-07-02", { earliest: "2021-07-02", latest: "2021-07-31", precision: "month" });
    expectDeadline("volgende maand", "2021-07-02", { earliest: "2021-08-01", latest: "2021-08-31", precision: "month" });
    expectDeadline("eind deze maand", "2021-07-02", { earliest: "2021-07-21", latest: "2021-07-31", precision: "week" });
  });
});
