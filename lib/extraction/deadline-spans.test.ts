import { describe, expect, it } from "vitest";
import { findDeadlineSpans, namesPastEvent, resolveSpan, type DateContext } from "./deadline-spans";
import { splitSentences } from "./sentences";

const dated: DateContext = { madeOn: "2021-06-29" };

function phrases(sentence: string): string[] {
  return findDeadlineSpans(sentence).map((s) => s.phrase);
}

describe("deadline phrases in a sentence", () => {
  it("finds the phrase where it stands, longest first, none inside another", () => {
    expect(phrases("De commissie zal haar werk naar verwachting uiterlijk in het voorjaar van 2022 voltooien.")).toEqual([
      "uiterlijk in het voorjaar van 2022",
    ]);
    expect(phrases("Tevens breng ik op korte termijn het wetsvoorstel in consultatie.")).toEqual(["op korte termijn"]);
    expect(phrases("Ik zal het komende jaar verkennen welke wijzigingen nodig zijn.")).toEqual(["het komende jaar"]);
  });

  it("runs a phrase that opens the sentence up to the verb", () => {
    expect(phrases("In het jaarverslag 2021 van de politie zal over de resultaten gerapporteerd worden.")).toEqual(["In het jaarverslag 2021 van de politie"]);
    expect(phrases("Bij de conceptbegroting voor 2023 zal ik uw Kamer informeren.")).toEqual(["Bij de conceptbegroting voor 2023"]);
  });

  it("keeps two periods apart and skips dates marked as past ('jl.')", () => {
    expect(phrases("Eind dit jaar bezie ik de doelstellingen voor 2022.")).toEqual(["Eind dit jaar", "voor 2022"]);
    expect(phrases("Hierover informeerde ik u in het halfjaarbericht dat ik op 4 juni jl. stuurde.")).toEqual([]);
  });

  it("resolves with lib/deadline against the date, lower-casing a sentence's first word", () => {
    const [span] = findDeadlineSpans("Bij de conceptbegroting voor 2023 zal ik uw Kamer informeren.");
    expect(span && resolveSpan(span, dated, true)).toMatchObject({
      phrase: "bij de conceptbegroting voor 2023",
      past: false,
      deadline: { phrase: "bij de conceptbegroting voor 2023", earliest: "2022-09-20", latest: "2022-09-20", precision: "day" },
    });
  });

  it("calls a period over at the date past; without a date it recognises the phrase and leaves the range empty", () => {
    const [juli] = findDeadlineSpans("in juli 2020");
    const [ditJaar] = findDeadlineSpans("voor het einde van dit jaar");
    if (!juli || !ditJaar) throw new Error("no span");
    expect(resolveSpan(juli, dated, false)?.past).toBe(true);
    const undated: DateContext = { madeOn: null };
    expect(resolveSpan(juli, undated, false)).toMatchObject({
      past: false,
      deadline: { phrase: "in juli 2020", earliest: null, latest: null, precision: "month" },
    });
    // "dit jaar" of an undated letter is no year at all (it used to land in 1900).
    expect(resolveSpan(ditJaar, undated, false)?.deadline).toMatchObject({ earliest: null, latest: null });
  });

  it("knows a time adverbial of something done from a deadline", () => {
    const sentence = "In 2020 heb ik tweemaal geantwoord dat de Kamer te zijner tijd wordt geïnformeerd.";
    const [in2020, tzt] = findDeadlineSpans(sentence);
    expect(in2020 && namesPastEvent(sentence, in2020)).toBe(true);
    expect(tzt && namesPastEvent(sentence, tzt)).toBe(false);
    const verzocht = "Ik heb de Inspectie in 2019 verzocht onderzoek te doen.";
    const [span] = findDeadlineSpans(verzocht);
    expect(span && namesPastEvent(verzocht, span)).toBe(true);
  });
});

describe("sentence boundaries", () => {
  it("does not split at abbreviations, initials or list numbers", () => {
    const text =
      "Op 15 april jl. heb ik u geïnformeerd. Een commissie onder dhr. Oebele Brouwer werkt. De motie Dittrich c.s. is aangenomen. Getekend door F.B.J. Grapperhaus. Twee zaken: 1. De cijfers. Klaar? Ja.";
    expect(splitSentences(text, 10, 0).map((s) => s.text)).toEqual([
      "Op 15 april jl. heb ik u geïnformeerd.",
      "Een commissie onder dhr. Oebele Brouwer werkt.",
      "De motie Dittrich c.s. is aangenomen.",
      "Getekend door F.B.J. Grapperhaus.",
      "Twee zaken: 1. De cijfers.",
      "Klaar?",
      "Ja.",
    ]);
    expect(splitSentences(text, 10, 0)[1]?.start).toBe(10 + text.indexOf("Een commissie"));
  });
});
