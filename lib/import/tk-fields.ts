// Reading the fields of one Tweede Kamer Toezegging record: names as the OData API spells them (Nummer,
// DatumNakoming), also accepted in other capitalisation (the XML sync feed writes nummer, datumNakoming).
import { formatDate } from "@/lib/format/dates";
import { findKamerstukCitations, parseDocumentId, tryParseKamerstukCitation, type KamerstukCitation } from "@/lib/kamerstuk";
import { isValidIsoDate } from "@/lib/validation/primitives";

export type TkFields = (name: string) => unknown;

export function tkFields(raw: Record<string, unknown>): TkFields {
  const byLower = new Map(Object.entries(raw).map(([k, v]) => [k.toLowerCase(), v]));
  return (name) => byLower.get(name.toLowerCase());
}

/** A text field: trimmed, null when absent or empty; a number (ActiviteitNummer) as digits. */
export function tkText(fields: TkFields, name: string): string | null {
  const value = fields(name);
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

const amsterdam = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * The calendar date (Europe/Amsterdam) of an OData date or date-time: "2022-07-01", "2022-07-01T00:00:00",
 * "2026-03-19T17:42:13.69+01:00". `undefined` when it is no date; null for the ".NET minimum" 0001-01-01, which
 * the Tweede Kamer writes for "no date".
 */
export function tkDate(value: string): string | null | undefined {
  const s = value.trim();
  if (/^0001-01-01/.test(s)) return null;
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (!match) return undefined;
  let date = match[1]!;
  if (match[3]) {
    const time = Date.parse(s.replace(" ", "T"));
    if (Number.isNaN(time)) return undefined;
    date = amsterdam.format(new Date(time));
  }
  return isValidIsoDate(date) ? date : undefined;
}

/** "1 juli 2022": the deadline phrase for a DatumNakoming, read back by lib/deadline as that one day. */
export const deadlinePhraseFor = (iso: string) => formatDate(iso);

/** "Grapperhaus, F.B.J." → "F.B.J. Grapperhaus" (the register's form); else Initialen/Voornaam, Tussenvoegsel, Achternaam. */
export function tkMinisterName(fields: TkFields): string | null {
  const naam = tkText(fields, "Naam");
  if (naam) {
    const match = /^([^,]+),\s*(.+)$/.exec(naam);
    return (match ? `${match[2]} ${match[1]}` : naam).replace(/\s+/g, " ").trim();
  }
  const achternaam = tkText(fields, "Achternaam");
  if (!achternaam) return null;
  return [tkText(fields, "Initialen") ?? tkText(fields, "Voornaam"), tkText(fields, "Tussenvoegsel"), achternaam].filter(Boolean).join(" ");
}

/** Where the commitment was made: the Activiteit (text, or the expanded object), else its number, else the TK number. */
export function tkActivity(fields: TkFields, nummer: string): string {
  const activity = fields("Activiteit");
  let text: string | null = null;
  if (typeof activity === "string" && activity.trim()) text = activity.trim();
  else if (activity && typeof activity === "object") {
    const a = tkFields(activity as Record<string, unknown>);
    const what = [tkText(a, "Soort"), tkText(a, "Onderwerp")].filter(Boolean).join(": ");
    const number = tkText(a, "Nummer");
    const date = tkText(a, "Datum") ? tkDate(tkText(a, "Datum")!) : null;
    text = [what || "Activiteit", number ? `(${number})` : null].filter(Boolean).join(" ") + (date ? `, ${formatDate(date)}` : "");
  } else {
    const onderwerp = tkText(fields, "Onderwerp");
    const number = tkText(fields, "ActiviteitNummer");
    if (onderwerp || number) text = [onderwerp ?? "Activiteit", number ? `(${number})` : null].filter(Boolean).join(" ");
  }
  const result = text ?? `Toezegging aan de Tweede Kamer ${nummer}`;
  return result.length > 300 ? `${result.slice(0, 299)}…` : result;
}

/** A short title from the commitment's text (the Tweede Kamer has none): its first sentence, at most 150 characters. */
export function titleFromText(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(flat)?.[1] ?? flat;
  if (sentence.length <= 150) return sentence;
  const cut = sentence.slice(0, 149);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 80 ? cut.lastIndexOf(" ") : 149)}…`;
}

/**
 * KamerbriefNakoming → a Kamerstuk: "Kamerstuk 29628-1030", "29 628, nr. 1030", a citation, a canonical id or a
 * link to officielebekendmakingen.nl. Null when none of those (a Tweede Kamer document number such as "2022D12345").
 */
export function tkCitation(value: string): KamerstukCitation | null {
  const v = value.trim().replace(/\s+/g, " ");
  const short = /^(?:kamerstuk(?:ken)?\s+)?(\d{5})(?:-([A-Z]{1,3}|[IVXLC]+))?-(\d+|[A-Z]{1,2})$/i.exec(v);
  const candidates = short ? [`Kamerstuk ${short[1]}${short[2] ? `-${short[2].toUpperCase()}` : ""}, nr. ${short[3]}`, v] : [v];
  for (const candidate of candidates) {
    const parsed = tryParseKamerstukCitation(candidate);
    if (parsed.ok) return parsed.citation;
  }
  const id = /\b((?:kst|ah-tk|ah-ek|h-tk|h-ek)-[0-9A-Za-z-]+?)(?:\.html|\.pdf|[?#\s]|$)/.exec(v)?.[1] ?? v;
  try {
    return parseDocumentId(id);
  } catch {
    return findKamerstukCitations(v)[0]?.citation ?? null;
  }
}
