import { describe, expect, it } from "vitest";
import type { EditableValues } from "./editable-fields";
import { applyChoices, mergeEdits } from "./merge";

const base: EditableValues = {
  title: "Advies over de politie",
  text: "De commissie brengt uiterlijk in het voorjaar advies uit.",
  madeOn: "2021-06-10",
  activity: "Commissiedebat politie",
  ministerName: "F.B.J. Grapperhaus",
  ministerFunction: "Minister van Justitie en Veiligheid",
  ministry: "JenV",
  committee: "Justitie en Veiligheid",
  addressee: null,
  references: [{ citation: "Kamerstuk 29 628, nr. 1030", role: "source" }],
};

describe("mergeEdits", () => {
  it("keeps the other person's change to a field I left alone, and mine to theirs", () => {
    const theirs = { ...base, committee: "Binnenlandse Zaken" };
    const mine = { ...base, title: "Advies politiebestel" };
    const proposal = mergeEdits(base, mine, theirs);
    expect(proposal.merged).toMatchObject({ title: "Advies politiebestel", committee: "Binnenlandse Zaken" });
    expect(proposal.kept).toEqual(["committee"]);
    expect(proposal.conflicts).toEqual([]);
  });

  it("puts a field both changed differently up for a choice, with my value in the form", () => {
    const proposal = mergeEdits(base, { ...base, title: "Mijn titel" }, { ...base, title: "Hun titel" });
    expect(proposal.conflicts).toEqual(["title"]);
    expect(proposal.merged.title).toBe("Mijn titel");
    expect(proposal.theirs.title).toBe("Hun titel");
  });

  it("sees no conflict when both made the same change, or only cosmetic differences", () => {
    const proposal = mergeEdits(base, { ...base, title: "Zelfde ", text: `${base.text}\r\n` }, { ...base, title: "Zelfde" });
    expect(proposal.conflicts).toEqual([]);
    expect(proposal.kept).toEqual([]);
  });

  it("compares references as a set", () => {
    const two = [
      { citation: "Kamerstuk 29 628, nr. 1030", role: "source" },
      { citation: "Kamerstuk 29 628, nr. 916", role: "related" },
    ];
    const proposal = mergeEdits(base, base, { ...base, references: two });
    expect(proposal.kept).toEqual(["references"]);
    expect(mergeEdits({ ...base, references: two }, { ...base, references: [...two].reverse() }, { ...base, references: two }).conflicts).toEqual([]);
  });
});

describe("applyChoices", () => {
  it("takes their value where chosen and mine elsewhere", () => {
    const mine = { ...base, title: "Mijn titel", committee: "Mijn commissie" };
    const theirs = { ...base, title: "Hun titel", committee: "Hun commissie" };
    expect(applyChoices(mine, theirs, { title: "theirs", committee: "mine" })).toMatchObject({ title: "Hun titel", committee: "Mijn commissie" });
  });
});
