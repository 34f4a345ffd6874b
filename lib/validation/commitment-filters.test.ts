import { describe, expect, it } from "vitest";
import { parseCommitmentFilters } from "./commitment-filters";

const dossiers = (value: string) => {
  const parsed = parseCommitmentFilters(new URLSearchParams({ dossier: value }));
  return parsed.ok ? parsed.filters.dossier : parsed.errors;
};

describe("the dossier filter, typed as people write it", () => {
  it("takes a number as printed on a Kamerstuk", () => {
    expect(dossiers("29628")).toEqual(["29628"]);
    expect(dossiers(" 29 628 ")).toEqual(["29628"]);
    expect(dossiers("29.628")).toEqual(["29628"]);
  });

  it("takes a toevoeging with a hyphen, a space or in lower case", () => {
    expect(dossiers("35925-VII")).toEqual(["35925-VII"]);
    expect(dossiers("35 925 vii")).toEqual(["35925-VII"]);
    expect(dossiers("35925 - VII")).toEqual(["35925-VII"]);
  });

  it("takes several, separated by commas", () => {
    expect(dossiers("29 628, 35925-VII")).toEqual(["29628", "35925-VII"]);
  });

  it("names the problem when it is not a dossier number", () => {
    expect(dossiers("politie")).toEqual({ dossier: ["verwacht een dossiernummer zoals 29628 of 36200-VI"] });
    expect(dossiers("123")).toEqual({ dossier: ["verwacht een dossiernummer zoals 29628 of 36200-VI"] });
  });
});

describe("ids beyond PostgreSQL's integer", () => {
  it("refuses a minister number no row can have with a message, instead of a database error", () => {
    const parsed = parseCommitmentFilters(new URLSearchParams({ minister: "2147483648" }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.minister?.join(" ")).toContain("onbekende bewindspersoon");
    expect(parseCommitmentFilters(new URLSearchParams({ minister: "2147483647" })).ok).toBe(true);
  });
});
