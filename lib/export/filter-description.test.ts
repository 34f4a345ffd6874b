import { describe, expect, it } from "vitest";
import { describeSelection } from "./filter-description";

const names = { ministries: [{ code: "JenV", name: "Ministerie van Justitie en Veiligheid" }], ministers: [{ id: 3, name: "F.B.J. Grapperhaus" }] };

describe("describeSelection", () => {
  it("names a calendar or feed after its filters, in Dutch, with names instead of codes", () => {
    expect(describeSelection({}, names)).toBe("Alle toezeggingen");
    expect(
      describeSelection(
        { q: "wijkagent", status: ["open", "overdue"], ministry: ["JenV"], minister: [3, 9], dossier: ["29628", "34775-IV"], deadlineTo: "2022-12-31" },
        names,
      ),
    ).toBe(
      "Toezeggingen – zoekterm ‘wijkagent’; status open of over de termijn; Ministerie van Justitie en Veiligheid; " +
        "bewindspersoon F.B.J. Grapperhaus of nr. 9; dossier 29 628 of 34 775-IV; uiterste termijn tot en met 31 december 2022",
    );
    expect(describeSelection({ deadlineFrom: "2022-01-01" }, names)).toBe("Toezeggingen – uiterste termijn vanaf 1 januari 2022");
  });
});
