import { describe, expect, it } from "vitest";
import { findDossierMentions } from "./dossier-mentions";

const keys = (text: string) => findDossierMentions(text).map((m) => [m.key, m.label, text.slice(m.start, m.end)]);

describe("findDossierMentions", () => {
  it("finds a dossier named without a document number, as a link to the dossier", () => {
    expect(findDossierMentions("Zie Kamerstuk 34 919 over het vastgoed.")).toEqual([
      {
        dossier: { nummer: "34919", toevoeging: null },
        key: "34919",
        label: "34 919",
        url: "https://zoek.officielebekendmakingen.nl/dossier/34919",
        start: 4,
        end: 20,
      },
    ]);
  });

  it("reads the Eerste Kamer's bracketed dossier, 'dossier' and 'wetsvoorstel', chamber and vergaderjaar, and a suffix", () => {
    expect(keys("Toezegging Verzending documenten aan Eerste Kamer (33.694)De minister")).toEqual([["33694", "33 694", "(33.694)"]]);
    expect(keys("het wetsvoorstel 35 424 (Tijdelijke wet digitale beraadslaging)")).toEqual([["35424", "35 424", "wetsvoorstel 35 424"]]);
    expect(keys("Kamerstukken II 2019/20, 35 300-VII over de begroting")).toEqual([["35300-VII", "35 300-VII", "Kamerstukken II 2019/20, 35 300-VII"]]);
    expect(keys("in dossier 29 628 A.")).toEqual([["29628-A", "29 628-A", "dossier 29 628 A"]]);
  });

  it("leaves a full citation to findKamerstukCitations, and names each dossier once", () => {
    expect(keys("(Kamerstuk 34 919, nr. 77 en Kamerstuk 34 919, nr. 79)")).toEqual([]);
    expect(keys("Kamerstukken 34 477 en 31 839, nr. 57")).toEqual([]);
    expect(keys("Kamerstuk 34300-VII-60")).toEqual([]);
    expect(keys("Kamerstuk 34 919 en later weer Kamerstuk 34 919.")).toHaveLength(1);
    // not a dossier: a year or an amount in brackets
    expect(keys("in (2021) werd € 12.500 (12.500) besteed")).toEqual([]);
  });
});
