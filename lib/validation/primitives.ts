// Building blocks shared by the schemas: text that PostgreSQL can store, dates in the range the register knows,
// versions that are really numbers, and error objects safe for any field name.
import { z } from "zod";

/**
 * The first character a text field may not hold, or null. Refused: C0 control characters other than tab and line
 * feed (NUL cannot be stored by PostgreSQL; the others make the Atom feed and the XLSX invalid XML and pass raw into
 * the calendar), a carriage return (a CRLF is normalised to LF before this check, so what is left is a lone CR,
 * which some CSV readers take for a line break), U+FFFE/U+FFFF (not characters) and unpaired surrogates (not
 * text: they cannot be encoded as UTF-8).
 */
export function findForbiddenCharacter(s: string): { index: number; description: string } | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a) {
      return { index: i, description: c === 0x0d ? "een losse regelterugloop (CR)" : `stuurteken ${codePoint(c)}` };
    }
    if (c === 0xfffe || c === 0xffff) return { index: i, description: `${codePoint(c)} (geen teken)` };
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return { index: i, description: `een losse surrogaathelft ${codePoint(c)}` };
    }
    if (c >= 0xdc00 && c <= 0xdfff) return { index: i, description: `een losse surrogaathelft ${codePoint(c)}` };
  }
  return null;
}

function codePoint(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** CRLF (what browsers send from a textarea) and nothing else becomes LF; a lone CR stays and is refused. */
export function normaliseNewlines(s: string): string {
  return s.replace(/\r\n/g, "\n");
}

/**
 * Text the register did not get from a person typing (a letter read from a PDF or a file) made storable: line
 * breaks of any kind (CRLF, lone CR, form feed, vertical tab) become LF and the other characters text() refuses
 * are dropped, so the reviewer never meets an error about a character they cannot see.
 */
export function sanitiseText(s: string): string {
  return s
    .replace(/\r\n?|[\f\v]/g, "\n")
    .replace(/[\u0000-\u0008\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "");
}

/** How messages name a field, by its key (the last part of the zod path); an unknown key is quoted as is. */
const FIELD_LABELS: Record<string, string> = {
  title: "De titel",
  text: "De tekst",
  activity: "Waar (activiteit)",
  ministerName: "De naam van de bewindspersoon",
  ministerFunction: "De functie",
  ministry: "Het ministerie",
  committee: "De commissie",
  addressee: "De geadresseerde",
  deadlinePhrase: "De termijn",
  reason: "De reden",
  note: "De toelichting",
  fulfilledBy: "Nagekomen met",
  citation: "De verwijzing",
  name: "De naam",
  date: "De datum",
  q: "De zoekterm",
};

function fieldLabel(path: ReadonlyArray<PropertyKey>): string {
  const key = [...path].reverse().find((p) => typeof p === "string");
  if (key === undefined) return "De tekst";
  return Object.hasOwn(FIELD_LABELS, key) ? FIELD_LABELS[key]! : `Het veld “${key}”`;
}

/**
 * Text that the register can store and every export can carry: CRLF normalised to LF, and refused (with a message
 * naming the field and the character) when it holds a character findForbiddenCharacter reports.
 */
export function text(params?: { message?: string }) {
  return z
    .string(params)
    .overwrite(normaliseNewlines)
    .refine((s) => findForbiddenCharacter(s) === null, {
      error: (issue) => {
        const found = typeof issue.input === "string" ? findForbiddenCharacter(issue.input) : null;
        const where = found ? `${found.description} op positie ${found.index + 1}` : "een ongeldig teken";
        return `${fieldLabel(issue.path ?? [])} bevat ${where}; dat teken is niet toegestaan. Verwijder het en probeer opnieuw.`;
      },
    });
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** The largest id PostgreSQL's integer holds: a larger one names nothing and must not reach the database. */
export const INT4_MAX = 2_147_483_647;

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
  z
    .number({ message: "versie ontbreekt of is geen getal" })
    .int("versie is geen geheel getal")
    .min(1, "versie ontbreekt")
    .max(1_000_000_000, "versie is te groot"),
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
