import { describe, expect, it } from "vitest";
import { deadlinePhraseFor, tkActivity, tkCitation, tkDate, tkFields, tkMinisterName, titleFromText } from "./tk-fields";

describe("tkDate", () => {
  it("reads OData dates and date-times as a date in Amsterdam", () => {
    expect(tkDate("2022-07-01")).toBe("2022-07-01");
    expect(tkDate("2022-07-01T00:00:00")).toBe("2022-07-01");
    expect(tkDate("2026-03-19T17:42:13.69+01:00")).toBe("2026-03-19");
    expect(tkDate("2021-12-31T23:00:00Z")).toBe("2022-01-01");
    expect(tkDate("2022-06-30T22:30:00.000Z")).toBe("2022-07-01");
  });
  it("reads 0001-01-01 in any form as no date, and refuses what is no date", () => {
    for (const v of ["0001-01-01", "0001-01-01T00:00:00", "0001-01-01T00:00:00Z", "0001-01-01T00:00:00+00:00"]) expect(tkDate(v)).toBeNull();
    for (const v of ["1 juli 2022", "2022-02-30", "2022-07-01T25:00:00Z"]) expect(tkDate(v)).toBeUndefined();
  });
  it("writes the deadline phrase in Dutch", () => {
    expect(deadlinePhraseFor("2022-07-01")).toBe("1 juli 2022");
  });
});

describe("tkCitation", () => {
  it("reads the forms KamerbriefNakoming takes", () => {
    const id = (v: string) => tkCitation(v)?.id ?? null;
    expect(id("Kamerstuk 29628-1030")).toBe("kst-29628-1030");
    expect(id("29628-1030")).toBe("kst-29628-1030");
    expect(id("Kamerstuk 34775-IV-44")).toBe("kst-34775-IV-44");
    expect(id("Kamerstuk 29 628, nr. 1030")).toBe("kst-29628-1030");
    expect(id("Kamerstukken II 2020/21, 29 628, nr. 1030")).toBe("kst-29628-1030");
    expect(id("kst-29628-1030")).toBe("kst-29628-1030");
    expect(id("https://zoek.officielebekendmakingen.nl/kst-29628-1099.html")).toBe("kst-29628-1099");
    expect(id("Zie de brief van 29 juni 2021 (Kamerstuk 29 628, nr. 1030).")).toBe("kst-29628-1030");
  });
  it("gives null for what is no Kamerstuk", () => {
    expect(tkCitation("2021D27140")).toBeNull();
    expect(tkCitation("brief volgt")).toBeNull();
  });
});

describe("names, activity and title", () => {
  it("turns 'Achternaam, Initialen' into the register's 'Initialen Achternaam'", () => {
    expect(tkMinisterName(tkFields({ Naam: "Grapperhaus, F.B.J." }))).toBe("F.B.J. Grapperhaus");
    expect(tkMinisterName(tkFields({ Naam: "Hijum, E. van" }))).toBe("E. van Hijum");
    expect(tkMinisterName(tkFields({ naam: "Rutte" }))).toBe("Rutte");
    expect(tkMinisterName(tkFields({ Initialen: "D.", Tussenvoegsel: "van der", Achternaam: "Burg" }))).toBe("D. van der Burg");
    expect(tkMinisterName(tkFields({}))).toBeNull();
  });
  it("describes the activity from whatever the record has", () => {
    expect(tkActivity(tkFields({ Activiteit: "Commissiedebat Politie" }), "TZ1")).toBe("Commissiedebat Politie");
    expect(
      tkActivity(tkFields({ Activiteit: { Soort: "Plenair debat", Onderwerp: "Begroting JenV", Nummer: "2021A1", Datum: "2021-11-10T00:00:00" } }), "TZ1"),
    ).toBe("Plenair debat: Begroting JenV (2021A1), 10 november 2021");
    expect(tkActivity(tkFields({ ActiviteitNummer: "2021A03456" }), "TZ1")).toBe("Activiteit (2021A03456)");
    expect(tkActivity(tkFields({}), "TZ202106-001")).toBe("Toezegging aan de Tweede Kamer TZ202106-001");
  });
  it("takes the first sentence of the text as the title, at most 150 characters", () => {
    expect(titleFromText("De minister zegt toe de Kamer te informeren. Dat gebeurt voor de zomer.")).toBe("De minister zegt toe de Kamer te informeren.");
    const long = titleFromText(`${"woord ".repeat(60)}einde`);
    expect(long.length).toBeLessThanOrEqual(150);
    expect(long.endsWith("woord…")).toBe(true);
  });
});
