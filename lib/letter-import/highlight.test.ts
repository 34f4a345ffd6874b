import { describe, expect, it } from "vitest";
import { sentenceInContext } from "./highlight";

const LETTER = [
  "Geachte voorzitter,",
  "",
  "Cao politie 2021. Op maandag 28 juni hebben de voorzitters en ik de cao\nondertekend. Tevens breng ik op korte termijn het wetsvoorstel\nstrafbaarstelling doxing in consultatie. Dit is de laatste zin.",
  "",
  "Wijkagenten. In het Commissiedebat heb ik u toegezegd nader in te gaan op de wijkagent.",
].join("\n");

const span = (text: string, sentence: string) => {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`not in text: ${sentence}`);
  return [start, start + sentence.length] as const;
};

describe("sentenceInContext", () => {
  it("highlights the sentence inside its own paragraph only, with line breaks read as spaces", () => {
    const [s, e] = span(LETTER, "Tevens breng ik op korte termijn het wetsvoorstel\nstrafbaarstelling doxing in consultatie.");
    const c = sentenceInContext(LETTER, s, e);
    expect(c.match).toBe("Tevens breng ik op korte termijn het wetsvoorstel strafbaarstelling doxing in consultatie.");
    expect(c.before).toBe("Cao politie 2021. Op maandag 28 juni hebben de voorzitters en ik de cao ondertekend. ");
    expect(c.after).toBe(" Dit is de laatste zin.");
    expect(c.before).not.toContain("Geachte");
    expect(c.after).not.toContain("Wijkagenten");
    expect([c.clippedBefore, c.clippedAfter]).toEqual([false, false]);
  });

  it("handles the first and the last paragraph of the letter", () => {
    const first = sentenceInContext(LETTER, 0, "Geachte voorzitter,".length);
    expect(first).toMatchObject({ before: "", match: "Geachte voorzitter,", after: "" });
    const [s, e] = span(LETTER, "In het Commissiedebat heb ik u toegezegd nader in te gaan op de wijkagent.");
    expect(sentenceInContext(LETTER, s, e)).toMatchObject({ before: "Wijkagenten. ", after: "" });
  });

  it("takes both paragraphs when the sentence runs over a paragraph break", () => {
    const s = LETTER.indexOf("Dit is de laatste zin.");
    const e = LETTER.indexOf(" In het Commissiedebat");
    const c = sentenceInContext(LETTER, s, e);
    expect(c.match).toBe("Dit is de laatste zin. Wijkagenten.");
    expect(c.before).toContain("Cao politie 2021.");
    expect(c.after).toContain("toegezegd nader in te gaan op de wijkagent.");
  });

  it("treats blank lines with spaces or carriage returns as paragraph breaks", () => {
    const text = "Eerste alinea.\r\n \r\nTweede alinea met de zin. En meer.\r\n\r\nDerde.";
    const [s, e] = span(text, "Tweede alinea met de zin.");
    expect(sentenceInContext(text, s, e)).toMatchObject({ before: "", after: " En meer." });
  });

  it("cuts a long paragraph at word boundaries and says so", () => {
    const words = Array.from({ length: 400 }, (_, i) => `woord${i}`).join(" ");
    const text = `${words} Ik zal uw Kamer voor de zomer informeren. ${words}`;
    const [s, e] = span(text, "Ik zal uw Kamer voor de zomer informeren.");
    const c = sentenceInContext(text, s, e, { maxContext: 100 });
    expect(c.clippedBefore).toBe(true);
    expect(c.clippedAfter).toBe(true);
    expect(c.before.length).toBeLessThanOrEqual(100);
    expect(c.after.length).toBeLessThanOrEqual(100);
    expect(c.before).toMatch(/^woord\d+ /);
    expect(c.after).toMatch(/ woord\d+$/);
    expect(c.match).toBe("Ik zal uw Kamer voor de zomer informeren.");
  });

  it("clamps offsets outside the text instead of failing", () => {
    expect(sentenceInContext("Kort.", -5, 99)).toMatchObject({ before: "", match: "Kort.", after: "" });
    expect(sentenceInContext("Kort.", 4, 2)).toMatchObject({ before: "Kort", match: "", after: "." });
    expect(sentenceInContext("", 0, 0)).toMatchObject({ before: "", match: "", after: "" });
  });
});
