import { describe, expect, it } from "vitest";
import { DeadlinePhraseError, resolveDeadline, tryResolveDeadline } from "./index";

const MADE = "2021-07-02";

function errorOf(phrase: string, madeOn = MADE): DeadlinePhraseError {
  const result = tryResolveDeadline(phrase, madeOn);
  if (result.ok) throw new Error(`expected "${phrase}" to fail, got ${JSON.stringify(result.deadline)}`);
  return result.error;
}

describe("failures", () => {
  it.each(["", "   ", " \n\t "])("empty phrase %j", (phrase) => {
    const error = errorOf(phrase);
    expect(error).toBeInstanceOf(DeadlinePhraseError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("empty");
    expect(error.message).toMatch(/^Termijn is leeg/);
  });

  it("unrecognized phrase names the phrase and gives examples", () => {
    const error = errorOf("ergens binnenkort-achtig");
    expect(error.code).toBe("unrecognized");
    expect(error.phrase).toBe("ergens binnenkort-achtig");
    expect(error.message).toBe('Termijn "ergens binnenkort-achtig" niet herkend. Voorbeelden: "uiterlijk in 2025", "voor de zomer van 2022", "Q3 2022".');
  });

  it.each(["voor de zommer", "in het jaar des Heren", "uiterlijk", "Q", "binnen drie eeuwen"])("unrecognized: %s", (phrase) => {
    expect(errorOf(phrase).code).toBe("unrecognized");
  });

  it.each([
    ["2021-13-01", "maand 13 bestaat niet"],
    ["2021-02-30", "februari 2021 heeft 28 dagen"],
    ["1-7-2021", "JJJJ-MM-DD"],
    ["", "JJJJ-MM-DD"],
    ["2021-07-02T10:00:00Z", "JJJJ-MM-DD"],
  ])("invalid madeOn %j", (madeOn, problem) => {
    const error = errorOf("in 2025", madeOn);
    expect(error.code).toBe("invalid-made-on");
    expect(error.message).toContain(problem);
    expect(error.message).toContain("toezegging");
  });

  it.each([
    ["30 februari 2022", 'Termijn "30 februari 2022" bestaat niet: februari 2022 heeft 28 dagen.'],
    ["29 februari 2023", 'Termijn "29 februari 2023" bestaat niet: februari 2023 heeft 28 dagen.'],
    ["32 mei 2022", 'Termijn "32 mei 2022" bestaat niet: mei 2022 heeft 31 dagen.'],
    ["1-13-2022", 'Termijn "1-13-2022" bestaat niet: maand 13 bestaat niet.'],
    ["31 april", 'Termijn "31 april" bestaat niet: april 2021 heeft 30 dagen.'],
    ["zaterdag 1 juli 2022", 'Termijn "zaterdag 1 juli 2022" bestaat niet: 1 juli 2022 is een vrijdag, geen zaterdag.'],
    ["week 53 van 2022", 'Termijn "week 53 van 2022" bestaat niet: 2022 heeft 52 weken.'],
    ["Q5 2022", 'Termijn "Q5 2022" bestaat niet: een jaar heeft vier kwartalen.'],
    ["de derde helft van 2022", 'Termijn "de derde helft van 2022" bestaat niet: een jaar heeft twee helften.'],
    ["winter 2022/2024", 'Termijn "winter 2022/2024" bestaat niet: een winter loopt over twee opeenvolgende jaren.'],
    ["binnen 0 weken", 'Termijn "binnen 0 weken" bestaat niet: een termijn van 0 weken is geen termijn.'],
  ])("nonsense date %s", (phrase, message) => {
    const error = errorOf(phrase);
    expect(error.code).toBe("invalid-date");
    expect(error.message).toBe(message);
  });

  it("years outside 1900-2199 are typos", () => {
    expect(errorOf("in 20222").code).toBe("unrecognized");
    const far = errorOf("in 2299");
    expect(far.code).toBe("invalid-date");
    expect(far.message).toContain("jaartal 2299 valt buiten 1900-2199");
    expect(errorOf("in 2025", "0001-01-01").code).toBe("invalid-made-on");
  });

  it("a sentence with leftover calendar words is not half-read", () => {
    expect(errorOf("over mei per 2022").code).toBe("unrecognized");
    expect(errorOf("ergens in de zomer, of uiterlijk in het najaar").code).toBe("unrecognized");
  });

  it("a deadline that was already over when the commitment was made", () => {
    const error = errorOf("in 2020", "2021-07-01");
    expect(error.code).toBe("before-made-on");
    expect(error.message).toContain('Termijn "in 2020" ligt vóór de datum van de toezegging (1 juli 2021)');
    expect(errorOf("voor de zomer van 2021", "2021-07-20").code).toBe("before-made-on");
    expect(errorOf("per 1 januari 2021", "2021-07-02").code).toBe("before-made-on");
    expect(errorOf("bij de begroting 2021", "2021-07-02").code).toBe("before-made-on");
  });

  it("resolveDeadline throws the same error that tryResolveDeadline returns", () => {
    expect(() => resolveDeadline("30 februari 2022", MADE)).toThrow(DeadlinePhraseError);
    const ok = tryResolveDeadline("Q3 2022", MADE);
    expect(ok).toEqual({ ok: true, deadline: expect.objectContaining({ latest: "2022-09-30" }) });
  });
});
