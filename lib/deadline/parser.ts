/**
 * Turns a normalized phrase into qualifier + target. Grammar pieces are tried on the
 * whole text first (so "op korte termijn" and "in drie weken" keep their own meaning)
 * and only then after peeling off leading qualifier words.
 */
import { parseDate, parseMonth, parseThisOrNextUnit, parseWeek } from "./grammar-dates";
import { parseOpen } from "./grammar-open";
import { parseParliamentary } from "./grammar-parliamentary";
import { makeParsePart } from "./grammar-parts";
import { parseHalf, parseQuarter } from "./grammar-quarters";
import { parseRelative } from "./grammar-relative";
import { parseChristmas, parseRecess, parseSeason, parseTurnOfYear } from "./grammar-seasons";
import { parseTheYear, parseYear } from "./grammar-years";
import { normalizePhrase } from "./normalize";
import type { Grammar, OpenTarget, Target } from "./period";

/** How a leading word changes the period into a deadline window; see README. */
export type Qualifier = "in" | "uiterlijk" | "voor" | "na" | "vanaf" | "per";

const QUALIFIER_WORDS = [
  ["in de loop van", "in"],
  ["ergens in", "in"],
  ["ten tijde van", "in"],
  ["niet later dan", "uiterlijk"],
  ["ten laatste", "uiterlijk"],
  ["uiterlijk", "uiterlijk"],
  ["tot en met", "uiterlijk"],
  ["t/m", "uiterlijk"],
  ["tegen", "uiterlijk"],
  ["niet eerder dan", "vanaf"],
  ["niet voor", "vanaf"],
  ["vanaf", "vanaf"],
  ["voorafgaand aan", "voor"],
  ["nog voor", "voor"],
  ["ruim voor", "voor"],
  ["voor", "voor"],
  ["na afloop van", "na"],
  ["direct na", "na"],
  ["kort na", "na"],
  ["meteen na", "na"],
  ["pas na", "na"],
  ["na", "na"],
  ["met ingang van", "per"],
  ["m\\.?i\\.?v\\.?", "per"],
  ["per", "per"],
  ["in", "in"],
  ["op", "in"],
  ["bij", "in"],
  ["met", "in"],
  ["tijdens", "in"],
  ["gedurende", "in"],
  ["rondom", "in"],
  ["rond", "in"],
  ["omstreeks", "in"],
] as const;

const QUALIFIERS: ReadonlyArray<[RegExp, Qualifier]> = QUALIFIER_WORDS.map(([words, qualifier]) => [
  new RegExp(`^(?:${words.replace(/ /g, "\\s+")})\\s+(?<rest>.+)$`),
  qualifier,
]);

/** When words combine ("uiterlijk vóór"), the most restrictive reading wins. */
const PRIORITY: readonly Qualifier[] = ["voor", "na", "vanaf", "per", "uiterlijk", "in"];

const PERIOD_GRAMMARS: readonly Grammar[] = [
  parseParliamentary,
  parseRelative,
  parseYear,
  parseDate,
  parseWeek,
  parseMonth,
  parseThisOrNextUnit,
  parseQuarter,
  parseHalf,
  parseSeason,
  parseRecess,
  parseChristmas,
  parseTurnOfYear,
];
const GRAMMARS: readonly Grammar[] = [
  parseOpen,
  ...PERIOD_GRAMMARS,
  makeParsePart([parseMonth, parseThisOrNextUnit, parseQuarter, parseHalf, parseSeason, parseYear, parseTheYear]),
];

export type ParsedPhrase = { kind: "open"; target: OpenTarget } | { kind: "period"; qualifier: Qualifier; target: Target };

function matchGrammars(text: string): Target | OpenTarget | null {
  for (const grammar of GRAMMARS) {
    const target = grammar(text);
    if (target) return target;
  }
  return null;
}

const MAX_QUALIFIER_WORDS = 3;

function parseWithQualifiers(text: string, qualifiers: Qualifier[]): ParsedPhrase | null {
  const target = matchGrammars(text);
  if (target) {
    if ("open" in target) return { kind: "open", target };
    const qualifier = PRIORITY.find((q) => qualifiers.includes(q)) ?? "in";
    return { kind: "period", qualifier, target };
  }
  if (qualifiers.length >= MAX_QUALIFIER_WORDS) return null;
  for (const [pattern, qualifier] of QUALIFIERS) {
    const rest = pattern.exec(text)?.groups?.rest;
    if (rest !== undefined) {
      const parsed = parseWithQualifiers(rest, [...qualifiers, qualifier]);
      if (parsed) return parsed;
    }
  }
  return null;
}

/** text must already be normalized. */
export function parseNormalized(text: string): ParsedPhrase | null {
  return parseWithQualifiers(text, []);
}

const MAX_SENTENCE_WORDS = 40;
const SPAN_STARTERS = new Set(["binnen", "over", "m.i.v", "m.i.v.", "miv", ...QUALIFIER_WORDS.map(([words]) => words.split(" ")[0] ?? "")]);

const DEADLINE_WORD =
  /\d|^(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|voorjaar|lente|zomer|najaar|herfst|winter|week|maand|kwartaal|helft|halfjaar|jaar|kerst|kerstmis|prinsjesdag|verantwoordingsdag|jaarwisseling|[a-z]*reces)$/;

function looksLikeDeadlineWord(word: string): boolean {
  return DEADLINE_WORD.test(word.replace(/[^a-z0-9]/g, ""));
}

/**
 * Deadline phrases embedded in a sentence ("deze evaluatie vindt uiterlijk in 2025
 * plaats"): the longest span that starts with a qualifier word or is an open phrase.
 * Spans are offered longest first; the caller resolves them. To avoid silently
 * misreading a typo ("uiterlijk in het voorjaar van 20222", "over mei per 2022") no digit,
 * month, season or calendar unit may be left over.
 */
export function* sentenceCandidates(text: string): Generator<{ span: string; parsed: ParsedPhrase }> {
  const words = text.split(" ");
  if (words.length < 2 || words.length > MAX_SENTENCE_WORDS) return;
  for (let length = words.length - 1; length >= 1; length--) {
    for (let from = 0; from + length <= words.length; from++) {
      const leftover = [...words.slice(0, from), ...words.slice(from + length)];
      if (leftover.some(looksLikeDeadlineWord)) continue;
      const span = normalizePhrase(words.slice(from, from + length).join(" "));
      const parsed = parseNormalized(span);
      if (!parsed) continue;
      const first = span.split(" ")[0] ?? "";
      if (parsed.kind === "open" || SPAN_STARTERS.has(first)) yield { span, parsed };
    }
  }
}
