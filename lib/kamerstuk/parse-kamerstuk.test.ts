import { describe, expect, it } from "vitest";
import { parseKamerstukCitation } from "./index";

describe("parseKamerstukCitation — kamerstukken", () => {
  it("parses the plain form used in footnotes", () => {
    expect(parseKamerstukCitation("Kamerstuk 29 628, nr. 985")).toEqual({
      id: "kst-29628-985",
      kind: "kamerstuk",
      kamer: null,
      dossiers: [{ nummer: "29628", toevoeging: null }],
      ondernummer: "985",
      vergaderjaar: null,
      nummer: null,
      item: null,
      page: null,
      label: "Kamerstuk 29 628, nr. 985",
      url: "https://zoek.officielebekendmakingen.nl/kst-29628-985",
      raw: "Kamerstuk 29 628, nr. 985",
    });
  });

  it("parses a letter ondernummer with a pinpoint page, keeping the page out of the id", () => {
    const c = parseKamerstukCitation("Kamerstuk 34 372, G, p. 15");
    expect(c.id).toBe("kst-34372-G");
    expect(c.ondernummer).toBe("G");
    expect(c.page).toBe("15");
    expect(c.label).toBe("Kamerstuk 34 372, G");
    expect(c.url).toBe("https://zoek.officielebekendmakingen.nl/kst-34372-G");
  });

  it("parses Kamer, vergaderjaar and a hyphenated toevoeging", () => {
    const c = parseKamerstukCitation("Kamerstukken II 2017/18, 34 775-IV, nr. 44");
    expect(c.id).toBe("kst-34775-IV-44");
    expect(c.kamer).toBe("TK");
    expect(c.vergaderjaar).toBe("2017-2018");
    expect(c.dossiers).toEqual([{ nummer: "34775", toevoeging: "IV" }]);
    expect(c.ondernummer).toBe("44");
    expect(c.label).toBe("Kamerstuk 34 775-IV, nr. 44");
  });

  it("parses a toevoeging separated by a space, also without a leading keyword", () => {
    const c = parseKamerstukCitation("34 775 A, nr. 5");
    expect(c.id).toBe("kst-34775-A-5");
    expect(c.dossiers).toEqual([{ nummer: "34775", toevoeging: "A" }]);
    expect(c.kamer).toBeNull();
    expect(c.label).toBe("Kamerstuk 34 775-A, nr. 5");
    expect(parseKamerstukCitation("Kamerstukken 34 775 A, nr. 5").id).toBe("kst-34775-A-5");
  });

  it("accepts toevoeging spellings with spaces around the hyphen or split over a line", () => {
    expect(parseKamerstukCitation("Kamerstuk 35 570 - XVI, nr. 5").id).toBe("kst-35570-XVI-5");
    expect(parseKamerstukCitation("Kamerstuk 35 570 XVI, nr. 5").id).toBe("kst-35570-XVI-5");
    expect(parseKamerstukCitation("Kamerstuk 34 775-\nIV, nr. 44").id).toBe("kst-34775-IV-44");
  });

  it("keeps every dossier of a combined citation and uses the first for the id", () => {
    const c = parseKamerstukCitation("Kamerstukken 29 628 en 28 844, nr. 1017");
    expect(c.id).toBe("kst-29628-1017");
    expect(c.dossiers).toEqual([
      { nummer: "29628", toevoeging: null },
      { nummer: "28844", toevoeging: null },
    ]);
    expect(c.label).toBe("Kamerstukken 29 628 en 28 844, nr. 1017");
  });

  it("parses Eerste Kamer combined dossiers separated by a slash with a two-letter ondernummer", () => {
    const c = parseKamerstukCitation("Kamerstukken I 2008/09, 22 112 / 31 544, CK");
    expect(c.id).toBe("kst-22112-CK");
    expect(c.kamer).toBe("EK");
    expect(c.vergaderjaar).toBe("2008-2009");
    expect(c.dossiers.map((d) => d.nummer)).toEqual(["22112", "31544"]);
    expect(c.ondernummer).toBe("CK");
    expect(c.label).toBe("Kamerstukken 22 112 en 31 544, CK");
  });

  it("lists three combined dossiers in the label with commas and 'en'", () => {
    const c = parseKamerstukCitation("Kamerstukken 22 112/31 544 & 32 013, nr. 7");
    expect(c.dossiers.map((d) => d.nummer)).toEqual(["22112", "31544", "32013"]);
    expect(c.label).toBe("Kamerstukken 22 112, 31 544 en 32 013, nr. 7");
  });

  it("parses the Tweede Kamer letter footer with an en dash", () => {
    const c = parseKamerstukCitation("Tweede Kamer, vergaderjaar 2020–2021, 29 628, nr. 1030");
    expect(c.id).toBe("kst-29628-1030");
    expect(c.kamer).toBe("TK");
    expect(c.vergaderjaar).toBe("2020-2021");
    expect(c.label).toBe("Kamerstuk 29 628, nr. 1030");
  });

  it("parses the Eerste Kamer footer with a letter ondernummer", () => {
    const c = parseKamerstukCitation("Eerste Kamer, vergaderjaar 2008–2009, 22 112, CK");
    expect(c.id).toBe("kst-22112-CK");
    expect(c.kamer).toBe("EK");
    expect(c.vergaderjaar).toBe("2008-2009");
  });

  it.each([
    ["Kamerstuk 29 628, nr. 985", "singular"],
    ["Kamerstukken 29 628, nr. 985", "plural"],
    ["kamerstuk 29 628, nr. 985", "lower case"],
    ["KAMERSTUK 29 628, NR. 985", "upper case"],
    ["Kamerstukken II 29 628, nr. 985", "with Kamer"],
    ["Kamerstuk 29 628, nr 985", "nr without period"],
    ["Kamerstuk 29 628, nr.985", "nr. without space"],
    ["Kamerstuk 29 628, nummer 985", "nummer"],
    ["Kamerstuk 29 628, 985", "without nr."],
    ["Kamerstuk 29 628 nr. 985", "without comma"],
    ["Kamerstuk 29628 985", "unspaced dossier, no comma, no nr."],
    ["Kamerstuk 29628, nr. 985", "unspaced dossier"],
    ["Kamerstuk 29.628, nr. 985", "dossier with period"],
    ["Kamerstuk 29\u00A0628,\u00A0nr.\u00A0985", "non-breaking spaces"],
    ["Kamerstuk 29\u2009628, nr.\u202F985", "thin and narrow spaces"],
    ["Kamerstuk: 29 628, nr. 985", "colon after keyword"],
    ["Kamerstuk 29 628, nr. 0985", "leading zero in ondernummer"],
    ["Kamerstuk 29 628, nr. 985.", "trailing period"],
    ["Kamerstuk 29 628, nr. 985;", "trailing semicolon"],
    ["  Kamerstuk 29 628, nr. 985 .\n", "surrounding whitespace"],
    ["Kamerstuk 29\n628, nr.\n985", "broken over lines"],
    ["Kamer-\nstukken 29 628, nr. 985", "keyword hyphenated at line end"],
    ["29 628, nr. 985", "bare dossier and number"],
  ])("parses %j (%s) as kst-29628-985", (input) => {
    const c = parseKamerstukCitation(input);
    expect(c.id).toBe("kst-29628-985");
    expect(c.ondernummer).toBe("985");
    expect(c.dossiers).toEqual([{ nummer: "29628", toevoeging: null }]);
    expect(c.label).toBe("Kamerstuk 29 628, nr. 985");
  });

  it.each([
    ["Kamerstukken II 2020/21, 29 628, nr. 1030", "2020-2021"],
    ["Kamerstukken II 2020/2021, 29 628, nr. 1030", "2020-2021"],
    ["Kamerstukken II 2020-2021, 29 628, nr. 1030", "2020-2021"],
    ["Kamerstukken II 2020–2021, 29 628, nr. 1030", "2020-2021"],
    ["Kamerstukken II, 2020/21, 29 628, nr. 1030", "2020-2021"],
    ["Kamerstukken 2020/21, 29 628, nr. 1030", "2020-2021"],
    ["Kamerstukken II 1999/00, 29 628, nr. 1030", "1999-2000"],
  ])("reads the vergaderjaar in %j", (input, vergaderjaar) => {
    const c = parseKamerstukCitation(input);
    expect(c.vergaderjaar).toBe(vergaderjaar);
    expect(c.id).toBe("kst-29628-1030");
  });

  it.each([
    ["Kamerstukken II 2020/21, 29 628, nr. 1", "TK"],
    ["Kamerstukken I 2020/21, 29 628, nr. 1", "EK"],
    ["Kamerstukken TK 2020/21, 29 628, nr. 1", "TK"],
    ["Kamerstukken EK 2020/21, 29 628, nr. 1", "EK"],
    ["Kamerstukken Tweede Kamer 2020/21, 29 628, nr. 1", "TK"],
    ["Kamerstukken Eerste Kamer 2020/21, 29 628, nr. 1", "EK"],
    ["Kamerstukken 2020/21, 29 628, nr. 1", null],
  ])("reads the Kamer in %j", (input, kamer) => {
    expect(parseKamerstukCitation(input).kamer).toBe(kamer);
  });

  it.each([
    ["Kamerstuk 34 372, G, p. 15", "15"],
    ["Kamerstuk 34 372, G, p.15", "15"],
    ["Kamerstuk 34 372, G p. 15", "15"],
    ["Kamerstuk 34 372, G, pp. 15-17", "15-17"],
    ["Kamerstuk 34 372, G, p. 15–17", "15-17"],
    ["Kamerstuk 34 372, G, blz. 15", "15"],
    ["Kamerstuk 34 372, G, pag. 15", "15"],
    ["Kamerstuk 34 372, G, pagina 15", "15"],
  ])("reads the page in %j", (input, page) => {
    const c = parseKamerstukCitation(input);
    expect(c.page).toBe(page);
    expect(c.id).toBe("kst-34372-G");
  });

  it("does not derive a letter ondernummer from lower-case input", () => {
    expect(parseKamerstukCitation("Kamerstuk 34 372, nr. G").id).toBe("kst-34372-G");
    expect(() => parseKamerstukCitation("Kamerstuk 34 372, g")).toThrow(/ondernummer/);
  });

  it("gives the same id and label for every spelling of one document", () => {
    const spellings = [
      "Kamerstuk 29 628, nr. 1030",
      "Kamerstukken II 2020/21, 29 628, nr. 1030",
      "Tweede Kamer, vergaderjaar 2020–2021, 29 628, nr. 1030",
      "29628, 1030",
    ];
    const parsed = spellings.map(parseKamerstukCitation);
    expect(new Set(parsed.map((c) => c.id))).toEqual(new Set(["kst-29628-1030"]));
    expect(new Set(parsed.map((c) => c.label))).toEqual(new Set(["Kamerstuk 29 628, nr. 1030"]));
  });

  it("groups four-digit dossiers without a space in the label", () => {
    const c = parseKamerstukCitation("Kamerstuk 4123, nr. 2");
    expect(c.id).toBe("kst-4123-2");
    expect(c.label).toBe("Kamerstuk 4123, nr. 2");
  });

  it("keeps raw as the citation text exactly as written, without trailing punctuation", () => {
    expect(parseKamerstukCitation("  Kamer-\nstukken 29\u00A0628, nr. 1017.  ").raw).toBe("Kamer-\nstukken 29\u00A0628, nr. 1017");
  });
});
