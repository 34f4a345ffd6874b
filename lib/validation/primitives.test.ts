import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createCommitmentSchema, progressNoteSchema } from "./commitment";
import { findForbiddenCharacter, issuesToErrors, sanitiseText, text } from "./primitives";

const note = (value: string) => progressNoteSchema.safeParse({ date: "2026-01-05", text: value });

function errorsOf(result: { success: boolean; error?: z.ZodError }) {
  expect(result.success).toBe(false);
  return issuesToErrors(result.error!);
}

describe("text fields", () => {
  it("accept tab, newline and every ordinary character, including pairs of surrogates (emoji)", () => {
    const value = "Regel één\tmet tab\nRegel twee — “citaat” 😀 ß ĳ";
    const parsed = note(value);
    expect(parsed.success && parsed.data.text).toBe(value);
  });

  it("turn CRLF, as a browser sends a textarea, into LF", () => {
    const parsed = note("eerste regel\r\ntweede regel");
    expect(parsed.success && parsed.data.text).toBe("eerste regel\ntweede regel");
  });

  it.each([
    ["a lone CR", "Voortgang\r=HYPERLINK(1)", "een losse regelterugloop (CR) op positie 10"],
    ["NUL", "Voortgang\u0000gemeld", "stuurteken U+0000 op positie 10"],
    ["U+0001", "Voortgang\u0001gemeld", "stuurteken U+0001 op positie 10"],
    ["escape", "Voortgang\u001bgemeld", "stuurteken U+001B op positie 10"],
    ["U+FFFE", "Voortgang\ufffegemeld", "U+FFFE (geen teken) op positie 10"],
    ["U+FFFF", "Voortgang\uffffgemeld", "U+FFFF (geen teken) op positie 10"],
    ["a lone high surrogate", "Voortgang\ud800gemeld", "een losse surrogaathelft U+D800 op positie 10"],
    ["a lone low surrogate", "Voortgang\udc00gemeld", "een losse surrogaathelft U+DC00 op positie 10"],
    ["a high surrogate at the end", "Voortgang gemeld\ud83d", "een losse surrogaathelft U+D83D op positie 17"],
  ])("refuse %s with a message naming the field and the character", (_name, value, where) => {
    const errors = errorsOf(note(value));
    expect(errors.text).toEqual([`De tekst bevat ${where}; dat teken is niet toegestaan. Verwijder het en probeer opnieuw.`]);
  });

  it("refuse every C0 control character other than tab and newline", () => {
    for (let c = 0; c < 0x20; c++) {
      const value = `Voortgang ${String.fromCharCode(c)} gemeld`;
      expect(note(value).success, `U+${c.toString(16)}`).toBe(c === 0x09 || c === 0x0a);
    }
  });

  it("name each field of a commitment in its own words", () => {
    const result = createCommitmentSchema.safeParse({
      title: "Titel\u0007",
      text: "Een tekst van ruim tien tekens",
      madeOn: "2026-01-05",
      activity: "Debat\ud800",
      ministerName: "J. Jansen",
      ministerFunction: "Minister van Financiën",
      ministry: "FIN",
      committee: "Commissie\u000b",
    });
    const errors = errorsOf(result);
    expect(errors.title?.[0]).toMatch(/^De titel bevat stuurteken U\+0007/);
    expect(errors.activity?.[0]).toMatch(/^Waar \(activiteit\) bevat een losse surrogaathelft U\+D800/);
    expect(errors.committee?.[0]).toMatch(/^De commissie bevat stuurteken U\+000B/);
  });

  it("name a field it has no words for by its key", () => {
    const errors = errorsOf(z.object({ onderwerp: text() }).safeParse({ onderwerp: "a\u0002" }));
    expect(errors.onderwerp?.[0]).toMatch(/^Het veld “onderwerp” bevat stuurteken U\+0002/);
  });
});

describe("findForbiddenCharacter", () => {
  it("passes a surrogate pair and reports the first problem", () => {
    expect(findForbiddenCharacter("😀")).toBeNull();
    expect(findForbiddenCharacter("ok\u0003\u0004")).toEqual({ index: 2, description: "stuurteken U+0003" });
  });
});

describe("sanitiseText (letters read from files)", () => {
  it("turns every kind of line break into LF and drops what no field accepts", () => {
    expect(sanitiseText("a\r\nb\rc\fd\ve\u0000f\u0001g\ufffeh\ud800i😀")).toBe("a\nb\nc\nd\nefghi😀");
    expect(findForbiddenCharacter(sanitiseText("\udc00x\ud800"))).toBeNull();
  });
});
