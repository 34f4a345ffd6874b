/** Which letter this is: its Kamerstuk id, title, date and the minister who signed it. */
import { findKamerstukCitations, tryParseKamerstukCitation } from "../kamerstuk";
import type { LetterDocument } from "./document";
import { MONTH_PATTERN, parseDutchDate } from "./dutch-dates";
import type { ExtractedLetter } from "./types";

const DATE_TEXT = `(?:[a-z]+dag\\s+)?\\d{1,2}\\s+(?:${MONTH_PATTERN})\\s+\\d{4}|\\d{1,2}-\\d{1,2}-\\d{4}`;
const DATE_LINE = new RegExp(`^(?:datum\\s*:?|den haag,|'s-gravenhage,)\\s*(${DATE_TEXT})\\.?$`, "i");
/** Another place of signing, capitalised: "Zoetermeer, 21 september 1999". */
const PLACE_DATE_LINE = new RegExp(`^\\p{Lu}[\\p{L}'’.\\- ]{1,30},\\s*(${DATE_TEXT})\\.?$`, "u");
const SUBJECT_LINE = /^onderwerp\s*:?\s+(.+)$/i;
const KST_NUMBER = /^nr\.\s*(\d+|[A-Z]{1,3})\s+brief van\b/i;
/** "29 628 Politie", "21 501-02 Raad Algemene Zaken", "33 750 IV Vaststelling …", or the number alone on its line. */
const DOSSIER_LINE = /^(\d{2}\s?\d{3}(?:-\d{2}|[- ][A-Z]{1,5})?)(?:\s+\S|$)/;
/** An Eerste Kamer letter without "Nr.": "G BRIEF VAN DE MINISTER", "AE1 BRIEF VAN …" (a footnote number glued on). */
const EK_LETTER = /^([A-Z]{1,3})\d{0,2}\s+(?:BRIEF VAN|Brief van)\b/;
const SIGNATURE =
  /^(?:(?:hoogachtend|met vriendelijke groet),?\s+)?de\s+(minister(?:-president)?|staatssecretaris)((?:,\s*minister)?\s+(?:van|voor)\s+.+)?\s*,\s*([^,]{2,70})$/i;
/** Who speaks for the government in Handelingen: "Minister Rutte:", "Staatssecretaris Struycken:". */
const SPEAKER = /^(Minister(?:-president)?|Staatssecretaris) ((?:\p{Lu}\.)*\s*(?:(?:de|van|der|den|ter|ten)\s+)*\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?):$/u;
/** openkamer's "Indiener(s): Ronald Plasterk (minister binnenlandse zaken en koninkrijksrelaties) (PvdA)". */
const SUBMITTER = /^indiener\(s\):\s*([^(]{3,60}?)\s*\((minister|staatssecretaris)\s+([^)]+)\)/i;
const GENERIC_HEADINGS = /^(?:inleiding|aanleiding|samenvatting|achtergrond|tot slot|afsluiting)$/i;

const NR_LINE = /^nr\.\s*(\d+|[A-Z]{1,3})$/i;
const BRIEF_VAN = /^brief van\b/i;
/** officielebekendmakingen's header table, its cells run together: "…Staten-Generaal2019-202035300 nr. 78". */
const HEADER_TABLE = /staten-generaal\s*\d{4}-\d{4}\s*(\d{5}(?:-[A-Z0-9]{1,5})?|C[CLXVI]*)\s+nr\.\s*(\d+|[A-Z]{1,3})\b/i;
/** The same table for Handelingen ("…Staten-Generaal2018-2019nr. 3, item 8") and for an Aanhangsel ("…2012-20132919"). */
const HANDELINGEN_TABLE = /^(tweede|eerste) kamer der staten-generaal\s*(\d{4})-(\d{4})\s*nr\.\s*(\d+),\s*item\s*(\d+)$/i;
const AANHANGSEL_TABLE = /^(tweede|eerste) kamer der staten-generaal\s*(\d{4})-(\d{4})(\d{1,5})$/i;
const AANHANGSEL_TITLE = /^aanhangsel van de handelingen$/i;
/** The answer's or notice's own line: "Antwoord van staatssecretaris Teeven (…) (ontvangen 1 augustus 2013)." */
const ANSWER_LINE = new RegExp(
  `^(?:antwoord|mededeling) van (?:de )?(minister(?:-president)?|staatssecretaris)\\s+(?:van\\s+[^(]+?|([\\p{Lu}][^(]*?))\\s*\\([^)]*\\)\\.?\\s*\\((?:ontvangen)\\s+(${DATE_TEXT})\\)`,
  "iu",
);
/** openkamer and similar pages: "Kamerstuk 34785-80", "ID: 34785-80". */
const SHORT_ID_LINE = /^(?:kamerstuk|id:)\s*(\d{5}(?:-[A-Z0-9]{1,5})?)-(\d+)$/i;
/** rijksbegroting.nl: dossier, letter and number run together before "BRIEF VAN": "34775 A 52 BRIEF VAN DE MINISTER". */
const RUN_TOGETHER = /^(\d{2}\s?\d{3})(?:\s+([A-Z]{1,4}))?\s+(\d+)\s+brief van\b/i;

/** The letter's head and opening lines: where its id and date stand in every layout. */
function openingLines(doc: LetterDocument): string[] {
  return [...doc.head.map((l) => l.trim()), ...doc.opening];
}

function kamerstukId(dossier: string, number: string): string | null {
  // An Eerste Kamer letter is cited by its letters alone: "Kamerstuk CII, G".
  const parsed = tryParseKamerstukCitation(/^[A-Z]+$/.test(number) ? `Kamerstuk ${dossier}, ${number}` : `Kamerstuk ${dossier}, nr. ${number}`);
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
  const numberAt = lines.findIndex((l, i) => KST_NUMBER.test(l) || EK_LETTER.test(l) || (NR_LINE.test(l) && BRIEF_VAN.test(lines[i + 1] ?? "")));
  if (numberAt >= 0) {
    const number = (KST_NUMBER.exec(lines[numberAt]!) ?? NR_LINE.exec(lines[numberAt]!) ?? EK_LETTER.exec(lines[numberAt]!))?.[1];
    // A letter in several dossiers is filed under the first: "32 043 Toekomst pensioenstelsel", "34 304 …", "AE BRIEF VAN".
    const dossiers = lines
      .slice(0, numberAt)
      .map((l) => DOSSIER_LINE.exec(l)?.[1])
      .filter((d): d is string => d !== undefined);
    const dossier = dossiers[0];
    const id = dossier && number ? kamerstukId(dossier, number) : null;
    if (id) return id;
  }
  const proceedings = handelingenId(lines);
  if (proceedings) return proceedings;
  for (const line of lines) {
    const run = RUN_TOGETHER.exec(line);
    const m = HEADER_TABLE.exec(line) ?? SHORT_ID_LINE.exec(line);
    const id = run?.[1] && run[3] ? kamerstukId(run[2] ? `${run[1]}-${run[2]}` : run[1], run[3]) : m?.[1] && m[2] ? kamerstukId(m[1], m[2]) : null;
    if (id) return id;
  }
  return null;
}

/** The vergaderjaar a day falls in: it begins on Prinsjesdag, the third Tuesday of September. */
function vergaderjaarOn(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const firstOfSeptember = new Date(Date.UTC(y, 8, 1)).getUTCDay();
  const prinsjesdag = 1 + ((2 - firstOfSeptember + 7) % 7) + 14;
  const newYear = m > 9 || (m === 9 && d >= prinsjesdag);
  return newYear ? `${y}${y + 1}` : `${y - 1}${y}`;
}

/** Handelingen and Aanhangsel: the header table, or an Aanhangsel's number below its title dated by its answer. */
function handelingenId(lines: string[]): string | null {
  const aanhangsel = lines.some((l) => AANHANGSEL_TITLE.test(l));
  for (const line of lines) {
    const h = HANDELINGEN_TABLE.exec(line);
    if (h) return `h-${h[1]!.toLowerCase() === "eerste" ? "ek" : "tk"}-${h[2]}${h[3]}-${h[4]}-${h[5]}`;
    const a = aanhangsel ? AANHANGSEL_TABLE.exec(line) : null;
    if (a && Number(a[3]) === Number(a[2]) + 1) return `ah-${a[1]!.toLowerCase() === "eerste" ? "ek" : "tk"}-${a[2]}${a[3]}-${Number(a[4])}`;
  }
  if (!aanhangsel) return null;
  const title = lines.findIndex((l) => AANHANGSEL_TITLE.test(l));
  const number = lines.slice(title + 1, title + 4).find((l) => /^[1-9]\d{0,4}$/.test(l));
  const received = answerLine(lines)?.date;
  const kamer = lines.some((l) => /\beerste kamer\b/i.test(l)) && !lines.some((l) => /\btweede kamer\b/i.test(l)) ? "ek" : "tk";
  return number && received ? `ah-${kamer}-${vergaderjaarOn(received)}-${number}` : null;
}

/** "Antwoord van staatssecretaris Teeven (Veiligheid en Justitie) (ontvangen 1 augustus 2013)": who answered, and when. */
function answerLine(lines: string[]): { date: string; name: string | null; role: string } | null {
  for (const line of lines) {
    const m = ANSWER_LINE.exec(line);
    const date = m?.[3] ? parseDutchDate(m[3]) : null;
    if (m && date) return { date, name: m[2]?.trim() ?? null, role: m[1]!.toLowerCase() };
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
const PUBLISHED_LINE = new RegExp(`^(?:gepubliceerd\\s*:|datum toezegging)\\s*(${DATE_TEXT})$|^(${DATE_TEXT})\\s*(?:\\||\\d{1,2}:\\d{2}(?::\\d{2})?$)`, "i");

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
  return (
    first(DATE_LINE, (m) => m[1]) ?? labelled() ?? answerLine(lines)?.date ?? first(PLACE_DATE_LINE, (m) => m[1]) ?? first(PUBLISHED_LINE, (m) => m[1] ?? m[2])
  );
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

const NAME = /^(?:(?:mr|drs|dr|prof|ir|ing|mw|mevr|dhr)\.\s*)*(?:(?:\p{Lu}\.)+\s*)?(?:(?:de|van|der|den|ter|ten)\s+)*\p{Lu}[\p{L}.\-' ]*$/u;

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
  return otherSigner(openingLines(doc)) ?? { minister: null, ministerFunction: null };
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Without a signature: the answer's "Antwoord van staatssecretaris Teeven (…)", a debate's first government speaker, a site's submitter. */
function otherSigner(lines: string[]): { minister: string; ministerFunction: string | null } | null {
  const answer = answerLine(lines);
  if (answer?.name) return { minister: answer.name, ministerFunction: capital(answer.role) };
  for (const line of lines) {
    const speaker = SPEAKER.exec(line);
    if (speaker) return { minister: speaker[2]!, ministerFunction: speaker[1]! };
    const submitter = SUBMITTER.exec(line);
    if (submitter) return { minister: submitter[1]!.trim(), ministerFunction: `${capital(submitter[2]!.toLowerCase())} van ${submitter[3]!.trim()}` };
  }
  return null;
}

export function letterIdentity(doc: LetterDocument): ExtractedLetter {
  return { id: letterId(doc), title: letterTitle(doc), date: letterDate(doc), ...signature(doc) };
}
