import { describe, expect, it } from "vitest";
import { matchMinister, ministerIdentity, possibleDuplicates, sameMinister } from "./minister-identity";

describe("ministerIdentity", () => {
  it.each([
    ["Grapperhaus", "grapperhaus", ""],
    ["F.B.J. Grapperhaus", "grapperhaus", "fbj"],
    ["mr. F.B.J. Grapperhaus", "grapperhaus", "fbj"],
    ["Mr. dr. F.B.J.Grapperhaus", "grapperhaus", "fbj"],
    ["Grapperhaus, mr. F.B.J.", "grapperhaus", "fbj"],
    ["Ferdinand Grapperhaus", "grapperhaus", "f"],
    ["prof. dr. R.H. Dijkgraaf", "dijkgraaf", "rh"],
    ["Hugo de Jonge", "de jonge", "h"],
    ["drs. C. van der Wal-Zeggelink", "van der wal-zeggelink", "c"],
    ["Van der Wal", "van der wal", ""],
    ["K.H. Ollongren", "ollongren", "kh"],
    ["Sigrid Kaag", "kaag", "s"],
    ["Hoekstra", "hoekstra", ""],
    ["W.B. Hoekstra", "hoekstra", "wb"],
    ["Zijlstra ", "zijlstra", ""],
    ["P. Ölçer", "olcer", "p"],
  ])("%s → %s (%s)", (name, surname, initials) => {
    expect(ministerIdentity(name)).toEqual({ surname, initials });
  });
});

describe("sameMinister", () => {
  it("treats a surname alone, initials and titles as one person", () => {
    expect(sameMinister("Grapperhaus", "F.B.J. Grapperhaus")).toBe(true);
    expect(sameMinister("mr. F.B.J. Grapperhaus", "F.B.J. Grapperhaus")).toBe(true);
    expect(sameMinister("F. Grapperhaus", "F.B.J. Grapperhaus")).toBe(true);
    expect(sameMinister("GRAPPERHAUS", "grapperhaus")).toBe(true);
    expect(sameMinister("Ölçer", "Olcer")).toBe(true);
  });
  it("keeps different initials and different surnames apart", () => {
    expect(sameMinister("F. de Jong", "H. de Jong")).toBe(false);
    expect(sameMinister("W.B. Hoekstra", "A.Y. Hoekstra")).toBe(false);
    expect(sameMinister("de Jong", "de Jonge")).toBe(false);
    expect(sameMinister("van Dijk", "Dijk")).toBe(false);
  });
});

describe("matchMinister", () => {
  const fn = "minister van Justitie en Veiligheid";
  const known = [
    { id: 1, name: "F.B.J. Grapperhaus", function: fn, ministryId: 10 },
    { id: 2, name: "W.B. Hoekstra", function: "minister van Financiën", ministryId: 11 },
    { id: 3, name: "A. Hoekstra", function: "minister van Financiën", ministryId: 11 },
    { id: 4, name: "F.B.J. Grapperhaus", function: "minister van Landbouw", ministryId: 12 },
  ];
  it("uses the exact spelling first", () => {
    expect(matchMinister(known, "F.B.J. Grapperhaus", fn, 10)).toEqual({ kind: "exact", minister: known[0] });
  });
  it("finds the one minister a shorter spelling can be, within function and ministry", () => {
    expect(matchMinister(known, "Grapperhaus", fn, 10)).toEqual({ kind: "same-person", minister: known[0] });
    expect(matchMinister(known, "mr. F.B.J. Grapperhaus", "Minister van  Justitie en Veiligheid", 10)).toEqual({ kind: "same-person", minister: known[0] });
  });
  it("names every candidate when the name could be more than one", () => {
    expect(matchMinister(known, "Hoekstra", "minister van Financiën", 11)).toEqual({ kind: "ambiguous", candidates: [known[1], known[2]] });
  });
  it("is a new minister in another function, another ministry or with other initials", () => {
    expect(matchMinister(known, "Grapperhaus", "staatssecretaris van Justitie en Veiligheid", 10)).toEqual({ kind: "new" });
    expect(matchMinister(known, "Grapperhaus", fn, 11)).toEqual({ kind: "new" });
    expect(matchMinister(known, "G. Grapperhaus", fn, 10)).toEqual({ kind: "new" });
  });
});

describe("possibleDuplicates", () => {
  it("pairs the spellings of one person in one role, and nothing else", () => {
    const fn = "Minister van Justitie en Veiligheid";
    const a = { id: 1, name: "F.B.J. Grapperhaus", function: fn, ministryId: 1 };
    const b = { id: 2, name: "Grapperhaus", function: fn, ministryId: 1 };
    const c = { id: 3, name: "Grapperhaus", function: "Minister van Landbouw", ministryId: 2 };
    const d = { id: 4, name: "G. Grapperhaus", function: fn, ministryId: 1 };
    expect(possibleDuplicates([a, b, c, d])).toEqual([
      [a, b],
      [b, d],
    ]);
  });
});
