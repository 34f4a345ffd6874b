import { describe, expect, it } from "vitest";
import { buildDocument } from "./document";
import { normalizeBody } from "./normalize";

function body(text: string): string {
  return normalizeBody(text)
    .paragraphs.map((p) => p.text)
    .join("\n\n");
}

/** The body with each footnote marker shown as [^n]. */
function marked(text: string): string {
  const doc = buildDocument(text);
  let out = doc.text.slice(0, doc.bodyEnd);
  for (const m of [...doc.markers].sort((a, b) => b.position - a.position)) {
    out = `${out.slice(0, m.position)}[^${doc.footnotes[m.footnote]?.number}]${out.slice(m.position)}`;
  }
  return out;
}

describe("line breaks and hyphenation", () => {
  it("joins the lines of a paragraph and keeps paragraphs apart", () => {
    expect(body("De politie neemt\nmaatregelen.\n\nKaders\n\nHet voornaamste\nkader.")).toBe(
      "De politie neemt maatregelen.\n\nKaders\n\nHet voornaamste kader.",
    );
  });

  it("undoes end-of-line hyphenation", () => {
    expect(body("door politieambte-\nnaren en arbeidsvoor-\nwaarden")).toBe("door politieambtenaren en arbeidsvoorwaarden");
  });

  it.each([
    ["de cao-\nafspraken", "de cao-afspraken"],
    ["de 24/7-\ndiensten", "de 24/7-diensten"],
    ["de ICT-\nsecurity", "de ICT-security"],
    ["de politie-\ninzet", "de politie-inzet"],
    ["de-\nescalatie", "de-escalatie"],
    ["zij-\ninstromers", "zij-instromers"],
    ["in Noord-\nHolland", "in Noord-Holland"],
    ["politie-\nen brandweerzorg", "politie- en brandweerzorg"],
    ["migratie-\nachtergrond", "migratieachtergrond"],
    ["Belediging/\nbedreiging", "Belediging/bedreiging"],
  ])("keeps a real hyphen: %j", (input, expected) => {
    expect(body(input)).toBe(expected);
  });

  it("joins a word hyphenated across a blank line, and a sentence that goes on in lower case", () => {
    expect(body("tot 30 septem-\n\nber 2020.")).toBe("tot 30 september 2020.");
    expect(body("De gemiddelde inzetbaarheid. De\n\ngemiddelde inzet")).toBe("De gemiddelde inzetbaarheid. De gemiddelde inzet");
    expect(body("Een kop\n\nnog een kop")).toBe("Een kop nog een kop");
    expect(body("Een zin.\n\nnieuwe alinea")).toBe("Een zin.\n\nnieuwe alinea");
  });
});

describe("page furniture", () => {
  it("removes the page footer, page numbers and running heads, and reads the footer as the letter", () => {
    const text = [
      "Het kabinet zal de",
      "",
      "Tweede Kamer, vergaderjaar 2020–2021, 29 628, nr. 1030 13",
      "Datum 2 juli 2021",
      "Kenmerk 3245678",
      "Pagina 2 van 3",
      "regeling wijzigen.",
      "",
      "- 3 -",
      "",
      "Slot.",
    ].join("\n");
    const doc = buildDocument(text);
    expect(doc.text.slice(0, doc.bodyEnd)).toBe("Het kabinet zal de regeling wijzigen.\n\nSlot.");
    expect(doc.footer?.text).toBe("Tweede Kamer, vergaderjaar 2020–2021, 29 628, nr. 1030");
    expect(doc.text.endsWith("\n\nTweede Kamer, vergaderjaar 2020–2021, 29 628, nr. 1030")).toBe(true);
  });

  it("treats a form feed as a page break", () => {
    expect(body("Dit loopt\fdoor op de volgende pagina.\n\nEinde.\fNieuwe pagina.")).toBe("Dit loopt door op de volgende pagina.\n\nEinde.\n\nNieuwe pagina.");
  });

  it("drops the letterhead up to the salutation", () => {
    const text =
      "Aan de Voorzitter van de Tweede Kamer\nPostbus 20018\n2500 EA DEN HAAG\n\nDatum 2 juli 2021\nOnderwerp Iets\n\nGeachte voorzitter,\n\nIk zal u informeren.";
    const normalized = normalizeBody(text);
    expect(normalized.paragraphs.map((p) => p.text)).toEqual(["Ik zal u informeren."]);
    expect(normalized.head).toContain("Onderwerp Iets");
  });
});

describe("footnotes", () => {
  const page = [
    " Zie de bijlagen1 bij deze brief. In mijn brief informeerde ik u over de precieze",
    "situatie3. Van de aspiranten is 17%14",
    "inzetbaar. Dat is te maken.16Het is uiteindelijk aan de rechter (GDPA)22 te",
    "",
    "1 Raadpleegbaar via www.tweedekamer.nl",
    "3 Kamerstuk 29 628, nr. 985.",
    "14 Dit was de gemiddelde inzetbaarheid. De",
    "",
    "gemiddelde inzetbaarheid wordt onderzocht.",
    "16 Kamerstuk 34 372, G, p. 15.",
    "22 Kamerstuk 29 628, nr. 1012.",
    " bepalen hoe het verder gaat.",
  ].join("\n");

  it("lifts the footnote block out of the body and joins the text around it", () => {
    const doc = buildDocument(page);
    expect(doc.text.slice(0, doc.bodyEnd)).toBe(
      "Zie de bijlagen bij deze brief. In mijn brief informeerde ik u over de precieze situatie. Van de aspiranten is 17% inzetbaar. Dat is te maken. Het is uiteindelijk aan de rechter (GDPA) te bepalen hoe het verder gaat.",
    );
    expect(doc.footnotes.map((f) => [f.number, f.text])).toEqual([
      [1, "Raadpleegbaar via www.tweedekamer.nl"],
      [3, "Kamerstuk 29 628, nr. 985."],
      [14, "Dit was de gemiddelde inzetbaarheid. De gemiddelde inzetbaarheid wordt onderzocht."],
      [16, "Kamerstuk 34 372, G, p. 15."],
      [22, "Kamerstuk 29 628, nr. 1012."],
    ]);
    for (const f of doc.footnotes) expect(doc.text.slice(f.start, f.end)).toBe(`${f.number} ${f.text}`);
  });

  it("remembers where each marker stood", () => {
    expect(marked(page)).toBe(
      "Zie de bijlagen[^1] bij deze brief. In mijn brief informeerde ik u over de precieze situatie[^3]. Van de aspiranten is 17%[^14] inzetbaar. Dat is te maken.[^16] Het is uiteindelijk aan de rechter (GDPA)[^22] te bepalen hoe het verder gaat.",
    );
  });

  it("splits a footnote number off a year: 20 augustus 202018", () => {
    const text = "Mijn beleidsreactie van 20 augustus 202018 bestond al.\n\n18 Kamerstuk 29 628, nr. 970.";
    expect(marked(text)).toBe("Mijn beleidsreactie van 20 augustus 2020[^18] bestond al.");
  });

  it("reads superscript markers and footnotes", () => {
    const text = "Zie de situatie³ en de cijfers⁴.\n\n³ Kamerstuk 29 628, nr. 985.\n⁴ Kamerstuk 29 628, nr. 1015.";
    expect(marked(text)).toBe("Zie de situatie[^3] en de cijfers[^4].");
    expect(buildDocument(text).footnotes.map((f) => f.number)).toEqual([3, 4]);
  });

  it("leaves numbers that are no markers alone", () => {
    const text = "Een norm van 1:5.000 en 3.445 fte, 24/7 en in Q3 2022 een groei van 1,3 procent, zie de situatie3.\n\n3 Kamerstuk 29 628, nr. 985.";
    expect(marked(text)).toBe("Een norm van 1:5.000 en 3.445 fte, 24/7 en in Q3 2022 een groei van 1,3 procent, zie de situatie[^3].");
  });

  it("does not take a numbered list or a table row for a footnote", () => {
    const text = "Twee zaken:\n\n1. De cijfers zien op 2019.\n\n2017 17.181.084 3.436\n\n2 Om een beeld te schetsen.";
    expect(buildDocument(text).footnotes).toEqual([]);
    expect(body(text)).toContain("2 Om een beeld te schetsen.");
  });

  it("takes the next number in sequence as a footnote even when its marker was lost", () => {
    const text =
      "Zie de oefeningen2.\n\n2 Kamerstuk 26 643, nr. 781.\n3 Aanhangsel Handelingen II 2021/22, nr. 1250.\n\nTweede Kamer, vergaderjaar 2021–2022, 26 643, nr. 812 1";
    expect(buildDocument(text).footnotes.map((f) => f.text)).toEqual(["Kamerstuk 26 643, nr. 781.", "Aanhangsel Handelingen II 2021/22, nr. 1250."]);
  });

  it("ends a footnote block at a blank line after a complete footnote, where typed letters resume the body", () => {
    const text = "Zie de situatie1.\n\n1 Kamerstuk 29 628, nr. 985.\n\nDe volgende alinea.";
    const doc = buildDocument(text);
    expect(doc.text.slice(0, doc.bodyEnd)).toBe("Zie de situatie.\n\nDe volgende alinea.");
  });
});

describe("tables of ongoing work", () => {
  it("gathers the cells of each row into one paragraph", () => {
    const text = [
      "De tabel hieronder geeft een overzicht van de lopende en recent voltooide onderzoeken bij de LE.",
      "",
      "Onderwerp Onderzoekende partij Voltooiing",
      "",
      "Tweede deelonderzoek LE:",
      "Dienst Specialistische",
      "Operaties",
      "",
      "Inspectie JenV Najaar 2021",
      "",
      "Feiten en omstandigheden",
      "",
      "Commissie onder voorzitter-",
      "schap van dhr. Oebele",
      "Brouwer",
      "",
      "Na de zomer",
      "",
      "Naar aanleiding van de signalen heb ik de Inspectie in 2019 verzocht onderzoek te doen naar de kwaliteit.",
    ].join("\n");
    const doc = buildDocument(text);
    const rows = doc.paragraphs.filter((p) => p.kind === "table-row");
    expect(rows.map((r) => doc.text.slice(r.start, r.end))).toEqual([
      "Tweede deelonderzoek LE: Dienst Specialistische Operaties Inspectie JenV Najaar 2021",
      "Feiten en omstandigheden Commissie onder voorzitterschap van dhr. Oebele Brouwer Na de zomer",
    ]);
    expect(rows[1]?.cells).toEqual(["Feiten en omstandigheden", "Commissie onder voorzitterschap van dhr. Oebele Brouwer", "Na de zomer"]);
    expect(doc.paragraphs[doc.paragraphs.length - 1]?.kind).toBe("prose");
  });
});
