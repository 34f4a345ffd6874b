import { describe, expect, it } from "vitest";
import { filterParts } from "./filter-description";

const names = {
  ministries: [
    { code: "JenV", name: "Ministerie van Justitie en Veiligheid" },
    { code: "Def", name: "Ministerie van Defensie" },
  ],
  ministers: [{ id: 3, name: "F.B.J. Grapperhaus" }],
};

describe("filterParts", () => {
  it("has no parts without filters", () => {
    expect(filterParts({}, names)).toEqual([]);
  });

  it("says every filter in Dutch, in the list's order, with names instead of codes", () => {
    expect(
      filterParts(
        { q: "wijkagent", status: ["open", "overdue"], ministry: ["JenV", "Def"], minister: [3], dossier: ["29628", "36200-VI"], deadlineTo: "2022-12-31" },
        names,
      ),
    ).toEqual([
      "zoekterm ‘wijkagent’",
      "status open of over de termijn",
      "Ministerie van Justitie en Veiligheid of Ministerie van Defensie",
      "bewindspersoon F.B.J. Grapperhaus",
      "dossier 29 628 of 36 200-VI",
      "uiterste termijn tot en met 31 december 2022",
    ]);
  });

  it("falls back to the code, or 'nr.' and the id, when a name is unknown", () => {
    expect(filterParts({ ministry: ["XYZ"], minister: [3, 9] }, names)).toEqual(["XYZ", "bewindspersoon F.B.J. Grapperhaus of nr. 9"]);
    expect(filterParts({ ministry: ["JenV"], minister: [3] }, { ministries: [], ministers: [] })).toEqual(["JenV", "bewindspersoon nr. 3"]);
  });

  it("prints dossier numbers as Kamerstukken do, short ones as they are", () => {
    expect(filterParts({ dossier: ["9999", "34775-IV", "123456"] }, names)).toEqual(["dossier 9999 of 34 775-IV of 123 456"]);
  });

  it("words the deadline window with one end, the other, or both", () => {
    expect(filterParts({ deadlineFrom: "2022-01-01" }, names)).toEqual(["uiterste termijn vanaf 1 januari 2022"]);
    expect(filterParts({ deadlineTo: "2022-06-21" }, names)).toEqual(["uiterste termijn tot en met 21 juni 2022"]);
    expect(filterParts({ deadlineFrom: "2021-01-01", deadlineTo: "2022-12-31" }, names)).toEqual([
      "uiterste termijn van 1 januari 2021 tot en met 31 december 2022",
    ]);
  });

  it("names every status", () => {
    expect(filterParts({ status: ["partially_fulfilled", "fulfilled", "lapsed", "withdrawn"] }, names)).toEqual([
      "status deels nagekomen of nagekomen of vervallen of ingetrokken",
    ]);
  });
});
