// What a new password must be, as the NCSC advises: long enough, no composition rules (no "one digit and one
// capital"), and not one of the passwords that are tried first because so many people use them. Pure.
import { dictionary } from "@zxcvbn-ts/language-common";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1000;

// ~49,000 passwords seen most often in leaks (zxcvbn-ts's common list), compared without regard to case.
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

/** True for a password on the list of commonly used ones, also with a few digits or a "!" added at the end. */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const list = commonPasswords();
  if (list.has(lower)) return true;
  const stem = lower.replace(/[0-9!.?]{1,4}$/, "");
  return stem !== lower && stem.length >= 6 && list.has(stem);
}

/** Why this password may not be used, or null when it may. `context`: words it must not be, like the e-mail address. */
export function passwordProblem(password: string, context: string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Een wachtwoord heeft minstens ${MIN_PASSWORD_LENGTH} tekens. Een zin van een paar woorden is makkelijk te onthouden.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Een wachtwoord heeft hoogstens ${MAX_PASSWORD_LENGTH} tekens.`;
  const lower = password.toLowerCase();
  if (/^(.)\1*$/.test(password)) return "Dit wachtwoord bestaat uit één teken, herhaald. Kies een ander.";
  if (isCommonPassword(password)) return "Dit wachtwoord wordt veel gebruikt en wordt daarom als eerste geprobeerd. Kies een ander.";
  const words = context.map((c) => c.trim().toLowerCase()).filter((c) => c.length >= 4);
  if (words.some((w) => lower === w || lower === w.split("@")[0])) return "Uw wachtwoord mag niet uw e-mailadres of naam zijn.";
  return null;
}
