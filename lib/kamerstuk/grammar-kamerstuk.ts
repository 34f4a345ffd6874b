/**
 * Kamerstuk citations in their three shapes:
 *   keyword: "Kamerstuk(ken) [II|I] [2020/21,] 29 628[-IV] [en 28 844], nr. 1030[, p. 3]"
 *   footer:  "Tweede Kamer, vergaderjaar 2020–2021, 29 628, nr. 1030"
 *   bare:    "34 775 A, nr. 5" (only when parsing a single citation; in prose a
 *            number followed by "nr." is too often something else, e.g. "Stb. 2020, nr. 5")
 */
import { VOORBEELD_KAMERSTUK } from "./errors";
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
import { formatDossier } from "./canonical";
import type { DossierRef, Kamer } from "./types";

export type KamerstukForm = "keyword" | "footer" | "bare";

export const KAMERSTUK_KEYWORD = /kamerstuk(?:ken)?(?![\p{L}\d])/iuy;
export const FOOTER_KEYWORD = /(tweede|eerste) kamer ?,? vergaderjaar(?![\p{L}\d])/iuy;

// Thousands grouping ("29 628", "29.628") only with exact groups of three, so that in
// "29628 985" the space ends the dossier instead of gluing the ondernummer onto it.
const DOSSIER_GROUPED = /\d{1,3}(?:[ .]\d{3})+(?!\d)/y;
const DOSSIER_PLAIN = /\d+/y;
// Only to quote the whole malformed number in an error ("29 6281", not "29").
const DOSSIER_LOOSE = /\d+(?:[ .]\d+)*/y;

// Upper case only, so the "en" of "29 628 en 28 844" is never taken for a toevoeging.
const TOEVOEGING = /(?: ?- ?| )([A-Z]{1,5})(?![\p{L}\d])/uy;
/** The EU councils' series of dossier 21 501 is numbered: "21 501-02" (Raad Algemene Zaken), "21 501-20". */
const SERIES_DOSSIER = "21501";
const SERIES = /-(\d{2})(?!\d)/y;
const DOSSIER_SEPARATOR = / ?(?:\/|&|\+) ?| en /y;
const ONDERNUMMER_LETTERS = /^[A-Z]{1,3}$/;

/**
 * The Eerste Kamer's own dossiers are numbered in Roman numerals from C (100) on: "Kamerstukken I 2013/14, CII, G".
 * Only with a letter ondernummer after a comma, so no Roman numeral in prose is taken for one.
 */
const ROMAN_DOSSIER = /(C{1,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?=, ?[A-Z]{1,3}(?![\p{L}\d]))/uy;

function readDossier(ctx: ParseContext, pos: number, start: number): Parsed<DossierRef> | null {
  const roman = matchAt(ROMAN_DOSSIER, ctx.s, pos);
  if (roman?.[1]) return { value: { nummer: roman[1], toevoeging: null }, end: pos + roman[1].length };
  const m = matchAt(DOSSIER_GROUPED, ctx.s, pos) ?? matchAt(DOSSIER_PLAIN, ctx.s, pos);
  if (!m) return null;
  const raw = m[0];
  const digits = raw.replace(/[ .]/g, "");
  if (digits.length < 4 || digits.length > 6 || digits.startsWith("0")) {
    const loose = matchAt(DOSSIER_LOOSE, ctx.s, pos)?.[0] ?? raw;
    const why =
      loose !== raw
        ? "de cijfergroepen kloppen niet"
        : digits.startsWith("0")
          ? "een dossiernummer begint niet met 0"
          : `een dossiernummer heeft 4 tot 6 cijfers, dit zijn er ${digits.length}`;
    fail(ctx, "invalid-dossier", `Ongeldig dossiernummer "${loose}" ${inQuoted(ctx, start)}: ${why}; verwacht bijvoorbeeld "29 628" of "34 775-IV".`);
  }
  let end = pos + raw.length;
  let toevoeging: string | null = null;
  const series = digits === SERIES_DOSSIER ? matchAt(SERIES, ctx.s, end) : null;
  const t = series ?? matchAt(TOEVOEGING, ctx.s, end);
  if (t?.[1]) {
    toevoeging = t[1];
    end += t[0].length;
  }
  return { value: { nummer: digits, toevoeging }, end };
}

function readDossiers(ctx: ParseContext, pos: number, start: number): Parsed<DossierRef[]> {
  const first = readDossier(ctx, pos, start);
  if (!first) {
    fail(ctx, "missing-dossier", `Geen dossiernummer gevonden ${inQuoted(ctx, start)}: verwacht bijvoorbeeld ${VOORBEELD_KAMERSTUK}.`);
  }
  const dossiers = [first.value];
  let end = first.end;
  for (;;) {
    const sep = matchAt(DOSSIER_SEPARATOR, ctx.s, end);
    if (!sep) break;
    // A separator without a dossier behind it ("29 628, nr. 1004 en Aanhangsel …") belongs to the prose.
    const next = readDossier(ctx, end + sep[0].length, start);
    if (!next) break;
    dossiers.push(next.value);
    end = next.end;
  }
  return { value: dossiers, end };
}

/** An example in the user's own dossier reads better than a generic one. */
function voorbeeldMetDossier(dossiers: DossierRef[]): string {
  const first = dossiers[0];
  return first ? `"Kamerstuk ${formatDossier(first)}, nr. 985"` : VOORBEELD_KAMERSTUK;
}

function missingOndernummer(ctx: ParseContext, start: number, dossiers: DossierRef[]): never {
  const last = dossiers[dossiers.length - 1];
  let voorbeeld = voorbeeldMetDossier(dossiers);
  // "34 372 G" reads as dossier + toevoeging, but usually means the Eerste Kamer letter "34 372, G".
  if (dossiers.length === 1 && last?.toevoeging && ONDERNUMMER_LETTERS.test(last.toevoeging)) {
    const zonder = formatDossier({ nummer: last.nummer, toevoeging: null });
    voorbeeld += ` (of, als "${last.toevoeging}" het ondernummer is, "Kamerstuk ${zonder}, ${last.toevoeging}")`;
  }
  fail(ctx, "missing-number", `Geen ondernummer gevonden ${inQuoted(ctx, start)}: verwacht bijvoorbeeld ${voorbeeld}.`);
}

/** The ondernummer is a number ("nr. 1030", also without "nr.") or Eerste Kamer letters ("G", "CK"). */
function readOndernummer(ctx: ParseContext, pos: number, start: number, dossiers: DossierRef[]): Parsed<string> {
  const { marked, token, tokenEnd } = readNumberToken(ctx.s, pos);
  if (token === null) missingOndernummer(ctx, start, dossiers);
  if (!marked && /^nrs$/i.test(token)) {
    fail(
      ctx,
      "multiple-citations",
      `Meerdere ondernummers ("nrs.") ${inQuoted(ctx, start)}: geef elk kamerstuk als eigen verwijzing op, bijvoorbeeld ${voorbeeldMetDossier(dossiers)}.`,
    );
  }
  if (ONDERNUMMER_LETTERS.test(token)) return { value: token, end: tokenEnd };
  // Without "nr." only something that starts like a number is an attempt at one; a word is prose.
  if (!marked && !/^\d/.test(token)) missingOndernummer(ctx, start, dossiers);
  const value = normalizeNumber(token);
  if (value === null) {
    fail(
      ctx,
      "invalid-number",
      `Ongeldig ondernummer "${token}" ${inQuoted(ctx, start)}: een ondernummer is een getal van hoogstens 5 cijfers (bijvoorbeeld "nr. 985") of een letteraanduiding (bijvoorbeeld "G" of "CK").`,
    );
  }
  return { value, end: tokenEnd };
}

/** Parses a kamerstuk citation starting at `start`; throws KamerstukCitationError when it is malformed. */
export function parseKamerstukAt(ctx: ParseContext, start: number, form: KamerstukForm): ParsedCitation {
  const s = ctx.s;
  let p = start;
  let kamer: Kamer | null = null;
  let vergaderjaar: string | null = null;

  if (form === "keyword") {
    const key = matchAt(KAMERSTUK_KEYWORD, s, p);
    if (!key) throw new RangeError("parseKamerstukAt: geen 'Kamerstuk' op deze positie");
    p += key[0].length;
    const k = readKamer(s, p);
    if (k) {
      kamer = k.value;
      p = k.end;
    }
    const vj = readVergaderjaar(ctx, skipComma(s, p), start);
    if (vj) {
      vergaderjaar = vj.value;
      p = vj.end;
    }
  } else if (form === "footer") {
    const key = matchAt(FOOTER_KEYWORD, s, p);
    if (!key?.[1]) throw new RangeError("parseKamerstukAt: geen 'Tweede/Eerste Kamer, vergaderjaar' op deze positie");
    kamer = key[1].toLowerCase() === "eerste" ? "EK" : "TK";
    p += key[0].length;
    const vj = readVergaderjaar(ctx, skipComma(s, p), start);
    if (!vj) {
      fail(
        ctx,
        "missing-vergaderjaar",
        `Geen vergaderjaar gevonden ${inQuoted(ctx, start)}: verwacht bijvoorbeeld "Tweede Kamer, vergaderjaar 2020-2021, 29 628, nr. 1030".`,
      );
    }
    vergaderjaar = vj.value;
    p = vj.end;
  }

  const dossiers = readDossiers(ctx, form === "bare" ? p : skipComma(s, p), start);
  const ondernummer = readOndernummer(ctx, dossiers.end, start, dossiers.value);
  p = ondernummer.end;
  const page = readPage(ctx, p, start);
  if (page) p = page.end;

  return {
    parts: { kind: "kamerstuk", kamer, vergaderjaar, dossiers: dossiers.value, ondernummer: ondernummer.value },
    page: page ? page.value : null,
    end: p,
  };
}
