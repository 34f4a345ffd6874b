import { describe, expect, it } from "vitest";
import { sentenceCue } from "./cues";

describe("sentences that are commitments", () => {
  it.each([
    [
      "In het Commissiedebat politie van 10 juni 2021 heb ik u toegezegd nader in te gaan op de wijkagent.",
      false,
      "fulfilled",
      "heb ik u toegezegd nader in te gaan op",
    ],
    [
      "Tijdens het debat heb ik uw Kamer toegezegd om in te gaan op de relatie tussen onderbezetting en doelen.",
      false,
      "fulfilled",
      "heb ik uw Kamer toegezegd om in te gaan op",
    ],
    [
      "Ook is toegezegd tijdens het WGO van 21 juni jl. in te gaan op de opname van aspiranten.",
      false,
      "fulfilled",
      "is toegezegd tijdens het WGO van 21 juni jl. in te gaan op",
    ],
    ["Conform mijn toezegging zal ik in deze brief nader ingaan op de bevindingen.", false, "fulfilled", "Conform mijn toezegging zal ik in deze brief"],
    ["Zoals toegezegd informeer ik u hierbij over de stand van zaken.", false, "fulfilled", "Zoals toegezegd informeer ik u hierbij"],
    ["Met deze brief geef ik invulling aan de toezegging uit het debat.", false, "fulfilled", "invulling aan de toezegging"],
    ["Ik zal het komende jaar verkennen welke wijzigingen nodig zijn.", true, "new", "Ik zal het komende jaar verkennen welke wijzigingen nodig zijn"],
    [
      "Bij de conceptbegroting voor 2023 zal ik uw Kamer nader informeren over de uitkomsten.",
      true,
      "new",
      "zal ik uw Kamer nader informeren over de uitkomsten",
    ],
    ["Het kabinet zal een wetsvoorstel indienen.", false, "new", "Het kabinet zal een wetsvoorstel indienen"],
    ["Ik verwacht uw Kamer in het voorjaar te informeren over de pilots.", true, "new", "Ik verwacht uw Kamer in het voorjaar te informeren over de pilots"],
    ["Tevens breng ik op korte termijn het wetsvoorstel in consultatie.", true, "new", "breng ik op korte termijn het wetsvoorstel in consultatie"],
    ["Eind dit jaar bezie ik de doelstellingen voor 2022.", true, "new", "bezie ik de doelstellingen voor 2022"],
    ["Ik heb toegezegd dat deze evaluatie uiterlijk in 2025 zal plaatsvinden.", true, "new", "Ik heb toegezegd dat"],
    ["Ik heb de korpschef gevraagd om in het jaarverslag over 2021 in te gaan op de vervolgstappen.", true, "new", "Ik heb de korpschef gevraagd"],
    [
      "De externe adviescommissie zal haar activiteiten naar verwachting uiterlijk in het voorjaar van 2022 voltooien.",
      true,
      "new",
      "zal haar activiteiten naar verwachting uiterlijk in het voorjaar van 2022 voltooien",
    ],
    ["In het jaarverslag 2021 van de politie zal over de resultaten gerapporteerd worden.", true, "new", "zal over de resultaten gerapporteerd"],
    ["Uw Kamer ontvangt uiterlijk in week 40 de rapportage.", true, "new", "Uw Kamer ontvangt uiterlijk in week 40 de rapportage"],
    [
      "Over de uitkomsten informeer ik uw Kamer zodra de rapporten beschikbaar zijn.",
      false,
      "new",
      "informeer ik uw Kamer zodra de rapporten beschikbaar zijn",
    ],
  ] as const)("%s", (sentence, hasDeadline, kind, quote) => {
    const cue = sentenceCue(sentence, hasDeadline);
    expect(cue?.kind).toBe(kind);
    expect(cue?.quote).toBe(quote);
  });

  it("reads a promise to inform 'te zijner tijd' as kept only when the letter gives the outcome", () => {
    const cue = sentenceCue("In 2020 heb ik geantwoord dat de Kamer te zijner tijd wordt geïnformeerd over de uitkomsten van de businesscase.", true);
    expect(cue).toMatchObject({ kind: "fulfilled", needsOutcome: true });
  });

  it("reads a reported promise with a deadline still ahead as open, not kept", () => {
    expect(sentenceCue("In het debat heb ik toegezegd u voor de zomer te informeren over de evaluatie.", true)?.kind).toBe("new");
  });

  it("marks the umbrella sentence and a repeated request", () => {
    expect(sentenceCue("In deze brief doe ik u mijn toezeggingen uit het debat gestand.", false)?.umbrella).toBe(true);
    expect(sentenceCue("Zoals eerder benoemd heb ik de korpschef gevraagd om in het jaarverslag over 2021 te rapporteren.", true)?.repeat).toBe(true);
  });
});

describe("sentences that are not", () => {
  it.each([
    // third parties, no promise to parliament
    ["De politie neemt maatregelen om de druk op korte termijn te verlichten.", true],
    ["Waar nodig zal op basis van dit onderzoek een verbeterslag worden gemaakt.", false],
    ["In 2021 wordt de wijze waarop de vacaturevervulling is ingericht onderzocht.", true],
    ["De gemeenten zullen de samenwerking de komende jaren verder versterken.", true],
    // plans and forecasts
    ["Tenslotte is het de bedoeling dat de verantwoording de komende jaren zal worden geoptimaliseerd.", true],
    ["Het is de bedoeling dat de commissie haar advies in het najaar zal uitbrengen.", true],
    ["Ik verwacht dat formatie en bezetting vanaf 2024 in evenwicht zullen zijn.", true],
    ["Ik ga ervan uit dat de regio's hun plannen in het najaar uitwerken.", true],
    // the letter itself
    ["Tenslotte ga ik in op een aantal andere zaken.", false],
    ["Daar kom ik hieronder op terug.", false],
    ["Bij deze rapporteer ik uw Kamer deze cijfers.", false],
    ["Ik wil uw Kamer op de hoogte stellen van het akkoord.", false],
    // history
    ["Op 15 april jl. heb ik uw Kamer geïnformeerd over de analyse.", false],
    ["Hierover informeerde ik u reeds in het halfjaarbericht.", false],
    ["Naar aanleiding van de signalen heb ik de Inspectie in 2019 verzocht onderzoek te doen.", false],
    ["Op maandag 28 juni hebben de voorzitters, de korpschef en ik de cao ondertekend.", true],
    ["In mijn beleidsreactie heb ik gemeld dat er nadere maatregelen zullen worden getroffen.", false],
  ] as const)("%s", (sentence, hasDeadline) => {
    expect(sentenceCue(sentence, hasDeadline)).toBeNull();
  });
});

// Phrasings from the real letters in tests/fixtures/letters that the rules first missed.
describe("commitments as real letters phrase them", () => {
  it.each([
    ["De regering zal uw Kamer op de kortst mogelijke termijn informeren over haar standpunt terzake.", false, "new"],
    ["De minister van Defensie zegt toe voortaan documenten van algemeen defensiebelang ook naar de Eerste Kamer te sturen.", false, "new"],
    ["Via deze brief laat ik U weten dat ik Uw Kamer de gevraagde informatie in de tweede helft van oktober 2013 zal toesturen.", true, "new"],
    ["We verwachten deze eind oktober te kunnen sturen.", true, "new"],
    ["Met deze brief voldoe ik versneld aan de verzoeken van uw Kamer.", false, "fulfilled"],
    ["Met deze brief kom ik mijn toezegging na.", false, "fulfilled"],
    ["Met het rapport wordt uitvoering gegeven aan de wettelijke bepaling in het Belastingplan 2015.", false, "fulfilled"],
  ] as const)("%s", (sentence, futureDeadline, kind) => {
    expect(sentenceCue(sentence, futureDeadline)?.kind).toBe(kind);
  });

  it("still takes a forecast for no promise", () => {
    expect(sentenceCue("We verwachten dat de evaluatie eind oktober klaar is.", true)).toBeNull();
  });
});
