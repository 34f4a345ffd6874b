import { describe, expect, it } from "vitest";
import { infinitive, rowTitle, sentenceTitle, truncateTitle } from "./titles";

describe("titles", () => {
  it.each([
    ["breng", "brengen"],
    ["bezie", "bezien"],
    ["stuur", "sturen"],
    ["informeer", "informeren"],
    ["verken", "verkennen"],
    ["ga", "gaan"],
    ["leef", "leven"],
    ["werk", "werken"],
  ])("makes an infinitive of %s", (stem, expected) => {
    expect(infinitive(stem)).toBe(expected);
  });

  it.each([
    ["In het Commissiedebat politie van 10 juni 2021 heb ik u toegezegd nader in te gaan op de wijkagent.", "Nader ingaan op de wijkagent"],
    [
      "Tevens breng ik op korte termijn het wetsvoorstel strafbaarstelling doxing in consultatie.",
      "Het wetsvoorstel strafbaarstelling doxing in consultatie brengen",
    ],
    ["Eind dit jaar bezie ik de doelstellingen voor 2022.", "De doelstellingen voor 2022 bezien"],
    [
      "Bij de conceptbegroting voor 2023 zal ik uw Kamer nader informeren over de uitkomsten van de verkenning.",
      "Nader informeren over de uitkomsten van de verkenning",
    ],
    ["Ik heb de korpschef gevraagd om in het jaarverslag over 2021 nader in te gaan op de vervolgstappen.", "Korpschef: nader ingaan op de vervolgstappen"],
    ["De RVO zal de monitor in het najaar van 2021 publiceren.", "RVO: de monitor publiceren"],
    ["Uw Kamer ontvangt uiterlijk in week 40 de tweede voortgangsrapportage.", "De tweede voortgangsrapportage sturen"],
    ["In deze brief doe ik u mijn toezeggingen uit het debat van 10 juni gestand.", "Toezeggingen uit het debat van 10 juni"],
    ["Daarnaast zeg ik toe het Besluit in het eerste kwartaal van 2023 te evalueren.", "Het Besluit evalueren"],
    ["Ik zeg u toe dat de regeling vóór 1 januari 2023 wordt aangepast.", "De regeling wordt aangepast"],
  ])("%s", (sentence, title) => {
    expect(sentenceTitle(sentence)).toBe(title);
  });

  it("keeps titles at 90 characters, cut at a word", () => {
    const long = truncateTitle(`Verkennen welke wijzigingen daartoe nodig en mogelijk zijn in de systematiek van de politiebegroting`);
    expect(long).toBe("Verkennen welke wijzigingen daartoe nodig en mogelijk zijn in de systematiek van de…");
    expect(long.length).toBeLessThanOrEqual(90);
  });

  it("names a table row by its subject and who does the work", () => {
    expect(rowTitle(["Informatieknooppunt CTER van de LE", "Inspectie JenV", "Najaar 2021"])).toBe("Informatieknooppunt CTER van de LE (Inspectie JenV)");
  });
});
