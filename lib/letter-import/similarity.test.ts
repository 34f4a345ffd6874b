import { describe, expect, it } from "vitest";
import { containment, diceSimilarity, formatScore, matchScore, significantWords, textSimilarity, trigrams } from "./similarity";

const BUDGET = {
  title: "Verkenning systematiek politiebegroting (incl. bekostiging Politieacademie)",
  text: "Ik zal het komende jaar verkennen welke wijzigingen daartoe nodig en mogelijk zijn in de systematiek van de politiebegroting; hierbij zal ik ook de bekostiging van de Politieacademie betrekken.",
};
const SCHNEIDERS = {
  title: "Advies externe adviescommissie-Schneiders over programmatische aanpak LE",
  text: "Daarnaast zal een externe adviescommissie onder voorzitterschap van dhr. Bernt Schneiders adviseren over de vormgeving van de programmatische aanpak, alsook de (wijze van) uitrol.",
};
const DOXING = {
  title: "Wetsvoorstel strafbaarstelling doxing in consultatie brengen",
  text: "Tevens breng ik op korte termijn het wetsvoorstel strafbaarstelling doxing in consultatie.",
};

const FULFILLING =
  "In mijn brief van 29 juni 2021 heb ik uw Kamer toegezegd te verkennen welke wijzigingen nodig zijn in de systematiek van de politiebegroting, met inbegrip van de bekostiging van de Politieacademie; met deze brief kom ik die toezegging na.";

describe("significantWords", () => {
  it("folds case and diacritics and drops stopwords, short words and bare numbers", () => {
    expect(significantWords("Ik zal uw Kamer vóór 2023 informeren over de geëvalueerde heroriëntatie van de LE.")).toEqual(["geevalueerde", "herorientatie"]);
  });
  it("keeps the words of a compound together and splits on punctuation", () => {
    expect(significantWords("adviescommissie-Schneiders, politiebegroting;")).toEqual(["adviescommissie", "schneiders", "politiebegroting"]);
  });
});

describe("trigrams", () => {
  it("pads each word like pg_trgm: two spaces in front, one behind", () => {
    expect([...trigrams(["cao"])].sort()).toEqual(["  c", " ca", "ao ", "cao"].sort());
    expect(trigrams([]).size).toBe(0);
  });
});

describe("similarity", () => {
  it("is 1 for the same words and 0 for nothing in common", () => {
    expect(diceSimilarity("politiebegroting Politieacademie", "Politieacademie, politiebegroting")).toBe(1);
    expect(diceSimilarity("wijkagent", "zzz")).toBe(0);
    expect(diceSimilarity("", "politiebegroting")).toBe(0);
  });
  it("still sees inflected forms as alike", () => {
    expect(diceSimilarity("verkenning begroting", "verkennen begrotingen")).toBeGreaterThan(0.5);
  });
  it("measures how much of a title a sentence covers, asymmetrically", () => {
    expect(containment("systematiek politiebegroting", FULFILLING)).toBe(1);
    expect(containment(FULFILLING, "systematiek politiebegroting")).toBeLessThan(0.5);
    expect(containment("de en het", FULFILLING)).toBe(0);
  });
  it("ranks the commitment a fulfilling sentence is about far above unrelated ones", () => {
    const budget = textSimilarity(FULFILLING, BUDGET);
    const schneiders = textSimilarity(FULFILLING, SCHNEIDERS);
    const doxing = textSimilarity(FULFILLING, DOXING);
    expect(budget).toBeGreaterThan(0.5);
    expect(budget).toBeGreaterThan(2 * Math.max(schneiders, doxing));
  });
});

describe("matchScore", () => {
  it("weighs text 70% and a shared source document 30%, a shared cited document half of that", () => {
    expect(matchScore(1, ["source"])).toBe(1);
    expect(matchScore(0, ["source"])).toBeCloseTo(0.3);
    expect(matchScore(0, ["related"])).toBeCloseTo(0.15);
    expect(matchScore(0.5, [])).toBeCloseTo(0.35);
    expect(matchScore(0.5, ["related", "source"])).toBeCloseTo(0.65);
  });
  it("is shown as a whole percentage", () => {
    expect(formatScore(0.4849)).toBe("48%");
    expect(formatScore(1)).toBe("100%");
  });
});
