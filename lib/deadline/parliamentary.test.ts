import { describe, expect, it } from "vitest";
import { createParliamentaryCalendar } from "./index";
import { expectDeadline } from "./test-support";

const MADE = "2021-07-02";
const day = (iso: string) => ({ earliest: iso, latest: iso, precision: "day" as const });

describe("begroting and Miljoenennota: presented on Prinsjesdag of the year before", () => {
  it.each([
    "bij de (concept)begroting 2023",
    "bij de conceptbegroting 2023",
    "bij de conceptbegroting voor 2023",
    "bij de begroting voor 2023",
    "in de ontwerpbegroting 2023",
    "met de Miljoenennota 2023",
    "bij de rijksbegroting van 2023",
  ])("%s -> Prinsjesdag 2022", (phrase) => {
    expectDeadline(phrase, MADE, day("2022-09-20"));
  });

  it("without a year: the next Prinsjesdag", () => {
    expectDeadline("bij de begroting", MADE, day("2021-09-21"));
    expectDeadline("bij de Miljoenennota", "2021-09-22", day("2022-09-20"));
    expectDeadline("bij de begroting voor volgend jaar", "2022-01-10", day("2022-09-20"));
  });
});

describe("Prinsjesdag and Verantwoordingsdag", () => {
  it("voor Prinsjesdag is the day before", () => {
    expectDeadline("voor Prinsjesdag", MADE, { earliest: MADE, latest: "2021-09-20", precision: "day" });
  });

  it("met / op Prinsjesdag is the day itself", () => {
    expectDeadline("met Prinsjesdag", MADE, day("2021-09-21"));
    expectDeadline("op Prinsjesdag 2023", MADE, day("2023-09-19"));
  });

  it("op Verantwoordingsdag: the next third Wednesday of May", () => {
    // Verantwoordingsdag 2021 (19 mei) has passed on 2 juli 2021.
    expectDeadline("op Verantwoordingsdag", MADE, day("2022-05-18"));
  });

  it.each(["bij het jaarverslag 2021", "in het jaarverslag 2021", "in het jaarverslag over 2021"])("%s -> Verantwoordingsdag 2022", (phrase) => {
    expectDeadline(phrase, MADE, day("2022-05-18"));
  });

  it("jaarverslag without a year: the next Verantwoordingsdag", () => {
    const result = expectDeadline("bij het jaarverslag", MADE, day("2022-05-18"));
    expect(result.explanation).toContain("jaarverslag over 2021");
  });
});

describe("Voorjaarsnota, Najaarsnota and begrotingsbehandeling", () => {
  it("bij de Voorjaarsnota: spring window up to the legal deadline of 1 juni", () => {
    expectDeadline("bij de Voorjaarsnota", MADE, { earliest: "2022-03-01", latest: "2022-06-01", precision: "season" });
    expectDeadline("uiterlijk bij de Voorjaarsnota 2022", MADE, { earliest: MADE, latest: "2022-06-01", precision: "season" });
  });

  it("a known Voorjaarsnota date from the calendar narrows it to a day", () => {
    const calendar = createParliamentaryCalendar({ voorjaarsnota: { 2022: { start: "2022-03-25", end: "2022-03-25" } } });
    expectDeadline("bij de Voorjaarsnota", MADE, day("2022-03-25"), calendar);
  });

  it("bij de Najaarsnota: november up to the legal deadline of 1 december", () => {
    expectDeadline("bij de Najaarsnota", MADE, { earliest: "2021-11-01", latest: "2021-12-01", precision: "month" });
  });

  it("begrotingsbehandeling: between Prinsjesdag and the kerstreces", () => {
    expectDeadline("bij de begrotingsbehandeling 2024", MADE, {
      earliest: "2023-09-20",
      latest: "2023-12-21",
      precision: "season",
    });
    // Which department's debate is unknown, so "vóór" counts up to the last day before the kerstreces.
    expectDeadline("voor de begrotingsbehandeling", MADE, { earliest: MADE, latest: "2021-12-23", precision: "season" });
  });
});
