// Building blocks shared by the schemas: text that PostgreSQL can store, dates in the range the register knows,
// versions that are really numbers, and error objects safe for any field name.
import { z } from "zod";

const NUL = "\u0000";

/** A string without NUL characters (PostgreSQL text cannot hold them). */
export function text(params?: { message?: string }) {
  return z.string(params).refine((s) => !s.includes(NUL), "Bevat een ongeldig teken (NUL).");
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

export function isValidIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const year = Number(s.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const time = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(s);
}

export function isoDate(params?: { message?: string }) {
  return z
    .string(params)
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Vul een datum in als JJJJ-MM-DD.")
    .refine(isValidIsoDate, `Deze datum bestaat niet of ligt buiten ${MIN_YEAR}–${MAX_YEAR}.`);
}

/** The version an edit starts from: a positive whole number, as a number or as digits (form fields). */
export const version = z.preprocess(
  (v) => (typeof v === "string" && /^\d{1,9}$/.test(v.trim()) ? Number(v) : v),
  z.number({ message: "versie ontbreekt of is geen getal" }).int("versie is geen geheel getal").min(1, "versie ontbreekt").max(1_000_000_000, "versie is te groot"),
);

/** zod issues as { field: [messages] } with dotted paths; a null-prototype object, so any field name is safe. */
export function issuesToErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = Object.create(null);
  const add = (key: string, message: string) => {
    if (!Object.hasOwn(errors, key)) errors[key] = [];
    errors[key]!.push(message);
  };
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add(key, "onbekend veld");
      continue;
    }
    add(issue.path.length ? issue.path.map(String).join(".") : "_", issue.message);
  }
  return { ...errors };
}
