import { describe, expect, it } from "vitest";
import { parseKamerstukCitation } from "./index";

describe("parseKamerstukCitation — Aanhangsel Handelingen", () => {
  it("parses the standard form", () => {
    expect(parseKamerstukCitation("Aanhangsel Handelingen II 2020/21, nr. 2065")).toEqual({
      id: "ah-tk-20202021-2065",
      kind: "aanhangsel",
      kamer: "TK",
      dossiers: [],
      ondernummer: null,
      vergaderjaar: "2020-2021",
      nummer: "2065",
      item: null,
      page: null,
      label: "Aanhangsel Handelingen II 2020/21, nr. 2065",
      url: "https://zoek.officielebekendmakingen.nl/ah-tk-20202021-2065",
      raw: "Aanhangsel Handelingen II 2020/21, nr. 2065",
    });
  });

  it("keeps a pinpoint page written without a space out of the id", () => {
    const c = parseKamerstukCitation("Aanhangsel Handelingen II 2019/20, nr. 3050, p.3");
    expect(c.id).toBe("ah-tk-20192020-3050");
    expect(c.page).toBe("3");
    expect(c.label).toBe("Aanhangsel Handelingen II 2019/20, nr. 3050");
  });

  it("uses ek and the roman I for the Eerste Kamer", () => {
    const c = parseKamerstukCitation("Aanhangsel Handelingen I 2008/09, nr. 12");
    expect(c.id).toBe("ah-ek-20082009-12");
    expect(c.kamer).toBe("EK");
    expect(c.label).toBe("Aanhangsel Handelingen I 2008/09, nr. 12");
  });

  it.each([
    "Aanhangsel Handelingen II 2020/2021, nr. 2065",
    "Aanhangsel Handelingen II 2020-2021, nr. 2065",
    "Aanhangsel Handelingen II 2020–2021, nr. 2065",
    "Aanhangsel Handelingen II, vergaderjaar 2020-2021, nr. 2065",
    "Aanhangsel van de Handelingen II 2020/21, nr. 2065",
    "Aanhangsel der Handelingen II 2020/21, nr. 2065",
    "Aanhangsel Handelingen II 2020/21, nr 2065",
    "Aanhangsel Handelingen II 2020/21, 2065",
    "Aanhangsel Handelingen II 2020/21 nummer 2065.",
    "aanhangsel handelingen II 2020/21, nr. 2065",
    "Aanhangsel Handelingen Tweede Kamer 2020/21, nr. 2065",
    "Aan-\nhangsel Handelingen II 2020/21, nr.\n2065",
    "Aanhangsel\u00A0Handelingen\u00A0II\u00A02020/21,\u2009nr.\u00A02065;",
  ])("parses %j as ah-tk-20202021-2065", (input) => {
    const c = parseKamerstukCitation(input);
    expect(c.id).toBe("ah-tk-20202021-2065");
    expect(c.label).toBe("Aanhangsel Handelingen II 2020/21, nr. 2065");
  });
});

describe("parseKamerstukCitation — Handelingen", () => {
  it("parses a vergadering with item", () => {
    expect(parseKamerstukCitation("Handelingen II 2020/21, nr. 36, item 8")).toEqual({
      id: "h-tk-20202021-36-8",
      kind: "handelingen",
      kamer: "TK",
      dossiers: [],
      ondernummer: null,
      vergaderjaar: "2020-2021",
      nummer: "36",
      item: 8,
      page: null,
      label: "Handelingen II 2020/21, nr. 36, item 8",
      url: "https://zoek.officielebekendmakingen.nl/h-tk-20202021-36-8",
      raw: "Handelingen II 2020/21, nr. 36, item 8",
    });
  });

  it("parses a vergadering without item", () => {
    const c = parseKamerstukCitation("Handelingen II 2020/21, nr. 36");
    expect(c.id).toBe("h-tk-20202021-36");
    expect(c.item).toBeNull();
    expect(c.label).toBe("Handelingen II 2020/21, nr. 36");
  });

  it("parses the Eerste Kamer with item and page", () => {
    const c = parseKamerstukCitation("Handelingen I 2008/09, nr. 12, item 4, p. 7");
    expect(c.id).toBe("h-ek-20082009-12-4");
    expect(c.item).toBe(4);
    expect(c.page).toBe("7");
    expect(c.label).toBe("Handelingen I 2008/09, nr. 12, item 4");
  });

  it.each([
    "Handelingen II 2020-2021, nr. 36, item 8",
    "Handelingen II 2020–2021, nr. 36, item 8.",
    "Handelingen II, vergaderjaar 2020/2021, nr. 36, item 8",
    "Handelingen II 2020/21, 36, item 8",
    "Handelingen II 2020/21 nr. 36 item 8",
    "Hande-\nlingen II 2020/21, nr.\n36, item\n8",
  ])("parses %j as h-tk-20202021-36-8", (input) => {
    expect(parseKamerstukCitation(input).id).toBe("h-tk-20202021-36-8");
  });
});
