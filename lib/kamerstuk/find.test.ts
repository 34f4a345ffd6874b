import { describe, expect, it } from "vitest";
import { findKamerstukCitations, parseDocumentId, parseKamerstukCitation } from "./index";

function ids(text: string): string[] {
  return findKamerstukCitations(text).map((f) => f.citation.id);
}

describe("findKamerstukCitations", () => {
  it("finds a kamerstuk and an Aanhangsel joined by 'en'", () => {
    const text = "Kamerstuk 29 628, nr. 1004 en Aanhangsel Handelingen II 2020/21, nr. 2065";
    const found = findKamerstukCitations(text);
    expect(found.map((f) => f.citation.id)).toEqual(["kst-29628-1004", "ah-tk-20202021-2065"]);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(["Kamerstuk 29 628, nr. 1004", "Aanhangsel Handelingen II 2020/21, nr. 2065"]);
  });

  it("finds two Aanhangsels separated by a semicolon, with the page on the second", () => {
    const found = findKamerstukCitations("Aanhangsel Handelingen II 2020/21, nr. 469; Aanhangsel Handelingen II 2019/20, nr. 3050, p.3");
    expect(found.map((f) => [f.citation.id, f.citation.page])).toEqual([
      ["ah-tk-20202021-469", null],
      ["ah-tk-20192020-3050", "3"],
    ]);
  });

  it("reports offsets into the original text, also when the citation is broken over lines", () => {
    const text = "Zoals gemeld (zie Kamer-\nstukken 29\u00A0628, nr.\n1017) en eerder.";
    const [found] = findKamerstukCitations(text);
    expect(found?.citation.id).toBe("kst-29628-1017");
    expect(found?.start).toBe(text.indexOf("Kamer-"));
    expect(found?.end).toBe(text.indexOf(")"));
    expect(found?.citation.raw).toBe("Kamer-\nstukken 29\u00A0628, nr.\n1017");
    expect(text.slice(found?.start, found?.end)).toBe(found?.citation.raw);
  });

  it("ends a citation before the footnote's closing period", () => {
    const text = "3 Kamerstuk 29 628, nr. 985.";
    const [found] = findKamerstukCitations(text);
    expect(text.slice(found?.start, found?.end)).toBe("Kamerstuk 29 628, nr. 985");
  });

  it("finds citations on consecutive footnote lines without merging them", () => {
    const text = "10 Kamerstuk 29 628, nr. 1013.\n11 Kamerstuk 29 628, nr. 997.\n12 Kamerstuk 29 628, nr. 160.";
    expect(ids(text)).toEqual(["kst-29628-1013", "kst-29628-997", "kst-29628-160"]);
  });

  it("does not take the next footnote number for a page or ondernummer", () => {
    const text = "9 Kamerstuk 29 628, nr. 1004 en Aanhangsel Handelingen II 2020/21, nr. 2065\n10 Kamerstuk 29 628, nr. 1013.";
    expect(ids(text)).toEqual(["kst-29628-1004", "ah-tk-20202021-2065", "kst-29628-1013"]);
  });

  it("reads the page footer and stops before the page number", () => {
    const text = "De Minister\n\nTweede Kamer, vergaderjaar 2020–2021, 29 628, nr. 1030 13\n";
    const [found] = findKamerstukCitations(text);
    expect(found?.citation).toMatchObject({ id: "kst-29628-1030", kamer: "TK", vergaderjaar: "2020-2021" });
    expect(text.slice(found?.start, found?.end)).toBe("Tweede Kamer, vergaderjaar 2020–2021, 29 628, nr. 1030");
  });

  it("finds a Handelingen citation after a semicolon in a sentence split over lines", () => {
    const text = "door de Eerste \n\nKamer aangenomen; Handelingen II 2020/21, nr. 36, item 8\n25 De politie";
    expect(ids(text)).toEqual(["h-tk-20202021-36-8"]);
  });

  it("finds the longer forms inside a sentence", () => {
    const text =
      "Zie Kamerstukken II 2017/18, 34 775-IV, nr. 44, eerder Kamerstukken I 2008/09, 22 112 / 31 544, CK en " +
      "Kamerstuk 34 775 A, nr. 5. Eerste Kamer, vergaderjaar 2008–2009, 22 112, CK";
    expect(ids(text)).toEqual(["kst-34775-IV-44", "kst-22112-CK", "kst-34775-A-5", "kst-22112-CK"]);
  });

  it("finds a citation whose footnote number is glued to the keyword", () => {
    expect(ids("3Kamerstuk 29 628, nr. 985.")).toEqual(["kst-29628-985"]);
  });

  it("finds hyphenated Aanhangsel citations", () => {
    expect(ids("Zie Aan-\nhangsel Handelingen II 2020/21, nr. 2065.")).toEqual(["ah-tk-20202021-2065"]);
  });

  it("keeps a citation but drops a malformed page behind it", () => {
    const text = "Kamerstuk 29 628, nr. 985, p. x";
    const [found] = findKamerstukCitations(text);
    expect(found?.citation.id).toBe("kst-29628-985");
    expect(found?.citation.page).toBeNull();
    expect(text.slice(found?.start, found?.end)).toBe("Kamerstuk 29 628, nr. 985");
  });

  it("keeps a Handelingen citation without item when the item number is missing", () => {
    expect(ids("Handelingen II 2020/21, nr. 36, item zie boven")).toEqual(["h-tk-20202021-36"]);
  });

  it("does not invent a Handelingen citation inside a malformed Aanhangsel", () => {
    expect(ids("Aanhangsel Handelingen II, nr. 2065")).toEqual([]);
    expect(ids("Aanhangsel van de Handelingen II nr. 12")).toEqual([]);
    expect(ids("Aanhangsel bij deze Handelingen II 2020/21, nr. 5")).toEqual([]);
  });

  it("skips malformed candidates and still finds the well-formed ones after them", () => {
    const text = "Kamerstuk 29 628 (nog niet verschenen) en Kamerstukken II 2020/23, 29 628, nr. 5; Kamerstuk 29 628, nr. 985";
    expect(ids(text)).toEqual(["kst-29628-985"]);
  });

  it("does not guess at a list of ondernummers", () => {
    expect(ids("Kamerstukken 29 628, nrs. 985 en 1004")).toEqual([]);
  });

  it("does not report bare dossier numbers in prose, which are often other publications", () => {
    expect(ids("Staatsblad 2020, nr. 5 en 34 775 A, nr. 5")).toEqual([]);
  });

  it("does not report false positives in ordinary prose", () => {
    const prose = [
      "5 Conform artikel 38a Politiewet 2012.",
      "Tussen eind 2017 en eind 2020 steeg de Nederlandse bevolking van 17.181.084 naar 17.475.415.",
      "Tabel 1: Wijkagenten in fte ten opzichte van bevolkingsaantal",
      "De politie is vooruitlopend op de inwerkingtreding (1 juli 2022) al gestart.",
      "Op 11 mei jl. is het wetsvoorstel door de Eerste Kamer aangenomen.",
      "Ik wil uw Kamer op de hoogte stellen; de Tweede Kamer, vergaderjaar na vergaderjaar, vraagt erom.",
      "Een lange periode met onderhandelingen en acties; de Handelingen van de Kamer.",
      "Deze Kamerstukken worden in 2023 gepubliceerd, zie ook het aanhangsel bij de brief.",
      "Kamerstukken 2020 en 2021 zijn nog niet verwerkt.",
      "Raadpleegbaar via www.tweedekamer.nl, 24/7-diensten, 201920 heb toegelicht",
    ].join("\n");
    expect(findKamerstukCitations(prose)).toEqual([]);
  });

  it("returns an empty list for empty text", () => {
    expect(findKamerstukCitations("")).toEqual([]);
    expect(findKamerstukCitations(" \n ")).toEqual([]);
  });

  it("returns full citations with label and url", () => {
    const [found] = findKamerstukCitations("Kamerstukken I 2008/09, 22 112 / 31 544, CK.");
    expect(found?.citation).toMatchObject({
      id: "kst-22112-CK",
      kamer: "EK",
      label: "Kamerstukken 22 112 en 31 544, CK",
      url: "https://zoek.officielebekendmakingen.nl/kst-22112-CK",
    });
  });

  // Eerste Kamer letters (corpus: bzk-2013-ek-uitstel-motie-vliegenthart, ienw-2010-vrom-slotverklaring-zeister-beraad).
  it("finds a motie cited by its mover and place, with a Roman-numbered Eerste Kamer dossier", () => {
    const ids = (text: string) => findKamerstukCitations(text).map((f) => [f.citation.id, text.slice(f.start, f.end)]);
    expect(ids("Op 2 juli jl. aanvaardde Uw Kamer de motie Vliegenthart (2012–2013, CII, B) om te komen met een analyse.")).toEqual([
      ["kst-CII-B", "2012–2013, CII, B"],
    ]);
    expect(ids("de in de Eerste Kamer aangenomen motie Huijbregts-Schiedon, 31 953, I.")).toEqual([["kst-31953-I", "31 953, I"]]);
    expect(ids("de motie Van der Staaij c.s. (35 300, nr. 12) vraagt")).toEqual([["kst-35300-12", "35 300, nr. 12"]]);
    // a motie named without its place, and Roman numerals that are no dossier
    expect(ids("de motie Poppe inzake een algemene vervangingsplicht")).toEqual([]);
    expect(ids("In hoofdstuk CII, B staat het anders; Kamerstukken II 2019/20, 35 300, nr. 5.")).toEqual([
      ["kst-35300-5", "Kamerstukken II 2019/20, 35 300, nr. 5"],
    ]);
  });

  it("parses the EU councils' numbered dossier series and Roman dossiers as ids and citations", () => {
    expect(parseKamerstukCitation("Kamerstuk 21 501-02, nr. 1581")).toMatchObject({ id: "kst-21501-02-1581", label: "Kamerstuk 21 501-02, nr. 1581" });
    expect(parseKamerstukCitation("Kamerstukken I 2013/14, CII, G")).toMatchObject({ id: "kst-CII-G", label: "Kamerstuk CII, G" });
    expect(parseDocumentId("kst-CII-G").label).toBe("Kamerstuk CII, G");
    expect(parseDocumentId("kst-21501-02-1581").label).toBe("Kamerstuk 21 501-02, nr. 1581");
  });
});
