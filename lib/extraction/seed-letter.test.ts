import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractLetter, type ExtractedCommitment } from "./index";

// The seed letter (Kamerstuk 29 628, nr. 1030) as kept beside the citation tests, and the reviewed seed data.
const letter = readFileSync(fileURLToPath(new URL("../kamerstuk/fixtures/kamerstuk-29628-1030.txt", import.meta.url)), "utf8");
interface SeedCommitment {
  number: string;
  text: string;
  status: string;
  deadlinePhrase: string | null;
}
const seed = JSON.parse(readFileSync(fileURLToPath(new URL("../../prisma/seed/kamerstuk-29628-1030.json", import.meta.url)), "utf8")) as {
  letter: string;
  documents: Array<{ citation: string; date: string | null }>;
  commitments: SeedCommitment[];
};
const letterDate = seed.documents.find((d) => d.citation === seed.letter)?.date ?? "";

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean);
}

/** Share of words two texts have in common (Dice), to pair a candidate with a seeded commitment. */
function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = new Set(words(b));
  const common = wa.filter((w) => wb.has(w)).length;
  return (2 * common) / (wa.length + wb.size);
}

function bestMatch(candidates: ExtractedCommitment[], text: string): ExtractedCommitment | undefined {
  const scored = candidates.map((c) => ({ c, score: overlap(text, c.text) })).sort((a, b) => b.score - a.score);
  return scored[0] && scored[0].score >= 0.8 ? scored[0].c : undefined;
}

// From prisma/seed/README.md, "Excluded, and why" (plus the intro's umbrella sentence and the completed table rows).
const EXCLUDED = [
  "Ik wil uw Kamer op de hoogte stellen van het akkoord",
  "In 2021 wordt de wijze waarop de vacaturevervulling",
  "Afhankelijk van de resultaten worden verbeteringen doorgevoerd",
  "Het wetsvoorstel strafrechtelijke aanpak ondermijning maakt bovendien",
  "De politie neemt maatregelen om de druk op de basisteams",
  "Ik verwacht dat formatie en bezetting vanaf 2024 in evenwicht zullen zijn",
  "De doelstelling voor mensenhandel voor 2021 heb ik gesteld op 205 verdachten",
  "heb ik gemeld dat er nadere maatregelen zullen worden getroffen",
  "waartoe de korpschef inmiddels opdracht heeft gegeven",
  "Dit aantal loopt op tot een kleine 1.100 fte vanaf 2022",
  "In het position paper politie is de gezamenlijke de ambitie uitgesproken",
  "Bijgaand wordt uw Kamer het verslag van de Inspectie",
  "wetsevaluatie die thans gaande is",
  "Ik heb met de korpschef overlegd dat hij over kan gaan",
  "Per abuis zijn de ontslagcijfers",
  "Bij deze rapporteer ik uw Kamer deze cijfers",
  "Waar nodig zal op basis van dit onderzoek een verbeterslag worden gemaakt",
  "Koers politiehonden",
  "Tenslotte is het de bedoeling dat de verantwoording over GDPA",
  "Zoals eerder benoemd heb ik de korpschef gevraagd",
  "KPMG Juli 2020",
  "Inspectie JenV Januari 2021",
];

describe("the seed letter, Kamerstuk 29 628, nr. 1030", () => {
  const extraction = extractLetter(letter, { madeOn: letterDate });

  it("finds every one of the 17 seeded commitments, with its kind and deadline phrase", () => {
    expect(seed.commitments).toHaveLength(17);
    for (const s of seed.commitments) {
      const found = bestMatch(extraction.commitments, s.text);
      expect(found, `${s.number}: ${s.text.slice(0, 60)}`).toBeDefined();
      expect(found?.text, s.number).toBe(s.text);
      expect(found?.kind, s.number).toBe(s.status === "fulfilled" ? "fulfilled" : "new");
      expect(found?.deadline?.phrase ?? null, s.number).toBe(s.deadlinePhrase);
    }
  });

  it("finds nothing else: no excluded passage, no umbrella sentence, no completed table row", () => {
    expect(extraction.commitments).toHaveLength(17);
    expect(extraction.commitments.filter((c) => c.kind === "fulfilled")).toHaveLength(5);
    for (const c of extraction.commitments) {
      for (const phrase of [...EXCLUDED, "In deze brief doe ik u mijn toezeggingen"]) {
        expect(c.text, c.title).not.toContain(phrase);
      }
    }
  });

  it("resolves deadlines against the letter date and cites the sources of what it fulfils", () => {
    const byPhrase = (p: string) => extraction.commitments.find((c) => c.deadline?.phrase === p);
    expect(byPhrase("bij de conceptbegroting voor 2023")?.deadline).toEqual({
      phrase: "bij de conceptbegroting voor 2023",
      earliest: "2022-09-20",
      latest: "2022-09-20",
      precision: "day",
    });
    expect(byPhrase("uiterlijk in het voorjaar van 2022")?.deadline?.latest).toBe("2022-05-31");
    expect(byPhrase("eind dit jaar")?.deadline?.latest).toBe("2021-12-31");
    expect(byPhrase("uiterlijk in 2025")?.references).toEqual(["kst-29628-916"]);
    const wpbr = extraction.commitments.find((c) => c.text.includes("businesscase Wpbr"));
    expect(wpbr?.references).toEqual(["ah-tk-20202021-469", "ah-tk-20192020-3050"]);
    const gdpa = extraction.commitments.find((c) => c.text.startsWith("Op 15 april jl."));
    expect(gdpa?.references).toEqual(["kst-29628-1012"]);
  });

  it("gives every candidate its subject beside the verbatim text: the section heading, and what 'de analyse' is", () => {
    for (const c of extraction.commitments) expect(c.context.heading, c.title).toMatch(/\p{L}{4,}/u);
    const followUp = extraction.commitments.find((c) => c.text.startsWith("Ik heb de korpschef gevraagd om in het jaarverslag over 2021"));
    expect(followUp?.text).toBe(
      "Ik heb de korpschef gevraagd om in het jaarverslag over 2021 nader in te gaan op de vervolgstappen die naar aanleiding van de analyse zijn gezet en welke inzichten dit heeft opgeleverd.",
    );
    expect(followUp?.context).toEqual({
      heading: "Geweld door politieambtenaren",
      refersTo: [{ phrase: "de analyse", meaning: "een analyse naar geweld door politieambtenaren (GDPA)" }],
    });
    expect(followUp?.title).toContain("(analyse GDPA)");
    expect(extraction.commitments.find((c) => c.text.includes("doxing"))?.context.heading).toBe("Cao politie 2021");
  });

  it("gives offsets, short titles and a cue for every candidate", () => {
    for (const c of extraction.commitments) {
      expect(extraction.normalizedText.slice(c.start, c.end)).toBe(c.text);
      expect(c.title.length).toBeGreaterThan(5);
      expect(c.title.length).toBeLessThanOrEqual(90);
      expect(c.cue).toMatch(/^[a-z() ]+: '.+'$/);
    }
    const titles = extraction.commitments.map((c) => c.title);
    expect(titles).toContain("Nader ingaan op de wijkagent");
    expect(titles).toContain("Het wetsvoorstel strafbaarstelling doxing in consultatie brengen");
    expect(titles).toContain("Informeren over de uitkomsten van de businesscase Wpbr");
  });

  it("identifies the letter by its footer and signature; it states no date or title", () => {
    expect(extraction.letter).toEqual({
      id: "kst-29628-1030",
      title: null,
      date: null,
      minister: "F.B.J. Grapperhaus",
      ministerFunction: "Minister van Justitie en Veiligheid",
    });
  });

  it("lists every citation of the letter with the places it is cited", () => {
    expect(new Set(extraction.references.map((r) => r.id))).toEqual(
      new Set([
        "kst-29628-985",
        "kst-29628-1015",
        "kst-29628-972",
        "kst-29628-997",
        "kst-29628-1004",
        "ah-tk-20202021-2065",
        "kst-29628-1013",
        "kst-29628-160",
        "kst-29628-904",
        "kst-29628-784",
        "kst-34372-G",
        "kst-29628-970",
        "ah-tk-20202021-469",
        "ah-tk-20192020-3050",
        "kst-29628-1012",
        "kst-29628-1017",
        "h-tk-20202021-36-8",
        "kst-29628-916",
        "kst-29628-1030",
      ]),
    );
    for (const r of extraction.references) {
      expect(r.url).toBe(`https://zoek.officielebekendmakingen.nl/${r.id}`);
      for (const p of r.passages) expect(extraction.normalizedText.slice(p.start, p.end)).toBe(p.text);
    }
    const situatie = extraction.references.find((r) => r.id === "kst-29628-985");
    expect(situatie?.passages.map((p) => p.text)).toEqual([
      "In mijn brief van 4 november 2020 informeerde ik uw Kamer over de precieze situatie.",
      "3 Kamerstuk 29 628, nr. 985.",
    ]);
    // Cited three times (footnotes 17, 18, 20): each sentence and each footnote.
    expect(extraction.references.find((r) => r.id === "kst-29628-970")?.passages).toHaveLength(6);
  });

  it("reads a copy with Windows line endings the same way", () => {
    const crlf = extractLetter(letter.replace(/\n/g, "\r\n"), { madeOn: letterDate });
    expect(crlf.commitments.map((c) => c.text)).toEqual(extraction.commitments.map((c) => c.text));
  });

  it("without a date, reads deadlines from the latest date the letter mentions within its vergaderjaar, says so, and still finds all 17", () => {
    const undated = extractLetter(letter);
    for (const s of seed.commitments) expect(bestMatch(undated.commitments, s.text), s.number).toBeDefined();
    const withDeadline = undated.commitments.filter((c) => c.deadline !== null);
    expect(withDeadline.length).toBeGreaterThan(0);
    const from = /brief zonder datum: termijn gelezen vanaf (\d{4}-\d{2}-\d{2}), de laatste datum die de brief noemt/;
    for (const c of withDeadline) expect(c.cue).toMatch(from);
    const madeOn = from.exec(withDeadline[0]!.cue)![1]!;
    // within vergaderjaar 2020–2021 and before the letter's real date; never today
    expect(madeOn >= "2020-09-01" && madeOn <= letterDate).toBe(true);
    // History before the vergaderjaar began (KPMG, July 2020) is still recognised as history.
    expect(undated.commitments.some((c) => c.text.includes("KPMG Juli 2020"))).toBe(false);
  });

  it("without any date to go by, leaves every range empty and says why", () => {
    // every written date gone (one is hyphenated over a line break: "30 septem-\nber 2020")
    const bare = extractLetter(
      letter
        .replace(/septem-\s*ber/g, "september")
        .replace(/\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}\b/gi, "onlangs"),
    );
    const withDeadline = bare.commitments.filter((c) => c.deadline !== null);
    expect(withDeadline.length).toBeGreaterThan(0);
    for (const c of withDeadline) {
      expect(c.deadline).toMatchObject({ earliest: null, latest: null });
      expect(c.cue).toContain("brief zonder datum: de termijn is niet te bepalen — vul de datum van de brief in");
    }
  });
});
