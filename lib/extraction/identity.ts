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

function letterId(doc: LetterDocument): string | null {
  if (doc.footer) {
    const found = findKamerstukCitations(doc.footer.text)[0];
    if (found) return found.citation.id;
  }
  // The officielebekendmakingen layout: "29 628 Politie" … "Nr. 1030 BRIEF VAN DE MINISTER …".
  const dossier = doc.head.map((l) => DOSSIER_LINE.exec(l)?.[1]).find((d) => d !== undefined);
  const number = doc.head.map((l) => KST_NUMBER.exec(l)?.[1]).find((n) => n !== undefined);
  if (dossier && number) {
    const parsed = tryParseKamerstukCitation(`Kamerstuk ${dossier}, nr. ${number}`);
    if (parsed.ok) return parsed.citation.id;
  }
  return null;
}

function paragraphText(doc: LetterDocument, index: number): string {
  const p = doc.paragraphs[index];
  return p ? doc.text.slice(p.start, p.end) : "";
}

function letterDate(doc: LetterDocument): string | null {
  const lines = [...doc.head, ...doc.paragraphs.slice(0, 3).map((_, i) => paragraphText(doc, i))];
  for (const line of lines) {
    const m = DATE_LINE.exec(line.trim());
    const date = m?.[1] ? parseDutchDate(m[1]) : null;
    if (date) return date;
  }
  return null;
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
