import { describe, expect, it } from "vitest";
import { resolveDeadline } from "./index";
import { expectDeadline } from "./test-support";

// The phrases the product owner checks, with the date the commitment was made.
describe("product owner must-haves", () => {
  it("uiterlijk in het voorjaar van 2022: from the commitment to the end of spring", () => {
    expectDeadline("uiterlijk in het voorjaar van 2022", "2021-07-02", {
      earliest: "2021-07-02",
      latest: "2022-05-31",
      precision: "season",
    });
  });

  it("bij de conceptbegroting voor 2023: Prinsjesdag 2022", () => {
    const result = expectDeadline("bij de conceptbegroting voor 2023", "2021-07-02", {
      earliest: "2022-09-20",
      latest: "2022-09-20",
      precision: "day",
    });
    expect(result.explanation).toContain("Prinsjesdag 2022 (20 september 2022): de (concept)begroting 2023 wordt dan aangeboden");
  });

  it("in het jaarverslag over 2021: Verantwoordingsdag 2022", () => {
    const result = expectDeadline("in het jaarverslag over 2021", "2021-07-02", {
      earliest: "2022-05-18",
      latest: "2022-05-18",
      precision: "day",
    });
    expect(result.explanation).toContain("Verantwoordingsdag 2022 (18 mei 2022)");
  });

  it("uiterlijk in 2025: until the last day of 2025", () => {
    expectDeadline("uiterlijk in 2025", "2019-11-01", { earliest: "2019-11-01", latest: "2025-12-31", precision: "year" });
  });

  it("eind dit jaar: the last third of the current year", () => {
    expectDeadline("eind dit jaar", "2021-07-02", { earliest: "2021-09-01", latest: "2021-12-31", precision: "quarter" });
  });

  it("najaar 2021: meteorological autumn", () => {
    expectDeadline("najaar 2021", "2021-07-02", { earliest: "2021-09-01", latest: "2021-11-30", precision: "season" });
  });

  it("na de zomer: from the day after the zomerreces 2021, estimated to end before the kerstreces", () => {
    const result = expectDeadline("na de zomer", "2021-07-02", { earliest: "2021-09-07", latest: "2021-12-23", precision: "season" });
    expect(result.explanation).toContain("zomerreces");
    expect(result.explanation).toContain("schatting");
  });

  it.each(["nog nader te bepalen", "op korte termijn"])("%s is open", (phrase) => {
    expect(resolveDeadline(phrase, "2021-07-02")).toEqual({
      phrase,
      earliest: null,
      latest: null,
      precision: "open",
      open: true,
      explanation: expect.stringMatching(/termijn/i),
    });
  });
});
