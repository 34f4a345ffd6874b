/**
 * What a candidate is about, when its own sentence does not say: the section heading it stands under, and what
 * "deze analyse", "het onderzoek", "de evaluatie" refer to ("een analyse naar geweld door politieambtenaren (GDPA)",
 * named earlier in the section). The sentence stays verbatim; this is added beside it, so the record stands on its own.
 */
import { stem } from "./anaphora";
import type { LetterDocument } from "./document";
import type { ExtractedContext } from "./types";

/** The things a letter refers back to by a definite or demonstrative noun phrase. */
const REFERRING_NOUNS = [
  "analyse",
  "onderzoek",
  "evaluatie",
  "rapport",
  "rapportage",
  "verkenning",
  "advies",
  "notitie",
  "reactie",
  "studie",
  "voorstel",
  "wetsvoorstel",
  "monitor",
  "pilot",
  "programma",
  "plan",
  "aanpak",
  "taskforce",
  "businesscase",
  "commissie",
  "adviescommissie",
  "inventarisatie",
  "verslag",
];
const REFERRING = new RegExp(
  `\\b(?:de|het|deze|dit|die|dat)\\s+((?:\\p{L}+e\\s+)?(${REFERRING_NOUNS.join("|")}))\\b(?!\\s*(?:naar|van|over|inzake|op|bij|betreffende|rond|uit)\\b)`,
  "giu",
);
/** A mention that says what it is: "een analyse naar geweld door politieambtenaren (GDPA)", "het onderzoek van de Inspectie naar …". */
const QUALIFIED = (noun: string) =>
  new RegExp(
    `\\b((?:een|de|het|deze|dit)\\s+(?:\\p{L}+[- ])?${noun}\\p{L}*\\s+(?:naar|van|over|inzake|betreffende|rond)\\s+[^.;:!?]{3,110}?)(?=[.;:!?]|,\\s|\\s(?:dat|die|waarin|waarbij|waarmee|is|zijn|zal|zullen|wordt|worden|heeft|hebben)\\b|\\d{1,2}\\b|$)`,
    "iu",
  );
const GENERIC_HEADINGS =
  /^(?:inleiding|aanleiding|samenvatting|achtergrond|tot slot|afsluiting|slot|conclusies?|vervolg|vervolgstappen|tot besluit|overig|overige punten|planning|stand van zaken|kenmerken|bevindingen|resultaten|uitkomsten|analyse|toelichting|context|proces|werkwijze)$/i;
const MAX_HEADING_WORDS = 12;

function paragraphText(doc: LetterDocument, index: number): string {
  const p = doc.paragraphs[index];
  return p ? doc.text.slice(p.start, p.end).trim() : "";
}

/** A heading: a short prose paragraph without closing punctuation, followed by a paragraph of sentences. */
function isHeading(doc: LetterDocument, index: number): boolean {
  const text = paragraphText(doc, index);
  if (!text || doc.paragraphs[index]?.kind !== "prose") return false;
  if (text.split(/\s+/).length > MAX_HEADING_WORDS || /[.!?:;,]$/.test(text) || /^\d/.test(text)) return false;
  return /[.!?]$/.test(paragraphText(doc, index + 1));
}

/** The paragraph index of the heading above `paragraph`, or -1. */
function headingAbove(doc: LetterDocument, paragraph: number): number {
  for (let p = paragraph - 1; p >= 0; p--) if (isHeading(doc, p)) return p;
  return -1;
}

/** The subject heading: a generic one ("Vervolgstappen", "Tot slot") stands for the specific one above it. */
function subjectHeading(doc: LetterDocument, from: number): string | null {
  for (let at = from; at >= 0; at = headingAbove(doc, at)) {
    const text = paragraphText(doc, at);
    if (!GENERIC_HEADINGS.test(text)) return text;
  }
  return null;
}

/** The context of the candidate spanning sentences first..last. */
export function candidateContext(doc: LetterDocument, first: number, last: number): ExtractedContext {
  const paragraph = doc.sentences[first]?.paragraph ?? 0;
  const headingAt = headingAbove(doc, paragraph);
  const heading = headingAt >= 0 ? subjectHeading(doc, headingAt) : null;
  const text = doc.sentences
    .slice(first, last + 1)
    .map((s) => s.text)
    .join(" ");
  // The section begins below its heading (or at the top); what is referred to was named in it, before the candidate.
  const sectionStart = headingAt >= 0 ? (doc.paragraphs[headingAt + 1]?.start ?? 0) : 0;
  const before = doc.text.slice(sectionStart, doc.sentences[first]?.start ?? 0);
  const refersTo: ExtractedContext["refersTo"] = [];
  let unresolved = /^(?:dit|deze|daarover|daarvan|daarin|daarmee|hierover|hiervan|hierin|hiermee)\b/i.test(text);
  for (const m of text.matchAll(REFERRING)) {
    const phrase = m[0];
    const noun = (m[2] ?? "").toLowerCase();
    if (refersTo.some((r) => r.phrase.toLowerCase() === phrase.toLowerCase())) continue;
    // Said in the candidate itself ("de analyse naar GDPA … de analyse"): nothing to add.
    if (QUALIFIED(stem(noun)).test(text)) continue;
    const named = QUALIFIED(stem(noun)).exec(before)?.[1];
    if (named) refersTo.push({ phrase, meaning: named.replace(/\s+/g, " ").trim() });
    else if (/^(?:deze|dit)\b/i.test(phrase) && m.index === 0) unresolved = true;
  }
  return { heading, refersTo, ...(unresolved ? { unresolved } : {}) };
}

/** A table row's context: the heading above the table. */
export function rowContext(doc: LetterDocument, start: number): ExtractedContext {
  const paragraph = doc.paragraphs.findIndex((p) => p.start <= start && p.end >= start);
  const headingAt = headingAbove(doc, paragraph < 0 ? doc.paragraphs.length : paragraph);
  return { heading: headingAt >= 0 ? subjectHeading(doc, headingAt) : null, refersTo: [] };
}

/** One line for a reader: "Onder ‘Geweld door politieambtenaren’ · ‘de analyse’: een analyse naar …". */
export function describeContext(context: ExtractedContext): string {
  const parts = [...(context.heading ? [`Onder ‘${context.heading}’`] : []), ...context.refersTo.map((r) => `‘${r.phrase}’: ${r.meaning}`)];
  return parts.join(" · ");
}

const CONTENT_WORD = /\p{L}{5,}/gu;

/** Whether `title` already names something of the subject (one of its longer words, by stem), the referring noun aside. */
export function namesSubject(title: string, subject: string, noun = ""): boolean {
  const words = title.toLowerCase().match(CONTENT_WORD) ?? [];
  const own = (subject.toLowerCase().match(CONTENT_WORD) ?? []).filter((w) => !noun || stem(w) !== stem(noun));
  return own.some((w) => words.some((t) => t.startsWith(stem(w)) || w.startsWith(stem(t))));
}

/** "een analyse naar geweld door politieambtenaren (GDPA)" → "analyse GDPA"; otherwise without its article. */
export function shortMeaning(meaning: string, noun: string): string {
  const abbreviation = /\(([A-Z][A-Za-z0-9-]{1,9})\)/.exec(meaning)?.[1];
  const bare = meaning.replace(/^(?:een|de|het|deze|dit)\s+/i, "");
  return abbreviation ? `${noun} ${abbreviation}` : bare;
}
