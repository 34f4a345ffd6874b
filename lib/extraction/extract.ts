/** A Kamerbrief's plain text → its identity, the documents it cites and its candidate commitments. */
import { findDossierMentions, findKamerstukCitations } from "../kamerstuk";
import { demonstrativeNouns } from "./anaphora";
import { findCandidates, type Candidate } from "./candidates";
import type { DateContext } from "./deadline-spans";
import { candidateContext, namesSubject, rowContext, shortMeaning } from "./context";
import { buildDocument, type LetterDocument } from "./document";
import { isIsoDate, MONTH_PATTERN, parseDutchDate, todayInAmsterdam } from "./dutch-dates";
import { letterIdentity } from "./identity";
import { indexCitations, type CitationIndex } from "./references";
import { tableRowCommitments } from "./row-commitments";
import { MAX_TITLE, sentenceTitle } from "./titles";
import type { ExtractedCommitment, ExtractedContext, Extraction, ExtractOptions } from "./types";

const OUTCOME = /\b(de|het) (resultaten|uitkomsten|uitkomst|resultaat|bevindingen)\b(?!\s+(?:van|uit))/i;

function titleFor(doc: LetterDocument, candidate: Candidate): string {
  const hit = candidate.hits.find((h) => !h.cue.umbrella) ?? candidate.hits[0];
  if (!hit) return sentenceTitle(doc.sentences[candidate.delay ?? candidate.last]?.text ?? "");
  const sentence = doc.sentences[hit.index]?.text ?? "";
  const { topic, topicSentence } = hit.reach;
  if (topic && OUTCOME.test(sentence)) {
    return sentenceTitle(sentence.replace(OUTCOME, (_m, article: string, noun: string) => `${article} ${noun} van de ${topic}`));
  }
  // "Ik heb toegezegd dat deze evaluatie …": the sentence that says what is evaluated makes the better title.
  if (topicSentence !== null && topicSentence < hit.index) {
    return sentenceTitle(doc.sentences[topicSentence]?.text ?? sentence);
  }
  const nouns = demonstrativeNouns(sentence);
  return sentenceTitle(nouns.length ? sentence.replace(/\b(D|d)eze\b/, "$1e").replace(/\b(D|d)it\b/, "$1et") : sentence);
}

/** A date the letter mentions as something that happened: not "vóór 1 juni 2022", "uiterlijk 1 maart", "tot …". */
const MENTIONED_DATE = new RegExp(`(?<!\\b(?:vóór|voor|uiterlijk|tot|per|vanaf|na|ingang van)\\s)\\b(\\d{1,2}\\s+(?:${MONTH_PATTERN})\\s+\\d{4})\\b`, "gi");

/** The latest date the letter mentions, within its vergaderjaar when the footer gives one (else not after today). */
function latestMentionedDate(doc: LetterDocument): string | null {
  const vergaderjaar = doc.footer ? findKamerstukCitations(doc.footer.text)[0]?.citation.vergaderjaar : null;
  const from = vergaderjaar ? `${vergaderjaar.slice(0, 4)}-09-01` : "1900-01-01";
  const to = vergaderjaar ? `${vergaderjaar.slice(-4)}-09-30` : todayInAmsterdam();
  let latest: string | null = null;
  for (const m of doc.text.slice(0, doc.bodyEnd).matchAll(MENTIONED_DATE)) {
    const date = parseDutchDate(m[1]!);
    if (date && date >= from && date <= to && (latest === null || date > latest)) latest = date;
  }
  return latest;
}

/** The title, and the subject in brackets after it when the title lacks it, shortened to fit MAX_TITLE. */
function withSubject(title: string, subject: string): string {
  const full = `${title} (${subject})`;
  if (full.length <= MAX_TITLE) return full;
  const room = MAX_TITLE - subject.length - 4;
  return room >= 30 ? `${title.slice(0, room).replace(/\s+\S*$/, "")}… (${subject})` : title;
}

/**
 * "… nader in te gaan op de vervolgstappen … naar aanleiding van de analyse" says which analysis nowhere: the title
 * adds it ("(analyse GDPA)"); a candidate that points back at what it does not name gets its section heading.
 */
function titleWithSubject(title: string, context: ExtractedContext): string {
  for (const r of context.refersTo) {
    const noun = r.phrase.split(/\s+/).at(-1) ?? "";
    if (!namesSubject(title, r.meaning, noun)) return withSubject(title, shortMeaning(r.meaning, noun.toLowerCase()));
  }
  if (context.unresolved && context.heading && !namesSubject(title, context.heading)) return withSubject(title, context.heading);
  return title;
}

function dateContext(letterDate: string | null, doc: LetterDocument, options: ExtractOptions): { ctx: DateContext; note: string | null } {
  if (options.madeOn !== undefined) {
    if (!isIsoDate(options.madeOn)) throw new RangeError(`madeOn "${options.madeOn}" is geen datum (JJJJ-MM-DD).`);
    return { ctx: { madeOn: options.madeOn }, note: null };
  }
  if (letterDate) return { ctx: { madeOn: letterDate }, note: null };
  // No date written: the latest the letter mentions, bounded by its vergaderjaar; never today, never a guess.
  const mentioned = latestMentionedDate(doc);
  if (mentioned) {
    return {
      ctx: { madeOn: mentioned },
      note: `; brief zonder datum: termijn gelezen vanaf ${mentioned}, de laatste datum die de brief noemt — controleer de datum van de brief`,
    };
  }
  return { ctx: { madeOn: null }, note: "; brief zonder datum: de termijn is niet te bepalen — vul de datum van de brief in" };
}

function postponementOf(doc: LetterDocument, citations: CitationIndex, delay: number, start: number, end: number) {
  const paragraph = doc.paragraphs[doc.sentences[delay]?.paragraph ?? -1];
  const from = Math.min(paragraph?.start ?? start, start);
  return { reason: doc.sentences[delay]?.text ?? "", about: doc.text.slice(from, end), references: citations.idsIn(from, end) };
}

export function extractLetter(text: string, options: ExtractOptions = {}): Extraction {
  const doc = buildDocument(text);
  const letter = letterIdentity(doc);
  const { ctx, note } = dateContext(letter.date, doc, options);
  const citations = indexCitations(doc);
  const withNote = (cue: string, hasDeadline: boolean) => (note && hasDeadline ? cue + note : cue);

  const commitments: ExtractedCommitment[] = findCandidates(doc, ctx).map((c) => {
    const start = doc.sentences[c.first]?.start ?? 0;
    const end = doc.sentences[c.last]?.end ?? start;
    const context = candidateContext(doc, c.first, c.last);
    return {
      kind: c.kind,
      text: doc.text.slice(start, end),
      title: titleWithSubject(titleFor(doc, c), context),
      context,
      deadline: c.deadline,
      references: citations.idsIn(start, end),
      start,
      end,
      cue: withNote(c.delay !== undefined && c.hits.length ? `uitstel; ${c.cue}` : c.cue, c.deadline !== null),
      ...(c.delay !== undefined ? { postponement: postponementOf(doc, citations, c.delay, start, end) } : {}),
    };
  });
  for (const row of tableRowCommitments(doc, ctx)) {
    commitments.push({
      kind: "new",
      text: doc.text.slice(row.start, row.end),
      title: row.title,
      context: rowContext(doc, row.start),
      deadline: row.deadline,
      references: citations.idsIn(row.start, row.end),
      start: row.start,
      end: row.end,
      cue: withNote(row.cue, row.deadline !== null),
    });
  }
  commitments.sort((a, b) => a.start - b.start);
  const dossiers = findDossierMentions(doc.text).map(({ key, label, url }) => ({ key, label, url }));
  return { letter, normalizedText: doc.text, references: citations.references, dossiers, commitments };
}
