/**
 * Deadline phrases inside a sentence or a table cell, resolved with lib/deadline.
 *
 * lib/deadline's own sentence scanning resolves a sentence but does not say where the phrase stands, and it
 * refuses sentences with a second period in them ("Eind dit jaar bezie ik de doelstellingen voor 2022"). So the
 * windows are tried here, each as a whole phrase, with lib/deadline's parser; resolving stays with its public API.
 */
import { tryResolveDeadline, type ResolvedDeadline } from "../deadline";
import { normalizePhrase } from "../deadline/normalize";
import { parseNormalized } from "../deadline/parser";
import type { ExtractedDeadline } from "./types";

export interface DeadlineSpan {
  /** Offsets into the sentence. */
  start: number;
  end: number;
  /** The phrase as the letter words it (a fronted phrase runs up to the verb: "In het jaarverslag 2021 van de politie"). */
  phrase: string;
  /** The part lib/deadline reads. */
  core: string;
}

export interface ResolvedSpan extends DeadlineSpan {
  deadline: ExtractedDeadline;
  /** The period was over at the reference date (history, not a promise). */
  past: boolean;
}

const STARTERS = new Set([
  "in",
  "ergens",
  "ten",
  "niet",
  "uiterlijk",
  "tot",
  "t/m",
  "tegen",
  "vanaf",
  "voorafgaand",
  "nog",
  "ruim",
  "voor",
  "vóór",
  "na",
  "direct",
  "kort",
  "meteen",
  "pas",
  "met",
  "m.i.v.",
  "per",
  "op",
  "bij",
  "tijdens",
  "gedurende",
  "rondom",
  "rond",
  "omstreeks",
  "binnen",
  "over",
  "eind",
  "einde",
  "begin",
  "medio",
  "half",
  "halverwege",
  "deze",
  "dit",
  "volgende",
  "volgend",
  "komende",
  "komend",
  "zo",
  "z.s.m.",
  "zsm",
  "binnenkort",
  "spoedig",
  "te",
  "nader",
  "tzt",
  "t.z.t.",
  "najaar",
  "voorjaar",
  "zomer",
  "winter",
  "herfst",
  "lente",
]);
const ARTICLE_STARTERS = /^(?:het|de)$/;
const ARTICLE_NEXT = /^(?:komende|volgende|eerstvolgende|lopende)$/;
const HINT =
  /\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|voorjaar|lente|zomer|najaar|herfst|winter|week|maand|kwarta|jaar|kerst|reces|prinsjesdag|verantwoordingsdag|begroting|miljoenennota|nota|termijn|spoedig|snel|binnenkort|bepalen|zijner|tzt|t\.z\.t|z\.s\.m|zsm|tijd/i;
const FINITE =
  /^(?:zal|zullen|wordt|worden|is|zijn|was|waren|ga|gaat|gaan|kom|komt|komen|heb|heeft|hebben|wil|wilt|willen|moet|moeten|kan|kunnen|stuur|stuurt|informeer|informeert|ontvangt|ontvangen|verschijnt|volgt|vindt|breng|brengt|bezie|beziet)$/i;
const SUBJECT = /^(?:ik|wij|we|u|zij|hij)$/i;
const MAX_WORDS = 9;

interface Token {
  text: string;
  start: number;
  end: number;
  bare: string;
}

function tokenize(sentence: string): Token[] {
  return [...sentence.matchAll(/\S+/g)].map((m) => {
    const start = m.index ?? 0;
    return { text: m[0], start, end: start + m[0].length, bare: m[0].replace(/^[(«"“‘']+|[)»”’'.,;:!?]+$/g, "").toLowerCase() };
  });
}

export function isPeriodPhrase(text: string): boolean {
  const normalized = normalizePhrase(text);
  return normalized !== "" && HINT.test(normalized) && parseNormalized(normalized) !== null;
}

function trimPhrase(sentence: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start < end && /[(«"“‘']/.test(sentence[start] ?? "")) start++;
  while (end > start && /[)»”’'.,;:!?]/.test(sentence[end - 1] ?? "")) end--;
  return { start, end };
}

/** Whole-phrase deadline spans in a sentence, longest first at each word, none inside another. */
export function findDeadlineSpans(sentence: string): DeadlineSpan[] {
  const tokens = tokenize(sentence);
  const spans: DeadlineSpan[] = [];
  tokens.forEach((token, i) => {
    const starter = STARTERS.has(token.bare) || (ARTICLE_STARTERS.test(token.bare) && ARTICLE_NEXT.test(tokens[i + 1]?.bare ?? ""));
    if (!starter) return;
    let best: { start: number; end: number } | null = null;
    let last = i;
    for (let j = i; j < Math.min(tokens.length, i + MAX_WORDS); j++) {
      const range = trimPhrase(sentence, token.start, tokens[j]?.end ?? token.end);
      const text = sentence.slice(range.start, range.end);
      if (isPeriodPhrase(text)) {
        best = range;
        last = j;
      }
      if (/[,;:)]$/.test(tokens[j]?.text ?? "")) break;
    }
    if (!best) return;
    // "op 4 juni jl.": a date in the past, named as such.
    if (/^(?:jl|jongstleden|j\.l|ll|laatstleden)\.?$/.test(tokens[last + 1]?.bare ?? "")) return;
    const core = sentence.slice(best.start, best.end);
    const fronted = frontedPhrase(sentence, tokens, i, last, best);
    spans.push({ start: best.start, end: fronted?.end ?? best.end, core, phrase: fronted?.phrase ?? core });
  });
  return spans.filter((s) => !spans.some((o) => o !== s && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start));
}

/**
 * A phrase that opens the sentence runs up to the finite verb (Dutch puts the verb second):
 * "In het jaarverslag 2021 van de politie zal …" names the report as "het jaarverslag 2021 van de politie".
 */
function frontedPhrase(
  sentence: string,
  tokens: Token[],
  first: number,
  last: number,
  core: { start: number; end: number },
): { end: number; phrase: string } | null {
  if (first !== 0) return null;
  for (let k = last + 1; k < Math.min(tokens.length, last + 7); k++) {
    const token = tokens[k];
    if (!token) break;
    if (FINITE.test(token.bare) || SUBJECT.test(tokens[k + 1]?.bare ?? "")) {
      if (k === last + 1) return null;
      const range = trimPhrase(sentence, core.start, tokens[k - 1]?.end ?? core.end);
      return { end: range.end, phrase: sentence.slice(range.start, range.end) };
    }
    if (HINT.test(token.bare) || /[,;:]$/.test(token.text)) return null;
  }
  return null;
}

function toExtracted(resolved: ResolvedDeadline, phrase: string): ExtractedDeadline {
  return { phrase, earliest: resolved.earliest, latest: resolved.latest, precision: resolved.precision };
}

/** Which date a deadline is read from. */
export interface DateContext {
  /**
   * The date deadlines are resolved against; null when the letter's date cannot be established: then a phrase is
   * recognised, but its range stays empty (never read from today, never from a guessed year).
   */
  madeOn: string | null;
}

const PAST_AUX = /^(?:heb|hebben|had|hadden|heeft|was|waren)$/;
const PARTICIPLE = /^(?:ge|ver|be|ont|her|er|overge|over)\p{L}+[dt]$|^\p{L}+eerd$/u;

/** "In 2020 heb ik … geantwoord", "heb ik de Inspectie in 2019 verzocht": when something happened, not a deadline. */
export function namesPastEvent(sentence: string, span: DeadlineSpan): boolean {
  const next = tokenize(sentence.slice(span.end))[0]?.bare ?? "";
  if (PAST_AUX.test(next)) return true;
  return PARTICIPLE.test(next) && /\b(?:heb|hebben|had|heeft)\b/i.test(sentence.slice(0, span.start));
}

/** Only to recognise a phrase and its precision when the letter has no date; its dates are never used. */
const RECOGNITION_DATE = "1900-01-01";

/**
 * Resolves a span. A period already over is `past`. Without a date (`madeOn` null) the phrase is recognised but its
 * range stays empty, and only what names a past event is past.
 */
export function resolveSpan(span: DeadlineSpan, ctx: DateContext, atStart: boolean, pastEvent = false): ResolvedSpan | null {
  const phrase = atStart ? lowerFirst(span.phrase) : span.phrase;
  if (ctx.madeOn === null) {
    const recognised = tryResolveDeadline(span.core, RECOGNITION_DATE);
    if (!recognised.ok) return null;
    return { ...span, phrase, deadline: { phrase, earliest: null, latest: null, precision: recognised.deadline.precision }, past: pastEvent };
  }
  const result = tryResolveDeadline(span.core, ctx.madeOn);
  if (result.ok) return { ...span, phrase, deadline: toExtracted(result.deadline, phrase), past: pastEvent };
  if (result.error.code !== "before-made-on") return null;
  return { ...span, phrase, deadline: { phrase, earliest: null, latest: null, precision: "open" }, past: true };
}

/** "Bij de conceptbegroting" at the start of a sentence is "bij de conceptbegroting" (seed convention). */
export function lowerFirst(phrase: string): string {
  return /^\p{Lu}\p{Ll}/u.test(phrase) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
}

const PRECISION_RANK: Record<string, number> = {
  day: 7,
  week: 6,
  month: 5,
  quarter: 4,
  season: 3,
  "half-year": 2,
  year: 1,
  open: 0,
};

export function precisionRank(deadline: ExtractedDeadline): number {
  return PRECISION_RANK[deadline.precision] ?? 0;
}

/** The most specific of several deadlines; on a tie the first. */
export function mostSpecific<T extends { deadline: ExtractedDeadline }>(spans: T[]): T | null {
  let best: T | null = null;
  for (const s of spans) if (!best || precisionRank(s.deadline) > precisionRank(best.deadline)) best = s;
  return best;
}
