import { describe, expect, it } from "vitest";
import { buildDocument } from "./document";
import { letterIdentity } from "./identity";

function identity(text: string) {
  return letterIdentity(buildDocument(text));
}

describe("letter identity", () => {
  it("reads the Kamerstuk from the page footer and the minister from the signature", () => {
    const text =
      "Ik zal u informeren.\n\nDe Minister van Justitie en Veiligheid,\nF.B.J. Grapperhaus\n\nTweede Kamer, vergaderjaar 2020–2021, 29 628, nr. 1030 13";
    expect(identity(text)).toEqual({
      id: "kst-29628-1030",
      title: null,
      date: null,
      minister: "F.B.J. Grapperhaus",
      ministerFunction: "Minister van Justitie en Veiligheid",
    });
  });

  it("reads a Rijksoverheid letterhead: Datum, Onderwerp, a Staatssecretaris signing apart from the name", () => {
    const text = [
      "Aan de Voorzitter van de Tweede Kamer",
      "der Staten-Generaal",
      "Postbus 20018",
      "2500 EA DEN HAAG",
      "",
      "Datum 2 juli 2021",
      "Onderwerp Voortgang aanpak wachttijden jeugdzorg",
      "",
      "Geachte voorzitter,",
      "",
      "Ik zal u informeren.",
      "",
      "De Staatssecretaris van Volksgezondheid,",
      "Welzijn en Sport,",
      "",
      "J.A. de Boer",
    ].join("\n");
    expect(identity(text)).toEqual({
      id: null,
      title: "Voortgang aanpak wachttijden jeugdzorg",
      date: "2021-07-02",
      minister: "J.A. de Boer",
      ministerFunction: "Staatssecretaris van Volksgezondheid, Welzijn en Sport",
    });
  });

  it("reads the officielebekendmakingen layout: dossier, number and 'Den Haag, <datum>'", () => {
    const text = [
      "Tweede Kamer der Staten-Generaal 2",
      "Vergaderjaar 2021–2022",
      "",
      "32 827 Onderwijsbeleid",
      "",
      "Nr. 245 BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP",
      "",
      "Den Haag, 14 oktober 2021",
      "",
      "Ik zal u informeren.",
      "",
      "De Minister voor Primair en Voortgezet Onderwijs,",
      "mr. A. van der Berg",
    ].join("\n");
    expect(identity(text)).toMatchObject({
      id: "kst-32827-245",
      date: "2021-10-14",
      minister: "mr. A. van der Berg",
      ministerFunction: "Minister voor Primair en Voortgezet Onderwijs",
    });
  });

  it("takes a heading above the first paragraph as the title, and a 'Datum:' line as the date", () => {
    expect(identity("Datum: 03-02-2022\n\nVoortgang meldkamers\n\nIk zal u informeren over de meldkamers.").date).toBe("2022-02-03");
    expect(identity("Voortgang meldkamers\n\nIk zal u informeren over de meldkamers.").title).toBe("Voortgang meldkamers");
    expect(identity("Inleiding\n\nIk zal u informeren over de meldkamers.").title).toBeNull();
  });

  it("takes the first to sign a joint letter", () => {
    const text = "Ik zal u informeren.\n\nDe Minister van Financiën,\n\nA. Jansen\n\nDe Staatssecretaris van Financiën,\n\nB. Pietersen";
    expect(identity(text)).toMatchObject({ minister: "A. Jansen", ministerFunction: "Minister van Financiën" });
  });

  // The layouts of the real letters in tests/fixtures/letters, cut to their heads.
  it("reads id and date from a tweedekamer.nl page, where 'Nr. 89' and 'BRIEF VAN' stand on lines of their own", () => {
    const text =
      "Brief regering : Contouren Strategisch Vastgoedplan 2022\n34 919 Defensienota\nNr. 89\nBRIEF VAN DE STAATSSECRETARIS VAN DEFENSIE\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 13 mei 2022\nUw Kamer is geïnformeerd over de vastgoedproblematiek.";
    expect(identity(text)).toMatchObject({ id: "kst-34919-89", date: "2022-05-13" });
  });

  it("reads the id from officielebekendmakingen's header table, its cells run together", () => {
    const text =
      "Kamerstuk\n\nDatum publicatieOrganisatieVergaderjaarDossier- en ondernummer\nTweede Kamer der Staten-Generaal2012-201333400-VIII nr. 5\n\nIk zal u informeren.";
    expect(identity(text).id).toBe("kst-33400-VIII-5");
  });

  it("reads an openkamer page's id and publication date", () => {
    const text = "Kamerstuk 34785-80\n\nKabinetsreactie Evaluatie Werkkostenregeling\n\nGepubliceerd: 23 maart 2018\n\nHierbij ontvangt u het rapport.";
    expect(identity(text)).toMatchObject({ id: "kst-34785-80", date: "2018-03-23" });
  });

  it("reads a letterhead's date from the line below 'Datum', and takes no date when none is written", () => {
    expect(identity("Den Haag\n\nDatum\n\n17 maart 2003\nBehandeld\n\nDe regering zal u informeren.").date).toBe("2003-03-17");
    expect(identity("Geachte Voorzitter,\n\nIk zal u voor 1 juni 2023 informeren.").date).toBeNull();
  });

  it("reads rijksbegroting.nl's run-together id, a web page's date line and an Eerste Kamer toezegging's date", () => {
    expect(
      identity("Vaststelling begroting Infrastructuurfonds 2018\n34775 A 52 BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT\n\nIk stuur u de bijlage.")
        .id,
    ).toBe("kst-34775-A-52");
    expect(identity("Kamerbrief over de RAZEB\n11-03-2009 | Kamerstuk | Ministerie van Buitenlandse Zaken\n\nGraag bieden wij u dit aan.").date).toBe(
      "2009-03-11",
    );
    expect(identity("T02301\nKerngegevens\nNummer T02301\nDatum toezegging 31 mei 2016\nDeadline 1 januari 2017\n\nDe minister zegt toe.").date).toBe(
      "2016-05-31",
    );
  });

  // The layouts of the grown corpus (tests/fixtures/letters), cut down to their opening lines.
  it("reads an old Kamerstuk: the dossier alone on its line, 'nr. 1' and another place of signing", () => {
    const id = identity(
      "26 807\nHoger Onderwijs en Onderzoek Plan 2000\n\nnr. 1\nBRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAPPEN\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nZoetermeer, 21 september 1999\n\nHierbij ontvangt u het ontwerp.",
    );
    expect(id).toMatchObject({ id: "kst-26807-1", date: "1999-09-21" });
  });

  it("reads Eerste Kamer letters: 'AE BRIEF VAN' under the first of two dossiers, and the header table's 'CII nr. G'", () => {
    expect(
      identity(
        "32 043 Toekomst pensioenstelsel\n\n34 304 Tegemoetkomingen in de loonkosten\n\nAE1 BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID\n\nDen Haag, 6 juli 2020\n\nTekst.",
      ).id,
    ).toBe("kst-32043-AE");
    expect(
      identity(
        "Kamerstuk\n\nDatum publicatieOrganisatieVergaderjaarDossier- en ondernummer\nEerste Kamer der Staten-Generaal2013-2014CII nr. G\n\nG BRIEF VAN DE MINISTER\n\nDen Haag, 25 september 2013\n\nTekst.",
      ).id,
    ).toBe("kst-CII-G");
  });

  it("reads Handelingen and Aanhangsel: the header tables, and an old Aanhangsel dated by its answer", () => {
    expect(
      identity(
        "Handeling\n\nDatum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering\nTweede Kamer der Staten-Generaal2018-2019nr. 3, item 8\n\nMinister Rutte:\n\nMevrouw de voorzitter.",
      ),
    ).toMatchObject({
      id: "h-tk-20182019-3-8",
      minister: "Rutte",
    });
    const answer = identity(
      "Aanhangsel van de Handelingen\n\nDatum publicatieOrganisatieVergaderjaarNummerDatum ontvangst\nTweede Kamer der Staten-Generaal2012-20132919\n\nVragen van het lid De Wit (SP) (ingezonden 4 juli 2013).\n\nAntwoord van staatssecretaris Teeven (Veiligheid en Justitie) (ontvangen 1 augustus 2013).\n\nVraag 1",
    );
    expect(answer).toMatchObject({ id: "ah-tk-20122013-2919", date: "2013-08-01", minister: "Teeven", ministerFunction: "Staatssecretaris" });
    // Received on 2 October 2008: vergaderjaar 2008–2009 (it began on Prinsjesdag, 16 September).
    const old = identity(
      "Aanhangsel van de Handelingen\n\nVragen gesteld door de leden der Kamer\n\n185\n\nVragen van de leden Teeven en De Wit. (Ingezonden 16 september 2008)\n\nMededeling van minister Hirsch Ballin (Justitie). (Ontvangen 2 oktober 2008)\n\nHierbij deel ik u mee.",
    );
    expect(old).toMatchObject({ id: "ah-tk-20082009-185", date: "2008-10-02", minister: "Hirsch Ballin" });
  });
});
