import { describe, expect, it } from "vitest";
import { KamerstukCitationError, parseKamerstukCitation, tryParseKamerstukCitation, type KamerstukCitationErrorCode } from "./index";

function errorFor(input: string): KamerstukCitationError {
  const result = tryParseKamerstukCitation(input);
  if (result.ok) throw new Error(`verwachtte een fout voor ${JSON.stringify(input)}, kreeg ${result.citation.id}`);
  return result.error;
}

describe("parseKamerstukCitation — failures", () => {
  it.each<[string, KamerstukCitationErrorCode, string[]]>([
    ["", "empty", ["Lege verwijzing"]],
    ["   \n\t ", "empty", ["Lege verwijzing"]],
    ["\u200B", "empty", ["Lege verwijzing"]],
    ["hallo wereld", "unrecognized", ["Geen kamerstuk of Handelingen herkend", '"hallo wereld"']],
    ["artikel 38a Politiewet 2012", "unrecognized", ["herkend", "artikel 38a"]],
    ["Tweede Kamer", "unrecognized", ["herkend"]],
    ["Aanhangsel bij de brief", "unrecognized", ["herkend"]],
    ["Kamerstuk", "missing-dossier", ["Geen dossiernummer", '"Kamerstuk"']],
    ["Kamerstuk, nr. 985", "missing-dossier", ["Geen dossiernummer"]],
    ["Kamerstuk 123, nr. 4", "invalid-dossier", ['dossiernummer "123"', "4 tot 6 cijfers", "3"]],
    ["Kamerstuk 2962812, nr. 4", "invalid-dossier", ['dossiernummer "2962812"', "4 tot 6 cijfers", "7"]],
    ["Kamerstuk 29 6281, nr. 4", "invalid-dossier", ['dossiernummer "29 6281"', "cijfergroepen"]],
    ["Kamerstuk 09 628, nr. 4", "invalid-dossier", ['"09 628"', "begint niet met 0"]],
    ["Kamerstukken 29 628 en 123, nr. 4", "invalid-dossier", ['"123"']],
    ["Kamerstuk 29 628", "missing-number", ['Geen ondernummer gevonden in "Kamerstuk 29 628"', '"Kamerstuk 29 628, nr. 985"']],
    ["Kamerstuk 29 628, nr.", "missing-number", ["Geen ondernummer"]],
    ["Kamerstuk 34 775-IV", "missing-number", ["Geen ondernummer", '"Kamerstuk 34 775-IV, nr. 985"']],
    ["Kamerstuk 29 628, over de politie", "missing-number", ["Geen ondernummer"]],
    ["Kamerstuk 34 372 G", "missing-number", ["Geen ondernummer", '"Kamerstuk 34 372, G"']],
    ["Kamerstukken 29 628, nrs. 985 en 1004", "multiple-citations", ['"nrs."', '"Kamerstuk 29 628, nr. 985"']],
    ["Kamerstuk 29 628, nr. 12x", "invalid-number", ['ondernummer "12x"']],
    ["Kamerstuk 29 628, nr. abc", "invalid-number", ['ondernummer "abc"']],
    ["Kamerstuk 29 628, nr. 123456", "invalid-number", ['ondernummer "123456"', "5 cijfers"]],
    ["Kamerstuk 29 628, nr. 0", "invalid-number", ['ondernummer "0"']],
    ["Kamerstuk 29 628, nr. 1.030", "invalid-number", ['ondernummer "1.030"']],
    ["Kamerstuk 29 628, 985x", "invalid-number", ['ondernummer "985x"']],
    ["Kamerstukken II 2020/23, 29 628, nr. 5", "invalid-vergaderjaar", ['vergaderjaar "2020/23"', "opeenvolgende"]],
    ["Kamerstukken II 2020-2020, 29 628, nr. 5", "invalid-vergaderjaar", ['"2020-2020"']],
    ["Tweede Kamer, vergaderjaar 2020–2022, 29 628, nr. 1030", "invalid-vergaderjaar", ['"2020-2022"']],
    ["Tweede Kamer, vergaderjaar, 29 628, nr. 1030", "missing-vergaderjaar", ["Geen vergaderjaar"]],
    ["Aanhangsel Handelingen 2020/21, nr. 2065", "missing-kamer", ["Geen Kamer", '"II"', '"I"']],
    ["Handelingen 2020/21, nr. 36, item 8", "missing-kamer", ["Geen Kamer"]],
    ["Aanhangsel Handelingen II, nr. 2065", "missing-vergaderjaar", ["Geen vergaderjaar"]],
    ["Handelingen II 2020/23, nr. 36", "invalid-vergaderjaar", ['"2020/23"']],
    ["Aanhangsel Handelingen II 2020/21", "missing-number", ["Geen nummer", '"Aanhangsel Handelingen II 2020/21, nr. 2065"']],
    ["Handelingen II 2020/21, p. 1234", "missing-number", ["Geen nummer"]],
    ["Aanhangsel Handelingen II 2020/21, nr. 20x5", "invalid-number", ['nummer "20x5"']],
    ["Handelingen II 2020/21, nr. 36, item", "invalid-item", ["itemnummer"]],
    ["Handelingen II 2020/21, nr. 36, item 0", "invalid-item", ["itemnummer"]],
    ["Kamerstuk 29 628, nr. 985, p. x", "invalid-page", ["paginaverwijzing"]],
    ["Kamerstuk 29 628, nr. 985 zie ook", "extra-text", ['"zie ook"', "na de verwijzing"]],
    ["zie Kamerstuk 29 628, nr. 985", "extra-text", ['"zie"', "vóór de verwijzing"]],
    ["3 Kamerstuk 29 628, nr. 985.", "extra-text", ['"3"', "vóór"]],
    [
      "Kamerstuk 29 628, nr. 1004 en Aanhangsel Handelingen II 2020/21, nr. 2065",
      "multiple-citations",
      ["2 verwijzingen", '"Kamerstuk 29 628, nr. 1004"', '"Aanhangsel Handelingen II 2020/21, nr. 2065"'],
    ],
    ["Aanhangsel Handelingen II 2020/21, nr. 469; Aanhangsel Handelingen II 2019/20, nr. 3050, p.3", "multiple-citations", ["2 verwijzingen"]],
    ["zie Kamerstuk 29 628, nr. 1 en Kamerstuk 29 628, nr. 2", "multiple-citations", ["2 verwijzingen"]],
  ])("rejects %j with %s", (input, code, fragments) => {
    const error = errorFor(input);
    expect(error).toBeInstanceOf(KamerstukCitationError);
    expect(error.name).toBe("KamerstukCitationError");
    expect(error.code).toBe(code);
    expect(error.input).toBe(input);
    for (const fragment of fragments) expect(error.message).toContain(fragment);
  });

  it("produces exactly the documented message for a missing ondernummer", () => {
    expect(errorFor("Kamerstuk 29 628").message).toBe('Geen ondernummer gevonden in "Kamerstuk 29 628": verwacht bijvoorbeeld "Kamerstuk 29 628, nr. 985".');
  });

  it("quotes the input normalized, so line breaks do not end up in the message", () => {
    expect(errorFor("Kamerstuk 29\n628").message).toContain('"Kamerstuk 29 628"');
  });

  it("shortens very long input in the message but keeps the full input on the error", () => {
    const input = `Kamerstuk 29 628 ${"x".repeat(300)}`;
    const error = errorFor(input);
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toContain("…");
    expect(error.input).toBe(input);
  });

  it("throws from parseKamerstukCitation and returns the same error from tryParse", () => {
    expect(() => parseKamerstukCitation("Kamerstuk 29 628")).toThrow(KamerstukCitationError);
    const result = tryParseKamerstukCitation("Kamerstuk 29 628");
    expect(result.ok).toBe(false);
  });

  it("returns the citation from tryParse on success", () => {
    const result = tryParseKamerstukCitation("Kamerstuk 29 628, nr. 985");
    expect(result).toMatchObject({ ok: true, citation: { id: "kst-29628-985" } });
  });
});
