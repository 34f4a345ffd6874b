import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractLetter, type Extraction } from "./index";

function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), "utf8");
}

interface Expected {
  kind: "new" | "fulfilled";
  text: string;
  deadline: string | null;
  references?: string[];
}

/** Exactly these candidates, in this order. */
function expectCommitments(extraction: Extraction, expected: Expected[]): void {
  expect(extraction.commitments.map((c) => ({ kind: c.kind, text: c.text, deadline: c.deadline?.phrase ?? null }))).toEqual(
    expected.map(({ kind, text, deadline }) => ({ kind, text, deadline })),
  );
  expected.forEach((e, i) => {
    if (e.references) expect(extraction.commitments[i]?.references, e.text).toEqual(e.references);
  });
  for (const c of extraction.commitments) {
    expect(extraction.normalizedText.slice(c.start, c.end)).toBe(c.text);
    expect(c.title.length).toBeLessThanOrEqual(90);
  }
}

describe("a Rijksoverheid letter with letterhead, running heads, superscript footnotes and a Staatssecretaris", () => {
  const extraction = extractLetter(fixture("rijksoverheid-staatssecretaris.txt"));

  it("reads the letterhead and the signature", () => {
    expect(extraction.letter).toEqual({
      id: null,
      title: "Voortgang aanpak wachttijden jeugdzorg",
      date: "2021-07-02",
      minister: "J.A. de Boer",
      ministerFunction: "Staatssecretaris van Volksgezondheid, Welzijn en Sport",
    });
    expect(extraction.normalizedText).toContain("In de vorige voortgangsbrief schetste ik");
    expect(extraction.normalizedText).not.toMatch(/Pagina 2|Ons kenmerk|Geachte/);
  });

  it("finds the kept promise and the new ones, resolved against the letter's date", () => {
    expectCommitments(extraction, [
      {
        kind: "fulfilled",
        text: "Tijdens het commissiedebat jeugd van 10 juni 2021 heb ik uw Kamer toegezegd terug te komen op de cijfers over wachtlijsten per regio.",
        deadline: null,
        references: ["kst-31839-790"],
      },
      {
        kind: "new",
        text: "Ik zal uw Kamer voor de zomer van 2022 informeren over de resultaten van de regionale expertteams.",
        deadline: "voor de zomer van 2022",
      },
      {
        kind: "new",
        text: "Daarnaast stuur ik uw Kamer uiterlijk in het eerste kwartaal van 2022 de evaluatie van de Jeugdwet.",
        deadline: "uiterlijk in het eerste kwartaal van 2022",
        references: ["kst-31839-775"],
      },
      {
        kind: "new",
        text: "Het kabinet zal vóór 1 januari 2023 een wetsvoorstel voor de reikwijdte van de jeugdzorg indienen.",
        deadline: "vóór 1 januari 2023",
      },
    ]);
    expect(extraction.commitments[3]?.deadline).toEqual({ phrase: "vóór 1 januari 2023", earliest: "2021-07-02", latest: "2022-12-31", precision: "day" });
  });
});

describe("an officielebekendmakingen Kamerstuk with 'Den Haag, <datum>', inline citations and end notes", () => {
  const extraction = extractLetter(fixture("kamerstuk-minister-den-haag.txt"));

  it("reads dossier, number, date and a ministry with commas in its name", () => {
    expect(extraction.letter).toEqual({
      id: "kst-32827-245",
      title: null,
      date: "2021-10-14",
      minister: "A.B. Jansen",
      ministerFunction: "Minister van Onderwijs, Cultuur en Wetenschap",
    });
  });

  it("keeps the promise with the sentence that says it is kept, and finds what the minister expects to send", () => {
    expectCommitments(extraction, [
      {
        kind: "fulfilled",
        text: "In het notaoverleg van 21 juni 2021 heb ik uw Kamer toegezegd u te informeren over de aanpak van het lerarentekort in de grote steden (Kamerstuk 32 827, nr. 230). Met deze brief doe ik die toezegging gestand.",
        deadline: null,
        references: ["kst-32827-230"],
      },
      {
        kind: "new",
        text: "Ik verwacht uw Kamer in het voorjaar van 2022 te informeren over de uitkomsten van de pilots met zij-instromers.",
        deadline: "in het voorjaar van 2022",
      },
      { kind: "new", text: "Eind dit jaar stuur ik uw Kamer bovendien de monitor lerarentekort.", deadline: "eind dit jaar" },
      { kind: "new", text: "Het kabinet zal daarnaast bij de Voorjaarsnota bezien of extra middelen voor de G5 nodig zijn.", deadline: "bij de Voorjaarsnota" },
    ]);
  });

  it("cites the end notes from the sentences carrying their markers", () => {
    const aanhangsel = extraction.references.find((r) => r.id === "ah-tk-20202021-3112");
    expect(aanhangsel?.passages.map((p) => p.text)).toEqual([
      "De schoolbesturen in de G5 hebben samen met de gemeenten een actieplan opgesteld.",
      "1 Aanhangsel Handelingen II 2020/21, nr. 3112.",
    ]);
    expect(extraction.references.map((r) => r.id)).toEqual(["kst-32827-230", "ah-tk-20202021-3112", "kst-27923-410", "kst-32827-245"]);
  });
});

describe("a pdftotext copy with page-bottom footnotes, footers and a table of ongoing research", () => {
  const extraction = extractLetter(fixture("pdf-page-footnotes.txt"), { madeOn: "2022-04-12" });

  it("normalises the page layout", () => {
    const text = extraction.normalizedText;
    expect(text).toContain("het programma digitale weerbaarheid");
    expect(text).toContain("commissiedebat cybersecurity");
    expect(text).toContain("de cao-afspraken met de uitvoeringsorganisaties en de 24/7-diensten");
    expect(text).toContain("hun eigen oefenprogramma’s verder ontwikkelen.");
    expect(text).toContain("In de beleidsreactie van 14 december 2021 heb ik toegelicht");
    expect(extraction.letter).toMatchObject({ id: "kst-26643-812", minister: "D.E. Visser", date: null });
  });

  it("finds the kept promise, the cabinet's promise merged with the promise to report on it, and the open table rows", () => {
    expectCommitments(extraction, [
      {
        kind: "fulfilled",
        text: "Conform mijn toezegging in het commissiedebat cybersecurity van 3 februari 2022 ga ik in deze brief in op de resultaten van de sectorale oefeningen.",
        deadline: null,
        references: ["kst-26643-790"],
      },
      {
        kind: "new",
        text: "Het kabinet zal uiterlijk in het derde kwartaal van 2022 een wetsvoorstel voor een meldplicht voor digitale incidenten in consultatie brengen. Ik zal uw Kamer over de uitkomsten van de consultatie informeren.",
        deadline: "uiterlijk in het derde kwartaal van 2022",
      },
      {
        kind: "new",
        text: "Onderzoek naar de weerbaarheid van lokale overheden Onderzoeksraad voor Veiligheid Eind 2022",
        deadline: "eind 2022",
        references: ["kst-26643-801"],
      },
      { kind: "new", text: "Verkenning toezicht op clouddiensten Inspectie Justitie en Veiligheid Nog nader te bepalen", deadline: "nog nader te bepalen" },
      { kind: "new", text: "Over de uitkomsten van de onderzoeken informeer ik uw Kamer zodra de rapporten beschikbaar zijn.", deadline: null },
    ]);
    expect(extraction.commitments.map((c) => c.title)).toContain("Verkenning toezicht op clouddiensten (Inspectie Justitie en Veiligheid)");
  });

  it("takes the footnote number off a year and cites the sentence it stood in", () => {
    const aanhangsel = extraction.references.find((r) => r.id === "ah-tk-20212022-1250");
    expect(aanhangsel?.passages[0]?.text).toBe("In de beleidsreactie van 14 december 2021 heb ik toegelicht welke verbeteringen nodig zijn.");
  });
});

describe("a typed letter with inline citations", () => {
  const extraction = extractLetter(fixture("typed-inline-citations.txt"));

  it("keeps two kept promises apart, merges a promise over three sentences, and finds announced deliveries", () => {
    expectCommitments(extraction, [
      {
        kind: "fulfilled",
        text: "In deze brief doe ik u mijn toezegging uit het schriftelijk overleg over het klimaatfonds (Kamerstuk 35 925, nr. 12) gestand.",
        deadline: null,
        references: ["kst-35925-12"],
      },
      {
        kind: "fulfilled",
        text: "Zoals toegezegd in het debat van 17 juni 2021 informeer ik u hierbij tevens over de stand van de subsidieregeling (Handelingen II 2020/21, nr. 91, item 7).",
        deadline: null,
        references: ["h-tk-20202021-91-7"],
      },
      {
        kind: "new",
        text: "Ik ga de komende maanden onderzoeken hoe de regeling eenvoudiger kan. Daarbij betrek ik de uitvoeringsorganisaties. De resultaten van dit onderzoek stuur ik uw Kamer vóór 1 december 2021.",
        deadline: "vóór 1 december 2021",
      },
      { kind: "new", text: "Uw Kamer ontvangt bovendien uiterlijk in week 40 de tweede voortgangsrapportage.", deadline: "uiterlijk in week 40" },
      { kind: "new", text: "De RVO zal de monitor in het najaar van 2021 publiceren.", deadline: "in het najaar van 2021" },
    ]);
    expect(extraction.commitments[2]?.title).toBe("Onderzoeken hoe de regeling eenvoudiger kan");
  });
});

describe("letters that make no commitments", () => {
  it("third parties' measures, plans, forecasts and the letter pointing at itself", () => {
    const extraction = extractLetter(fixture("negative-third-parties-plans.txt"));
    expect(extraction.commitments).toEqual([]);
    expect(extraction.letter).toEqual({
      id: null,
      title: "Stand van zaken regionale veiligheidshuizen",
      date: "2022-03-08",
      minister: "K.L. Smit",
      ministerFunction: "Minister voor Rechtsbescherming",
    });
  });

  it("history: past facts, requests long done and a table of completed research", () => {
    const extraction = extractLetter(fixture("negative-history.txt"));
    expect(extraction.commitments).toEqual([]);
    expect(extraction.letter.date).toBe("2022-02-03");
    expect(extraction.references.map((r) => r.id)).toEqual(["kst-29517-205", "kst-29517-211"]);
    expect(extraction.normalizedText).toContain("over het verbeterprogramma meldkamers. In 2021");
  });
});

describe("an Eerste Kamer toezegging page that names its bill's dossier without a document number", () => {
  it("lists the dossier as a dossier link, apart from the documents it cites", () => {
    const file = readFileSync(fileURLToPath(new URL("../../tests/fixtures/letters/ek-toezegging-T02301-defensie.txt", import.meta.url)), "utf8");
    const extraction = extractLetter(file.replace(/^# (?:source|note):.*\n/gm, ""));
    expect(extraction.dossiers).toEqual([{ key: "33694", label: "33 694", url: "https://zoek.officielebekendmakingen.nl/dossier/33694" }]);
    expect(extraction.references.map((r) => r.id)).not.toContain("33694");
  });
});
