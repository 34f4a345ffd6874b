import { describe, expect, it } from "vitest";
import { expectDeadline } from "./test-support";

const MADE = "2021-07-02";

describe("quarters", () => {
  it.each([
    ["Q3 2022", "2022-07-01", "2022-09-30"],
    ["q3-2022", "2022-07-01", "2022-09-30"],
    ["2022-Q4", "2022-10-01", "2022-12-31"],
    ["in het 3e kwartaal van 2022", "2022-07-01", "2022-09-30"],
    ["het eerste kwartaal van volgend jaar", "2022-01-01", "2022-03-31"],
    // Year inferred: Q3 2021 is still running on 2 juli 2021, so its rest counts.
    ["het derde kwartaal", "2021-07-02", "2021-09-30"],
    ["kwartaal 3", "2021-07-02", "2021-09-30"],
    // Q1 2021 is over, so the next Q1.
    ["het eerste kwartaal", "2022-01-01", "2022-03-31"],
    ["het laatste kwartaal", "2021-10-01", "2021-12-31"],
  ])("%s", (phrase, earliest, latest) => {
    expectDeadline(phrase, MADE, { earliest, latest, precision: "quarter" });
  });

  it("uiterlijk Q3 2022 runs from madeOn", () => {
    expectDeadline("uiterlijk Q3 2022", MADE, { earliest: MADE, latest: "2022-09-30", precision: "quarter" });
  });
});

describe("halves", () => {
  it.each([
    ["de eerste helft van 2022", "2022-01-01", "2022-06-30"],
    ["het tweede halfjaar", "2021-07-02", "2021-12-31"],
    ["het eerste halfjaar", "2022-01-01", "2022-06-30"],
    ["H1 2023", "2023-01-01", "2023-06-30"],
    ["in de tweede helft van volgend jaar", "2022-07-01", "2022-12-31"],
  ])("%s", (phrase, earliest, latest) => {
    expectDeadline(phrase, MADE, { earliest, latest, precision: "half-year" });
  });
});

describe("seasons (meteorological)", () => {
  it.each([
    ["voorjaar 2022", "2022-03-01", "2022-05-31"],
    ["in het voorjaar van 2022", "2022-03-01", "2022-05-31"],
    ["lente 2022", "2022-03-01", "2022-05-31"],
    ["najaar 2021", "2021-09-01", "2021-11-30"],
    ["in de herfst", "2021-09-01", "2021-11-30"],
    ["zomer", "2021-07-02", "2021-08-31"],
    ["volgende zomer", "2022-06-01", "2022-08-31"],
    ["winter", "2021-12-01", "2022-02-28"],
    ["winter 2023", "2023-12-01", "2024-02-29"],
    ["winter 2022/2023", "2022-12-01", "2023-02-28"],
  ])("%s", (phrase, earliest, latest) => {
    expectDeadline(phrase, MADE, { earliest, latest, precision: "season" });
  });

  it("year inference at the edges of a season", () => {
    expectDeadline("zomer", "2021-08-31", { earliest: "2021-08-31", latest: "2021-08-31", precision: "season" });
    expectDeadline("zomer", "2021-09-01", { earliest: "2022-06-01", latest: "2022-08-31", precision: "season" });
    // Winter named after its starting year: in January the running winter is meant.
    expectDeadline("winter", "2022-01-15", { earliest: "2022-01-15", latest: "2022-02-28", precision: "season" });
  });

  it("voor de zomer means before the zomerreces (Kamer usage)", () => {
    expectDeadline("voor de zomer", "2021-06-10", { earliest: "2021-06-10", latest: "2021-07-01", precision: "season" });
    expectDeadline("voor de zomer", "2021-07-01", { earliest: "2021-07-01", latest: "2021-07-01", precision: "season" });
    // On the first recess day this summer is lost: the next zomerreces starts 8 juli 2022.
    expectDeadline("voor de zomer", "2021-07-02", { earliest: "2021-07-02", latest: "2022-07-07", precision: "season" });
    expectDeadline("voor de zomer", "2021-10-01", { earliest: "2021-10-01", latest: "2022-07-07", precision: "season" });
    expectDeadline("uiterlijk voor de zomer van 2022", MADE, { earliest: MADE, latest: "2022-07-07", precision: "season" });
  });

  it("na de zomer starts the day after the zomerreces and ends, as an estimate, before the kerstreces", () => {
    const result = expectDeadline("na de zomer", "2021-07-20", { earliest: "2021-09-07", latest: "2021-12-23", precision: "season" });
    expect(result.explanation).toContain("geschat t/m 23 december 2021");
    expect(result.explanation).toContain("schatting: de laatste dag vóór het kerstreces");
    // Kerstreces 2022 starts Friday 23 december.
    expectDeadline("na de zomer van 2022", MADE, { earliest: "2022-09-06", latest: "2022-12-22", precision: "season" });
  });

  it("begin, medio and eind of a season are its three months", () => {
    expectDeadline("eind van het voorjaar", MADE, { earliest: "2022-05-01", latest: "2022-05-31", precision: "month" });
    expectDeadline("begin najaar 2021", MADE, { earliest: "2021-09-01", latest: "2021-09-30", precision: "month" });
  });
});

describe("recesses, Christmas and the turn of the year", () => {
  it("voor het zomerreces / kerstreces is the day before the recess starts", () => {
    expectDeadline("voor het zomerreces", "2021-06-10", { earliest: "2021-06-10", latest: "2021-07-01", precision: "week" });
    // Kerstreces 2021 is not in the table: default rule, Friday before Christmas = 24 december 2021.
    expectDeadline("voor het kerstreces", MADE, { earliest: MADE, latest: "2021-12-23", precision: "week" });
    expectDeadline("voor het kerstreces van 2023", MADE, { earliest: MADE, latest: "2023-12-21", precision: "week" });
  });

  it("na het zomerreces and tijdens het zomerreces", () => {
    expectDeadline("na het zomerreces", MADE, { earliest: "2021-09-07", latest: "2021-12-23", precision: "week" });
    expectDeadline("tijdens het zomerreces 2023", MADE, { earliest: "2023-07-07", latest: "2023-09-04", precision: "week" });
    expectDeadline("in het krokusreces 2024", MADE, { earliest: "2024-02-16", latest: "2024-02-26", precision: "week" });
  });

  it("na a recess ends, as an estimate, at the next long recess", () => {
    // After the kerstreces 2021 (to 17 januari 2022): the first half of 2022, up to the zomerreces of 8 juli 2022.
    const afterChristmas = expectDeadline("na het kerstreces", MADE, { earliest: "2022-01-18", latest: "2022-07-07", precision: "week" });
    expect(afterChristmas.explanation).toContain("schatting");
    expectDeadline("na het meireces 2023", MADE, { earliest: "2023-05-09", latest: "2023-07-06", precision: "week" });
    expectDeadline("na het herfstreces 2023", MADE, { earliest: "2023-10-24", latest: "2023-12-21", precision: "week" });
  });

  it("a customary end already past leaves na open-ended", () => {
    // Said after the kerstreces has begun, "na de zomer" of that year cannot end before it.
    expectDeadline("na de zomer van 2021", "2021-12-27", { earliest: "2021-12-27", latest: null, precision: "season" });
  });

  it("voor de kerst follows the kerstreces; rond de kerst is the Christmas days", () => {
    // 25 december 2022 is a Sunday: kerstreces 2022 starts Friday 23 december.
    expectDeadline("voor de kerst", "2022-11-01", { earliest: "2022-11-01", latest: "2022-12-22", precision: "day" });
    expectDeadline("rond kerst", "2022-11-01", { earliest: "2022-12-25", latest: "2022-12-26", precision: "day" });
  });

  it("rond de jaarwisseling is 15 december to 15 januari", () => {
    expectDeadline("rond de jaarwisseling", MADE, { earliest: "2021-12-15", latest: "2022-01-15", precision: "month" });
    expectDeadline("rond de jaarwisseling", "2022-01-10", { earliest: "2022-01-10", latest: "2022-01-15", precision: "month" });
    expectDeadline("rond de jaarwisseling 2022/2023", MADE, { earliest: "2022-12-15", latest: "2023-01-15", precision: "month" });
  });
});

describe("parts of a year and whole years", () => {
  it.each([
    ["begin 2023", "2023-01-01", "2023-04-30"],
    ["medio 2022", "2022-05-01", "2022-08-31"],
    ["eind 2022", "2022-09-01", "2022-12-31"],
    ["begin volgend jaar", "2022-01-01", "2022-04-30"],
    ["aan het eind van het jaar", "2021-09-01", "2021-12-31"],
    ["eind van het komende jaar", "2022-09-01", "2022-12-31"],
  ])("%s is a third of the year", (phrase, earliest, latest) => {
    expectDeadline(phrase, MADE, { earliest, latest, precision: "quarter" });
  });

  it("voor eind X means before X is over", () => {
    expectDeadline("voor eind 2022", MADE, { earliest: MADE, latest: "2022-12-31", precision: "quarter" });
    expectDeadline("tegen het eind van het jaar", MADE, { earliest: MADE, latest: "2021-12-31", precision: "quarter" });
    expectDeadline("voor begin 2023", MADE, { earliest: MADE, latest: "2022-12-31", precision: "quarter" });
  });

  it.each([
    ["in 2025", "2025-01-01", "2025-12-31"],
    ["2025", "2025-01-01", "2025-12-31"],
    ["komend jaar", "2022-01-01", "2022-12-31"],
    ["volgend jaar", "2022-01-01", "2022-12-31"],
    ["dit jaar", MADE, "2021-12-31"],
    ["nog dit jaar", MADE, "2021-12-31"],
    ["later dit jaar", MADE, "2021-12-31"],
    // "het komende jaar" is the coming twelve months, not the next calendar year.
    ["het komende jaar", MADE, "2022-07-02"],
  ])("%s", (phrase, earliest, latest) => {
    expectDeadline(phrase, MADE, { earliest, latest, precision: "year" });
  });

  it("uiterlijk in 2025 and vanaf 2024", () => {
    expectDeadline("uiterlijk in 2025", MADE, { earliest: MADE, latest: "2025-12-31", precision: "year" });
    expectDeadline("vanaf 2024", MADE, { earliest: "2024-01-01", latest: null, precision: "year" });
    // A "vanaf" year already under way starts at the commitment.
    expectDeadline("vanaf 2021", MADE, { earliest: MADE, latest: null, precision: "year" });
    expectDeadline("per 2024", MADE, { earliest: "2024-01-01", latest: "2024-01-01", precision: "day" });
  });
});
