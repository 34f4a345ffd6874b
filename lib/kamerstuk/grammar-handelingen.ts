/**
 * Aanhangsel Handelingen ("Aanhangsel Handelingen II 2020/21, nr. 2065") and
 * Handelingen ("Handelingen II 2020/21, nr. 36, item 8"). Both are numbered per
 * Kamer and vergaderjaar, so unlike a kamerstuk both parts are required for an id.
 */
import { VOORBEELD_AANHANGSEL, VOORBEELD_HANDELINGEN } from "./errors";
import {
  fail,
  inQuoted,
  matchAt,
  normalizeNumber,
  readKamer,
  readNumberToken,
  readPage,
  readVergaderjaar,
  skipComma,
  type ParseContext,
  type Parsed,
  type ParsedCitation,
} from "./grammar-shared";

export const AANHANGSEL_KEYWORD = /aanhangsel(?: (?:van|bij|tot) de| der)? handelingen(?![\p{L}\d])/iuy;
export const HANDELINGEN_KEYWORD = /handelingen(?![\p{L}\d])/iuy;

const VERGADERJAAR_WORD = /vergaderjaar ?/iy;
const ITEM_KEY = / ?,? ?item(?!\p{L})/iuy;
const ITEM_VALUE = / ?(\d{1,4})(?![\p{L}\d])/uy;

type Kind = "aanhangsel" | "handelingen";

function voorbeeld(kind: Kind): string {
  return kind === "aanhangsel" ? VOORBEELD_AANHANGSEL : VOORBEELD_HANDELINGEN;
}

function naam(kind: Kind): string {
  return kind === "aanhangsel" ? "Aanhangsel Handelingen" : "Handelingen";
}

function readNummer(ctx: ParseContext, pos: number, start: number, kind: Kind): Parsed<string> {
  const { marked, token, tokenEnd } = readNumberToken(ctx.s, pos);
  if (token === null || (!marked && !/^\d/.test(token))) {
    fail(ctx, "missing-number", `Geen nummer gevonden ${inQuoted(ctx, start)}: verwacht bijvoorbeeld ${voorbeeld(kind)}.`);
  }
  const value = normalizeNumber(token);
  if (value === null) {
    fail(
      ctx,
      "invalid-number",
      `Ongeldig nummer "${token}" ${inQuoted(ctx, start)}: ${naam(kind)} zijn genummerd met een getal van hoogstens 5 cijfers, bijvoorbeeld ${voorbeeld(kind)}.`,
    );
  }
  return { value, end: tokenEnd };
}

function readItem(ctx: ParseContext, pos: number, start: number): Parsed<number> | null {
  const key = matchAt(ITEM_KEY, ctx.s, pos);
  if (!key) return null;
  const p = pos + key[0].length;
  const m = matchAt(ITEM_VALUE, ctx.s, p);
  const item = m?.[1] ? Number(m[1]) : 0;
  if (!m || item < 1) {
    if (!ctx.strict) return null;
    fail(ctx, "invalid-item", `Ongeldig of ontbrekend itemnummer ${inQuoted(ctx, start)}: verwacht bijvoorbeeld ${VOORBEELD_HANDELINGEN}.`);
  }
  return { value: item, end: p + m[0].length };
}

/** Parses an (Aanhangsel) Handelingen citation at `start`; throws KamerstukCitationError when malformed. */
export function parseHandelingenAt(ctx: ParseContext, start: number, kind: Kind): ParsedCitation {
  const s = ctx.s;
  const key = matchAt(kind === "aanhangsel" ? AANHANGSEL_KEYWORD : HANDELINGEN_KEYWORD, s, start);
  if (!key) throw new RangeError(`parseHandelingenAt: geen '${naam(kind)}' op deze positie`);
  let p = start + key[0].length;

  const kamer = readKamer(s, p);
  if (!kamer) {
    fail(
      ctx,
      "missing-kamer",
      `Geen Kamer gevonden ${inQuoted(ctx, start)}: zet "II" (Tweede Kamer) of "I" (Eerste Kamer) achter "${naam(kind)}", bijvoorbeeld ${voorbeeld(kind)}.`,
    );
  }
  p = skipComma(s, kamer.end);
  const word = matchAt(VERGADERJAAR_WORD, s, p);
  if (word) p += word[0].length;

  const vergaderjaar = readVergaderjaar(ctx, p, start);
  if (!vergaderjaar) {
    fail(ctx, "missing-vergaderjaar", `Geen vergaderjaar gevonden ${inQuoted(ctx, start)}: verwacht bijvoorbeeld ${voorbeeld(kind)}.`);
  }
  const nummer = readNummer(ctx, vergaderjaar.end, start, kind);
  p = nummer.end;

  let item: number | null = null;
  if (kind === "handelingen") {
    const it = readItem(ctx, p, start);
    if (it) {
      item = it.value;
      p = it.end;
    }
  }
  const page = readPage(ctx, p, start);
  if (page) p = page.end;

  const base = { kamer: kamer.value, vergaderjaar: vergaderjaar.value, nummer: nummer.value };
  return {
    parts: kind === "aanhangsel" ? { kind, ...base } : { kind, ...base, item },
    page: page ? page.value : null,
    end: p,
  };
}
