import { describe, expect, it } from "vitest";
import { extractLetter } from "./extract";
import { isDelaySentence } from "./postponement";

// VWS, 3 december 2009, "Uitstel antwoorden op Kamervragen over gerechtelijke vonnissen" (rijksoverheid.nl, as
// kept by opennieuwsbank.nl).
const VWS_2009 = `Ministerie van Volksgezondheid, Welzijn en Sport

Uitstel antwoorden op Kamervragen over gerechtelijke vonnissen

Den Haag, 3 december 2009

Geachte voorzitter,

De vragen van het Kamerlid Zijlstra (VVD) over de gerechtelijke vonnissen in de respectievelijke zaken van het Comité Civiele Vorderingen, de Stichting tot Opeising van Militaire Inkomsten ex-Krijgsgevangenen en het geding Froeling (4 september 2009) kunnen tot mijn spijt niet binnen de gebruikelijke termijn worden beantwoord.

De reden van het uitstel is dat de vragen grote samenhang hebben met de discussie met het Indisch Platform over backpay en oorlogsschade. Ik heb daarover - mede op verzoek van de Vaste commissie voor Volksgezondheid, Welzijn en Sport - op 28 oktober 2009 overlegd met het Indisch Platform. Tijdens dit gesprek heb ik naar aanleiding van verschillen in interpretatie toegezegd nader onderzoek te doen naar de reikwijdte van het Gebaar naar de Indische gemeenschap. Ik zal daarover uiterlijk half februari 2010 duidelijkheid kunnen geven in een brief aan het Indisch Platform en aan uw Kamer. De bevindingen zijn mogelijk van invloed op de beantwoording van de vragen van het lid Zijlstra. Voor de beantwoording van die vragen is uitstel verkregen tot half december 2009. Ik verzoek u vanwege voornoemde reden opnieuw om uitstel.

De beantwoording zal plaatshebben omstreeks half februari 2010.

Hoogachtend,

de Staatssecretaris van Volksgezondheid,
Welzijn en Sport,

mw. dr. J. Bussemaker
`;

// BZK to the Eerste Kamer, 25 september 2013 (Kamerstukken I 2013/14, CII, G).
const BZK_2013 = `Den Haag, 25 september 2013

Op 2 juli jl. aanvaardde Uw Kamer de motie Vliegenthart (2012–2013, CII, B) om te komen met een nadere analyse over nut, noodzaak en democratische wenselijkheid van de voornemens van de regering betreffende de bestuurlijke organisatie. Ik heb U kort daarna meegedeeld dat ik de gevraagde informatie in september 2013 aan Uw Kamer zou doen toekomen.

Inmiddels is mij gebleken dat voor een zorgvuldige beantwoording van de motie meer tijd nodig is. Via deze brief laat ik U weten dat ik Uw Kamer de gevraagde informatie in de tweede helft van oktober 2013 zal toesturen.

De Minister van Binnenlandse Zaken en Koninkrijksrelaties,
R.H.A. Plasterk
`;

describe("postponements", () => {
  it("recognises the words of a delay, not a policy's", () => {
    expect(isDelaySentence("De vragen kunnen tot mijn spijt niet binnen de gebruikelijke termijn worden beantwoord.")).toBe(true);
    expect(isDelaySentence("De voorbereiding van de reactie zal extra tijd vergen als gevolg van de COVID-19-crisis.")).toBe(true);
    expect(isDelaySentence("Inmiddels is mij gebleken dat voor een zorgvuldige beantwoording meer tijd nodig is.")).toBe(true);
    expect(isDelaySentence("Het kabinet kiest voor uitstel van de invoering van de wet.")).toBe(false);
    expect(isDelaySentence("Ik zal uw Kamer voor de zomer informeren.")).toBe(false);
  });

  it("reads the new date of delayed answers as a postponement, and a promise further on as new", () => {
    const { commitments } = extractLetter(VWS_2009);
    const postponed = commitments.filter((c) => c.kind === "postponed");
    expect(postponed).toHaveLength(1);
    expect(postponed[0]!.text).toBe("De beantwoording zal plaatshebben omstreeks half februari 2010.");
    expect(postponed[0]!.deadline).toMatchObject({ latest: "2010-02-20" });
    expect(postponed[0]!.postponement?.reason).toBe("Ik verzoek u vanwege voornoemde reden opnieuw om uitstel.");
    // the half-December date is the delay granted before, not a deadline of this letter
    expect(commitments.some((c) => c.text.includes("uitstel verkregen tot half december"))).toBe(false);
    const fresh = commitments.filter((c) => c.kind === "new");
    expect(fresh.map((c) => c.text)).toContainEqual(expect.stringContaining("Ik zal daarover uiterlijk half februari 2010 duidelijkheid kunnen geven"));
  });

  it("takes the delay into the text of the promise it explains", () => {
    const { commitments } = extractLetter(BZK_2013);
    expect(commitments).toHaveLength(1);
    expect(commitments[0]).toMatchObject({ kind: "postponed" });
    expect(commitments[0]!.text).toMatch(/^Inmiddels is mij gebleken .* zal toesturen\.$/);
    expect(commitments[0]!.cue).toMatch(/^uitstel; /);
  });
});
