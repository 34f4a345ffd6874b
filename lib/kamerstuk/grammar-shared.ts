/**
 * Building blocks shared by the kamerstuk and Handelingen grammars. Everything runs
 * on normalized text (single spaces, "-" for every dash), with sticky regexes so a
 * parser reads exactly at its cursor and never skips ahead.
 */
import { KamerstukCitationError, quote, type KamerstukCitationErrorCode } from "./errors";
import type { CitationParts, Kamer } from "./types";
import { parseVergaderjaar } from "./vergaderjaar";

export interface ParseContext {
  /** Normalized text. */
  readonly s: string;
  /**
   * Strict: parsing one citation the caller handed us, so every malformed part is an
   * error. Lenient: scanning prose, where a malformed optional tail (page, item) just
   * ends the citation before it.
   */
  readonly strict: boolean;
  /** Original input, carried on the error. */
  readonly input: string;
}

export interface Parsed<T> {
  value: T;
  end: number;
}

export interface ParsedCitation {
  parts: CitationParts;
  page: string | null;
  /** End of the citation in the normalized text (exclusive). */
  end: number;
}

export function matchAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

/** The text a message quotes: the whole input when strict, the neighbourhood when scanning. */
export function subject(ctx: ParseContext, start: number): string {
  return ctx.strict ? ctx.s : ctx.s.slice(start, start + 120);
}

export function fail(ctx: ParseContext, code: KamerstukCitationErrorCode, message: string): never {
  throw new KamerstukCitationError(code, message, ctx.input);
}

export function inQuoted(ctx: ParseContext, start: number): string {
  return `in ${quote(subject(ctx, start))}`;
}

const OPTIONAL_COMMA = / ?[,:]? ?/y;

/** Skips an optional separating comma (or colon, as in "Kamerstuk: 29 628") and spaces. */
export function skipComma(s: string, pos: number): number {
  const m = matchAt(OPTIONAL_COMMA, s, pos);
  return m ? pos + m[0].length : pos;
}

const KAMER = / (II|I|TK|EK|[Tt]weede [Kk]amer|[Ee]erste [Kk]amer)(?![\p{L}\d])/uy;

export function readKamer(s: string, pos: number): Parsed<Kamer> | null {
  const m = matchAt(KAMER, s, pos);
  if (!m?.[1]) return null;
  const token = m[1].toLowerCase();
  const kamer: Kamer = token === "i" || token === "ek" || token.startsWith("eerste") ? "EK" : "TK";
  return { value: kamer, end: pos + m[0].length };
}

/**
 * Only years 1800–2099 count as a vergaderjaar candidate, so a pair of old four-digit
 * dossiers ("2211/3154") is not mistaken for one.
 */
const VERGADERJAAR = /(1[89]\d\d|20\d\d) ?[/-] ?(\d+)(?![\d])/y;

/** Reads a vergaderjaar at `pos` (no leading separator); null if none starts there. */
export function readVergaderjaar(ctx: ParseContext, pos: number, start: number): Parsed<string> | null {
  const m = matchAt(VERGADERJAAR, ctx.s, pos);
  if (!m) return null;
  const value = parseVergaderjaar(m[0]);
  if (value === null) {
    fail(
      ctx,
      "invalid-vergaderjaar",
      `Ongeldig vergaderjaar "${m[0]}" ${inQuoted(ctx, start)}: een vergaderjaar beslaat twee opeenvolgende jaren, bijvoorbeeld "2020/21" of "2020-2021".`,
    );
  }
  return { value, end: pos + m[0].length };
}

const NR_MARKER = /(?:nr|nummer)\.?(?!\p{L})/iuy;
const TOKEN = /[\p{L}\d]+(?:[./-][\p{L}\d]+)*/uy;
const MAX_NUMBER_DIGITS = 5;

export interface NumberToken {
  /** Whether "nr."/"nummer" preceded the token. */
  marked: boolean;
  token: string | null;
  tokenEnd: number;
}

/** Reads an optional "nr." marker and the word after it, without judging the word. */
export function readNumberToken(s: string, pos: number): NumberToken {
  let p = skipComma(s, pos);
  const marker = matchAt(NR_MARKER, s, p);
  if (marker) {
    p += marker[0].length;
    if (s[p] === " ") p++;
  }
  const token = matchAt(TOKEN, s, p);
  return { marked: marker !== null, token: token ? token[0] : null, tokenEnd: token ? p + token[0].length : p };
}

/** "0985" → "985"; null unless it is a positive whole number of at most five digits. */
export function normalizeNumber(token: string): string | null {
  if (!/^\d+$/.test(token) || token.length > MAX_NUMBER_DIGITS) return null;
  const stripped = token.replace(/^0+/, "");
  return stripped === "" ? null : stripped;
}

const PAGE_KEY = / ?,? ?(?:pagina|pag|blz|bl|pp|p)(?:\. ?| |(?=\d))/iuy;
const PAGE_VALUE = /(\d{1,5})(?: ?- ?(\d{1,5}))?(?![\p{L}\d])/uy;

/** Reads an optional pinpoint page ("p. 15", "p.3", "blz. 4-6"). */
export function readPage(ctx: ParseContext, pos: number, start: number): Parsed<string> | null {
  const key = matchAt(PAGE_KEY, ctx.s, pos);
  if (!key) return null;
  const p = pos + key[0].length;
  const m = matchAt(PAGE_VALUE, ctx.s, p);
  if (!m?.[1]) {
    if (!ctx.strict) return null;
    fail(ctx, "invalid-page", `Ongeldige paginaverwijzing ${inQuoted(ctx, start)}: verwacht een paginanummer, bijvoorbeeld "p. 15".`);
  }
  const value = m[2] ? `${m[1]}-${m[2]}` : m[1];
  return { value, end: p + m[0].length };
}
