import { describe, expect, it } from "vitest";
import { documentUrl, KamerstukCitationError, parseDocumentId, parseKamerstukCitation } from "./index";

describe("parseDocumentId", () => {
  it("reads a kamerstuk id", () => {
    expect(parseDocumentId("kst-29628-1030")).toEqual({
      id: "kst-29628-1030",
      kind: "kamerstuk",
      kamer: null,
      dossiers: [{ nummer: "29628", toevoeging: null }],
      ondernummer: "1030",
      vergaderjaar: null,
      nummer: null,
      item: null,
      page: null,
      label: "Kamerstuk 29 628, nr. 1030",
      url: "https://zoek.officielebekendmakingen.nl/kst-29628-1030",
      raw: "kst-29628-1030",
    });
  });

  it("reads toevoeging and letter ondernummers", () => {
    expect(parseDocumentId("kst-34775-IV-44")).toMatchObject({ dossiers: [{ nummer: "34775", toevoeging: "IV" }], ondernummer: "44" });
    expect(parseDocumentId("kst-34775-A-5")).toMatchObject({ dossiers: [{ nummer: "34775", toevoeging: "A" }], ondernummer: "5" });
    expect(parseDocumentId("kst-34372-G")).toMatchObject({ dossiers: [{ nummer: "34372", toevoeging: null }], ondernummer: "G", label: "Kamerstuk 34 372, G" });
    expect(parseDocumentId("kst-22112-CK").ondernummer).toBe("CK");
  });

  it("reads Aanhangsel ids", () => {
    expect(parseDocumentId("ah-tk-20202021-2065")).toMatchObject({
      kind: "aanhangsel",
      kamer: "TK",
      vergaderjaar: "2020-2021",
      nummer: "2065",
      label: "Aanhangsel Handelingen II 2020/21, nr. 2065",
    });
    expect(parseDocumentId("ah-ek-20082009-12").kamer).toBe("EK");
  });

  it("reads Handelingen ids with and without item", () => {
    expect(parseDocumentId("h-tk-20202021-36-8")).toMatchObject({
      kind: "handelingen",
      nummer: "36",
      item: 8,
      label: "Handelingen II 2020/21, nr. 36, item 8",
    });
    expect(parseDocumentId("h-tk-20202021-36")).toMatchObject({ nummer: "36", item: null, label: "Handelingen II 2020/21, nr. 36" });
  });

  it("normalizes letter case and surrounding whitespace to the canonical id", () => {
    expect(parseDocumentId(" KST-34775-iv-44 ").id).toBe("kst-34775-IV-44");
    expect(parseDocumentId("AH-TK-20202021-2065").id).toBe("ah-tk-20202021-2065");
  });

  it.each([
    "kst-29628-985",
    "kst-34372-G",
    "kst-34775-IV-44",
    "kst-34775-A-5",
    "kst-22112-CK",
    "ah-tk-20202021-2065",
    "ah-tk-20192020-3050",
    "h-tk-20202021-36-8",
    "h-ek-20082009-12",
  ])("round-trips %s through the parsed label", (id) => {
    const fromId = parseDocumentId(id);
    expect(fromId.id).toBe(id);
    expect(parseKamerstukCitation(fromId.label).id).toBe(id);
  });

  it.each<[string, string, string]>([
    ["", "empty", "Leeg document-id"],
    ["   ", "empty", "Leeg document-id"],
    ["kst-29628", "invalid-id", '"kst-29628"'],
    ["kst-123-4", "invalid-id", '"kst-123-4"'],
    ["kst-2962812-4", "invalid-id", "Ongeldig document-id"],
    ["kst-29628-0985", "invalid-id", "Ongeldig document-id"],
    ["kst-29628-1030x", "invalid-id", "Ongeldig document-id"],
    ["kst 29628 1030", "invalid-id", "Ongeldig document-id"],
    ["kst-29628-IV-", "invalid-id", "Ongeldig document-id"],
    ["ah-xx-20202021-2065", "invalid-id", "Ongeldig document-id"],
    ["ah-tk-2020-2065", "invalid-id", "Ongeldig document-id"],
    ["ah-tk-20202021", "invalid-id", "Ongeldig document-id"],
    ["h-tk-20202021-36-8-1", "invalid-id", "Ongeldig document-id"],
    ["ah-tk-20202023-2065", "invalid-vergaderjaar", '"20202023"'],
    ["h-tk-20212020-36", "invalid-vergaderjaar", "opeenvolgende"],
    ["Kamerstuk 29 628, nr. 985", "invalid-id", "Ongeldig document-id"],
  ])("rejects %j with %s", (id, code, fragment) => {
    let error: unknown;
    try {
      parseDocumentId(id);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KamerstukCitationError);
    expect((error as KamerstukCitationError).code).toBe(code);
    expect((error as KamerstukCitationError).input).toBe(id);
    expect((error as KamerstukCitationError).message).toContain(fragment);
  });
});

describe("documentUrl", () => {
  it("points at zoek.officielebekendmakingen.nl", () => {
    expect(documentUrl("kst-29628-1030")).toBe("https://zoek.officielebekendmakingen.nl/kst-29628-1030");
    expect(documentUrl("h-tk-20202021-36-8")).toBe("https://zoek.officielebekendmakingen.nl/h-tk-20202021-36-8");
  });

  it("uses the canonical id", () => {
    expect(documentUrl("kst-34372-g")).toBe("https://zoek.officielebekendmakingen.nl/kst-34372-G");
  });

  it("refuses a malformed id instead of building a broken link", () => {
    expect(() => documentUrl("kst-29628")).toThrow(KamerstukCitationError);
    expect(() => documentUrl("../../etc/passwd")).toThrow(KamerstukCitationError);
  });

  it("matches the url on a parsed citation", () => {
    const c = parseKamerstukCitation("Kamerstukken II 2017/18, 34 775-IV, nr. 44");
    expect(documentUrl(c.id)).toBe(c.url);
  });
});
