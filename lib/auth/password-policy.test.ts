import { describe, expect, it } from "vitest";
import { isCommonPassword, MIN_PASSWORD_LENGTH, passwordProblem } from "./password-policy";

describe("passwordProblem (NCSC: length, no composition rules, not a common password)", () => {
  it("accepts a long passphrase of lower-case words without digits or symbols", () => {
    expect(passwordProblem("paard fiets zonnebloem")).toBeNull();
  });
  it("refuses anything shorter than 12 characters, and says how long it must be", () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(passwordProblem("Kort!w8woord")).toBeNull(); // 12
    expect(passwordProblem("Kort!w8woor")).toMatch(/minstens 12 tekens/); // 11
  });
  it("refuses common passwords of 12 characters and more, whatever their case", () => {
    for (const p of ["qwerty123456", "1q2w3e4r5t6y", "QAZWSXEDCRFV", "123456789012"]) expect(passwordProblem(p), p).toMatch(/veel gebruikt/);
  });
  it("refuses a common password with digits or ! tacked on", () => {
    expect(isCommonPassword("sunshine1234")).toBe(true);
    expect(isCommonPassword("password!!!!")).toBe(true);
    expect(passwordProblem("iloveyou2026")).toMatch(/veel gebruikt/);
  });
  it("refuses one character repeated, and the account's own address", () => {
    expect(passwordProblem("aaaaaaaaaaaaaaaa")).toMatch(/één teken/);
    expect(passwordProblem("j.devries.bzk", ["j.devries.bzk@example.nl"])).toMatch(/e-mailadres/);
  });
});
