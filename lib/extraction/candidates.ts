/** Sentences with a cue → commitment candidates: reach back and forward, merge, drop repeats. */
import { reachBack, reachForward, type Reach } from "./anaphora";
import { sentenceCue, type SentenceCue } from "./cues";
import { findDeadlineSpans, mostSpecific, namesPastEvent, resolveSpan, type DateContext, type ResolvedSpan } from "./deadline-spans";
import type { LetterDocument } from "./document";
import { delayFor, delaySentences, isDelivery, isLaterDelivery, isRecountedPromise } from "./postponement";
import type { CandidateKind, ExtractedDeadline } from "./types";

export interface CueHit {
  index: number;
  cue: SentenceCue;
  spans: ResolvedSpan[];
  reach: Reach;
}

export interface Candidate {
  kind: CandidateKind;
  /** Sentence indices, inclusive. */
  first: number;
  last: number;
  hits: CueHit[];
  deadline: ExtractedDeadline | null;
  cue: string;
  /** postponed: the sentence index that says it comes later than promised */
  delay?: number;
}

const OUTCOME_WORDS = /\b(?:uitkomst(?:en)?|resultat(?:en)?|resultaat|conclusies?|bevindingen)\b/i;
const NAMES_SOURCE = /\b(?:heb|hebben) (?:ik|wij|we)\b.{0,80}?\bge[iï]nformeerd\b|\bbrief van\b|\bkamerstuk/i;
/** "Zoals toegezegd in het debat van 17 juni …": the sentence says itself where the promise was made. */
const NAMES_OWN_SOURCE =
  /\b(?:in|tijdens|uit|bij) (?:het|de|mijn)\s+(?:\p{L}+\s+){0,3}?(?:debat|overleg|commissiedebat|notaoverleg|wetgevingsoverleg|wgo|brief|antwoord|antwoorden|beantwoording|vragenuur)\b/iu;

function shortQuote(quote: string): string {
  const words = quote.split(/\s+/);
  return words.length <= 10 ? quote : `${words.slice(0, 5).join(" ")} … ${words.slice(-3).join(" ")}`;
}

export function describeCue(hit: CueHit): string {
  return `${hit.cue.label}: '${shortQuote(hit.cue.quote)}'`;
}

function hasMarker(doc: LetterDocument, index: number): boolean {
  const s = doc.sentences[index];
  return !!s && doc.markers.some((m) => m.position >= s.start && m.position <= s.end + 1);
}

/** The deadline phrases of a sentence that are still ahead on the letter's date. */
function spansAhead(text: string, ctx: DateContext): ResolvedSpan[] {
  return findDeadlineSpans(text)
    .map((span) => resolveSpan(span, ctx, span.start === 0, namesPastEvent(text, span)))
    .filter((s): s is ResolvedSpan => s !== null && !s.past);
}

function cueHits(doc: LetterDocument, ctx: DateContext): CueHit[] {
  const hits: CueHit[] = [];
  doc.sentences.forEach((sentence, index) => {
    if (doc.paragraphs[sentence.paragraph]?.kind !== "prose") return;
    const ahead = spansAhead(sentence.text, ctx);
    let cue = sentenceCue(sentence.text, ahead.length > 0);
    if (!cue) return;
    if (cue.needsOutcome && !outcomeFollows(doc, index)) {
      cue = { ...cue, kind: "new", label: "toezegging (eerder gedaan)", needsOutcome: false };
    }
    hits.push({ index, cue, spans: ahead, reach: reachBack(doc.sentences, index, cue.thirdParty === true) });
  });
  return hits;
}

/** "… wordt geïnformeerd over de uitkomsten van X": does this letter go on to give them? */
function outcomeFollows(doc: LetterDocument, index: number): boolean {
  const here = doc.sentences[index]?.paragraph ?? -1;
  return doc.sentences.slice(index + 1, index + 5).some((s) => s.paragraph <= here + 1 && OUTCOME_WORDS.test(s.text));
}

function range(doc: LetterDocument, hit: CueHit, hits: CueHit[]): { first: number; last: number } {
  let first = hit.reach.first;
  const before = doc.sentences[hit.index - 1];
  const sentence = doc.sentences[hit.index];
  if (hit.cue.sourceBefore && before && sentence && before.paragraph === sentence.paragraph && !NAMES_OWN_SOURCE.test(sentence.text)) {
    // "Met deze brief doe ik die toezegging gestand" goes with the promise before it, or with the letter it cites.
    const beforeIsHit = hits.some((h) => h.index === hit.index - 1);
    if (beforeIsHit || hasMarker(doc, hit.index - 1) || NAMES_SOURCE.test(before.text)) first = Math.min(first, hit.index - 1);
  }
  return { first, last: reachForward(doc.sentences, hit.index) };
}

export function findCandidates(doc: LetterDocument, ctx: DateContext): Candidate[] {
  const groups: Array<{ first: number; last: number; hits: CueHit[] }> = [];
  const hits = cueHits(doc, ctx);
  for (const hit of hits) {
    const r = range(doc, hit, hits);
    const overlapping = groups.find((g) => r.first <= g.last && r.last >= g.first && !g.hits.some((h) => h.cue.umbrella));
    if (overlapping && !hit.cue.umbrella) {
      overlapping.first = Math.min(overlapping.first, r.first);
      overlapping.last = Math.max(overlapping.last, r.last);
      overlapping.hits.push(hit);
    } else {
      groups.push({ ...r, hits: [hit] });
    }
  }
  const candidates: Candidate[] = [];
  for (const g of groups) {
    const kind = g.hits.some((h) => h.cue.kind === "fulfilled") ? "fulfilled" : "new";
    const best = mostSpecific(g.hits.flatMap((h) => h.spans));
    const cueHit = g.hits.find((h) => best && h.spans.includes(best)) ?? g.hits[0];
    if (!cueHit) continue;
    const candidate: Candidate = { kind, ...g, deadline: best?.deadline ?? null, cue: describeCue(cueHit) };
    // "Zoals eerder benoemd …": the same promise as one above, said again.
    const repeat = g.hits.every((h) => h.cue.repeat);
    if (repeat && candidates.some((c) => sameDeadline(c.deadline, candidate.deadline))) continue;
    candidates.push(candidate);
  }
  // "In deze brief doe ik u mijn toezeggingen … gestand" only stands for commitments the letter does not name one by one.
  const specific = candidates.some((c) => c.kind === "fulfilled" && !c.hits.every((h) => h.cue.umbrella));
  return postponements(
    doc,
    ctx,
    recountedAndDelivered(
      doc,
      candidates.filter((c) => !specific || !c.hits.every((h) => h.cue.umbrella)),
    ),
  );
}

/**
 * "Op 17 februari heb ik uw Kamer toegezegd de jaarberichten … toe te zenden. Bijgaand treft u het OM-Jaarbericht":
 * a promise told again and delivered by this letter is kept here, whatever words the promise was told in.
 */
function recountedAndDelivered(doc: LetterDocument, candidates: Candidate[]): Candidate[] {
  const result = [...candidates];
  doc.sentences.forEach((sentence, index) => {
    if (doc.paragraphs[sentence.paragraph]?.kind !== "prose" || !isRecountedPromise(sentence.text)) return;
    const delivery = [index + 1, index + 2, index + 3].find((i) => doc.sentences[i]?.paragraph === sentence.paragraph && isDelivery(doc.sentences[i]!.text));
    if (delivery === undefined) return;
    const at = result.findIndex((c) => c.first <= index && c.last >= index);
    const existing = result[at];
    if (existing) {
      if (existing.kind !== "fulfilled")
        result[at] = {
          ...existing,
          kind: "fulfilled",
          last: Math.max(existing.last, delivery),
          deadline: null,
          cue: `nakoming (eerder toegezegd, met deze brief geleverd): ${existing.cue}`,
        };
    } else if (!result.some((c) => c.first <= delivery && c.last >= delivery)) {
      result.push({ kind: "fulfilled", first: index, last: delivery, hits: [], deadline: null, cue: "nakoming: eerder toegezegd, met deze brief geleverd" });
    }
  });
  return result.sort((a, b) => a.first - b.first);
}

/**
 * A promise with a deadline beside a delay ("… meer tijd nodig. … zal ik de informatie in oktober toesturen")
 * postpones an earlier one; a delay followed by a bare new date ("De beantwoording zal plaatshebben omstreeks
 * half februari") is one too, even without the words of a promise.
 */
function postponements(doc: LetterDocument, ctx: DateContext, candidates: Candidate[]): Candidate[] {
  const delays = delaySentences(doc);
  if (!delays.length) return candidates;
  const used = new Set<number>();
  const result = candidates.map((c) => {
    if (c.kind !== "new") return c;
    const cueAt = c.hits.length ? Math.min(...c.hits.map((h) => h.index)) : c.first;
    const delay = delayFor(doc, delays, cueAt, c.last);
    if (delay === null) return c;
    used.add(delay);
    const sameParagraph = doc.sentences[delay]?.paragraph === doc.sentences[c.first]?.paragraph;
    return { ...c, kind: "postponed" as const, first: sameParagraph ? Math.min(c.first, delay) : c.first, delay };
  });
  // The last delay before a new date is the one it answers: "… is uitstel verkregen tot … Ik verzoek u opnieuw om uitstel."
  for (const delay of [...delays].reverse()) {
    if (used.has(delay) || result.some((c) => c.first <= delay && c.last >= delay)) continue;
    const found = nextDeadline(doc, ctx, delay);
    if (!found || result.some((c) => c.first <= found.index && c.last >= found.index)) continue;
    const sameParagraph = doc.sentences[delay]?.paragraph === doc.sentences[found.index]?.paragraph;
    result.push({
      kind: "postponed",
      first: sameParagraph ? delay : found.index,
      last: found.index,
      hits: [],
      deadline: found.span?.deadline ?? null,
      cue: found.span ? `uitstel: '${found.span.deadline.phrase}'` : "uitstel",
      delay,
    });
  }
  return result.sort((a, b) => a.first - b.first);
}

/**
 * The first sentence after the delay (at most three further, in its paragraph or the next) that names a deadline
 * ahead, or says without a date that it comes later. The delay's own dates are what was missed ("… niet gereed om
 * voor 16 juni toe te sturen"), or the delay granted before ("is uitstel verkregen tot half december").
 */
function nextDeadline(doc: LetterDocument, ctx: DateContext, delay: number): { index: number; span: ResolvedSpan | null } | null {
  const paragraph = doc.sentences[delay]?.paragraph ?? 0;
  for (let index = delay + 1; index <= delay + 3 && index < doc.sentences.length; index++) {
    const sentence = doc.sentences[index]!;
    if (sentence.paragraph > paragraph + 1 || doc.paragraphs[sentence.paragraph]?.kind !== "prose") break;
    const span = mostSpecific(spansAhead(sentence.text, ctx));
    if (span || isLaterDelivery(sentence.text)) return { index, span };
  }
  return null;
}

function sameDeadline(a: ExtractedDeadline | null, b: ExtractedDeadline | null): boolean {
  if (!a || !b) return false;
  return a.phrase.toLowerCase() === b.phrase.toLowerCase() || (a.earliest === b.earliest && a.latest === b.latest && a.latest !== null);
}
