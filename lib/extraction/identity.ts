/** Which letter this is: its Kamerstuk id, title, date and the minister who signed it. */
import { findKamerstukCitations, tryParseKamerstukCitation } from "../kamerstuk";
import type { LetterDocument } from "./document";
import { MONTH_PATTERN, parseDutchDate } from "./dutch-dates";
import type { ExtractedLetter } from "./types";

const DATE_TEXT = `(?:[a-z]+dag\\s+)?\\d{1,2}\\s+(?:${MONTH_PATTERN})\\s+\\d{4}|\\d{1,2}-\\d{1,2}-\\d{4}`;
const DATE_LINE = new RegExp(`^(?:datum\\s*:?|den haag,|'s-gravenhage,)\\s*(${DATE_TEXT})\\.?$`, "i");
const SUBJECT_LINE = /^onderwerp\s*:?\s+(.+)$/i;
const KST_NUMBER = /^nr\.\s*(\d+|[A-Z]{1,3})\s+brief van\b/i;
const DOSSIER_LINE = /^(\d{2}\s?\d{3}(?:[- ][A-Z]{1,4})?)\s+\S/;
const SIGNATURE =
  /^(?:(?:hoogachtend|met vriendelijke groet),?\s+)?de\s+(minister(?:-president)?|staatssecretaris)(\s+(?:van|voor)\s+.+)?\s*,\s*([^,]{2,70})$/i;
const GENERIC_HEADINGS = /^(?:inleiding|aanleiding|samenvatting|achtergrond|tot slot|afsluiting)$/i;

const NR_LINE = /^nr\.\s*(\d+|[A-Z]{1,3})$/i;
const BRIEF_VAN = /^brief van\b/i;
/** officielebekendmakingen's header table, its cells run together: "…Staten-Generaal2019-202035300 nr. 78". */
const HEADER_TABLE = /staten-generaal\s*\d{4}-\d{4}\s*(\d{5}(?:-[A-Z0-9]{1,5})?)\s+nr\.\s*(\d+)/i;
/** openkamer and similar pages: "Kamerstuk 34785-80", "ID: 34785-80". */
const SHORT_ID_LINE = /^(?:kamerstuk|id:)\s*(\d{5}(?:-[A-Z0-9]{1,5})?)-(\d+)$/i;
/** rijksbegroting.nl: dossier, letter and number run together before "BRIEF VAN": "34775 A 52 BRIEF VAN DE MINISTER". */
const RUN_TOGETHER = /^(\d{2}\s?\d{3})(?:\s+([A-Z]{1,4}))?\s+(\d+)\s+brief van\b/i;

/** The letter's head and opening lines: where its id and date stand in every layout. */
function openingLines(doc: LetterDocument): string[] {
  return [...doc.head.map((l) => l.trim()), ...doc.opening];
}

function kamerstukId(dossier: string, number: string): string | null {
  const parsed = tryParseKamerstukCitation(`Kamerstuk ${dossier}, nr. ${number}`);
  return parsed.ok ? parsed.citation.id : null;
}

function letterId(doc: LetterDocument): string | null {
  if (doc.footer) {
    const found = findKamerstukCitations(doc.footer.text)[0];
    if (found) return found.citation.id;
  }
  const lines = openingLines(doc);
  // The officielebekendmakingen layout: "29 628 Politie" … "Nr. 1030 BRIEF VAN DE MINISTER …" (or "Nr. 89" and
  // "BRIEF VAN …" on two lines, as tweedekamer.nl shows it).
  const numberAt = lines.findIndex((l, i) => KST_NUMBER.test(l) || (NR_LINE.test(l) && BRIEF_VAN.test(lines[i + 1] ?? "")));
  if (numberAt >= 0) {
    const number = (KST_NUMBER.exec(lines[numberAt]!) ?? NR_LINE.exec(lines[numberAt]!))?.[1];
    const dossier = lines
      .slice(0, numberAt)
      .map((l) => DOSSIER_LINE.exec(l)?.[1])
      .findLast((d) => d !== undefined);
    const id = dossier && number ? kamerstukId(dossier, number) : null;
    if (id) return id;
  }
  for (const line of lines) {
    const run = RUN_TOGETHER.exec(line);
    const m = HEADER_TABLE.exec(line) ?? SHORT_ID_LINE.exec(line);
    const id = run?.[1] && run[3] ? kamerstukId(run[2] ? `${run[1]}-${run[2]}` : run[1], run[3]) : m?.[1] && m[2] ? kamerstukId(m[1], m[2]) : null;
    if (id) return id;
  }
  return null;
}

function paragraphText(doc: LetterDocument, index: number): string {
  const p = doc.paragraphs[index];
  return p ? doc.text.slice(p.start, p.end) : "";
}

const DATE_ALONE = new RegExp(`^(${DATE_TEXT})$`, "i");
const DATE_LABEL = /^datum$/i;
/** What a web page says of the document: "Gepubliceerd: 23 maart 2018", "11-03-2009 | Kamerstuk | …", and an Eerste
 * Kamer toezegging page's "Datum toezegging 31 mei 2016". */
const PUBLISHED_LINE = new RegExp(`^(?:gepubliceerd\\s*:|datum toezegging)\\s*(${DATE_TEXT})$|^(${DATE_TEXT})\\s*\\|`, "i");

/**
 * The date the letter states: "Den Haag, 14 juni 2019", "Datum 14 juni 2019", or a letterhead's "Datum" with the
 * date on a line of its own below it; else the publication date a web page gives. Never today, never a guess.
 */
function letterDate(doc: LetterDocument): string | null {
  const lines = openingLines(doc);
  const first = (pattern: RegExp, at: (m: RegExpExecArray) => string | undefined) => {
    for (const line of lines) {
      const m = pattern.exec(line);
      const date = m && at(m) ? parseDutchDate(at(m)!) : null;
      if (date) return date;
    }
    return null;
  };
  const labelled = () => {
    for (let i = 0; i < lines.length; i++) {
      if (!DATE_LABEL.test(lines[i]!)) continue;
      const below = lines
        .slice(i + 1, i + 4)
        .map((l) => DATE_ALONE.exec(l)?.[1])
        .find((d) => d !== undefined);
      const date = below ? parseDutchDate(below) : null;
      if (date) return date;
    }
    return null;
  };
  return first(DATE_LINE, (m) => m[1]) ?? labelled() ?? first(PUBLISHED_LINE, (m) => m[1] ?? m[2]);
}

function letterTitle(doc: LetterDocument): string | null {
  const subject = doc.head.map((l) => SUBJECT_LINE.exec(l)?.[1]?.trim()).find((s) => s);
  if (subject) return subject;
  // A heading above the first paragraph: short, no full stop, followed by prose.
  const first = paragraphText(doc, 0);
  const next = paragraphText(doc, 1);
  const short = first.split(/\s+/).length <= 15 && !/[.!?:;,]$/.test(first);
  if (first && short && /[.!?]$/.test(next) && !GENERIC_HEADINGS.test(first) && !DATE_LINE.test(first)) return first;
  return null;
}

/** A signature may stand apart from the name: "De Staatssecretaris van …,", blank line, "J.A. de Boer". */
function signatureText(doc: LetterDocument, index: number): string {
  const text = paragraphText(doc, index);
  return text.endsWith(",") ? `${text} ${paragraphText(doc, index + 1)}` : text;
}

const NAME = /^(?:(?:mr|drs|dr|prof|ir|ing)\.\s*)*(?:(?:\p{Lu}\.)+\s*)?(?:(?:de|van|der|den|ter|ten)\s+)*\p{Lu}[\p{L}.\-' ]*$/u;

/** The signer; in a joint letter the first to sign. Only the closing paragraphs are looked at. */
function signature(doc: LetterDocument): { minister: string | null; ministerFunction: string | null } {
  for (let i = Math.max(0, doc.paragraphs.length - 12); i < doc.paragraphs.length; i++) {
    const m = SIGNATURE.exec(signatureText(doc, i));
    const name = m?.[3]?.trim() ?? "";
    if (!m || !NAME.test(name)) continue;
    const role = (m[1] ?? "").toLowerCase();
    const office = role.charAt(0).toUpperCase() + role.slice(1) + (m[2] ?? "").replace(/\s+/g, " ");
    return { minister: name, ministerFunction: office };
  }
  return { minister: null, ministerFunction: null };
}

export function letterIdentity(doc: LetterDocument): ExtractedLetter {
  return { id: letterId(doc), title: letterTitle(doc), date: letterDate(doc), ...signature(doc) };
}
