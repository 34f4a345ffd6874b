import { buildCitation } from "./canonical";
import { KamerstukCitationError, quote, VOORBEELD_AANHANGSEL, VOORBEELD_HANDELINGEN, VOORBEELD_KAMERSTUK } from "./errors";
import { AANHANGSEL_KEYWORD, HANDELINGEN_KEYWORD, parseHandelingenAt } from "./grammar-handelingen";
import { FOOTER_KEYWORD, KAMERSTUK_KEYWORD, parseKamerstukAt } from "./grammar-kamerstuk";
import { fail, matchAt, type ParseContext, type ParsedCitation } from "./grammar-shared";
import { normalizeCitationText, originalRange, type NormalizedText } from "./normalize";
import type { FoundKamerstukCitation, KamerstukCitation, TryParseKamerstukResult } from "./types";

/**
 * Where a citation can start in prose. A digit may precede the keyword because PDF
 * extraction glues footnote numbers to it ("3Kamerstuk …"). "Handelingen" shortly after
 * "Aanhangsel" belongs to an Aanhangsel citation; if that one is worded unexpectedly
 * ("Aanhangsel bij deze Handelingen II …"), starting over at "Handelingen" would
 * invent a plenary citation that is not there.
 */
const CANDIDATE = /(?<!\p{L})(?:kamerstuk|aanhangsel|(?<!aanhangsel(?: \p{L}+){0,2} )handelingen|tweede kamer|eerste kamer|motie)/giu;

/**
 * A motie cited by its mover and its place, without the word Kamerstuk, as Eerste Kamer letters do: "de motie
 * Vliegenthart (2012-2013, CII, B)", "motie Huijbregts-Schiedon, 31 953, I". The mover is capitalised words and
 * tussenvoegsels; the place is read as a bare citation ("31 953, I"), so only a dossier with an ondernummer counts.
 */
const MOTIE_MOVER =
  /motie (?:van (?:het lid|de leden) )?(?:(?:van|de|der|den|ter|ten|het)[ ]|\p{Lu}[\p{L}'’.]*(?:-\p{Lu}?[\p{L}'’.]*)*[ ]?){1,6}?(?:c\.s\. ?)?(?:\(|, )(?=(?:1[89]\d\d|20\d\d|\d{2} ?\d{3}|C))/uy;
const MOTIE_VERGADERJAAR = /(?:1[89]\d\d|20\d\d) ?[/-] ?\d{2,4}, ?/y;

function parseMotieAt(ctx: ParseContext, pos: number): { parsed: ParsedCitation; start: number } | null {
  const mover = matchAt(MOTIE_MOVER, ctx.s, pos);
  if (!mover) return null;
  let start = pos + mover[0].length;
  const vj = matchAt(MOTIE_VERGADERJAAR, ctx.s, start);
  const place = vj ? start + vj[0].length : start;
  const parsed = parseKamerstukAt(ctx, place, "bare");
  if (!vj) start = place;
  return { parsed, start };
}

const ALLOWED_TRAILING = /^[ .;,]*$/;

interface Located {
  parsed: ParsedCitation;
  /** Start in the normalized text. */
  start: number;
}

/** Parses the citation whose keyword starts at `pos`; null when no citation keyword starts there. */
function parseAt(ctx: ParseContext, pos: number): ParsedCitation | null {
  const s = ctx.s;
  if (matchAt(KAMERSTUK_KEYWORD, s, pos)) return parseKamerstukAt(ctx, pos, "keyword");
  if (matchAt(AANHANGSEL_KEYWORD, s, pos)) return parseHandelingenAt(ctx, pos, "aanhangsel");
  if (matchAt(HANDELINGEN_KEYWORD, s, pos)) return parseHandelingenAt(ctx, pos, "handelingen");
  if (matchAt(FOOTER_KEYWORD, s, pos)) return parseKamerstukAt(ctx, pos, "footer");
  return null;
}

/** All well-formed citations in normalized text; malformed candidates are prose, not errors. */
function scan(s: string, input: string): Located[] {
  const ctx: ParseContext = { s, strict: false, input };
  const candidates = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  const found: Located[] = [];
  for (let m = candidates.exec(s); m !== null; m = candidates.exec(s)) {
    let located: Located | null;
    try {
      if (m[0].toLowerCase() === "motie") located = parseMotieAt(ctx, m.index);
      else {
        const parsed = parseAt(ctx, m.index);
        located = parsed ? { parsed, start: m.index } : null;
      }
    } catch (error) {
      if (error instanceof KamerstukCitationError) continue;
      throw error;
    }
    if (!located) continue;
    found.push(located);
    candidates.lastIndex = located.parsed.end;
  }
  return found;
}

function toFound(normalized: NormalizedText, input: string, located: Located): FoundKamerstukCitation {
  const { start, end } = originalRange(normalized, located.start, located.parsed.end);
  const citation = buildCitation(located.parsed.parts, located.parsed.page, input.slice(start, end));
  return { citation, start, end };
}

function failOnSeveral(ctx: ParseContext, located: Located[]): void {
  if (located.length < 2) return;
  const shown = located.map((l) => quote(ctx.s.slice(l.start, l.parsed.end))).join(" en ");
  fail(ctx, "multiple-citations", `${quote(ctx.s)} bevat ${located.length} verwijzingen (${shown}): geef er precies één op.`);
}

/**
 * The input does not start with a citation keyword. It may still be a bare
 * "34 775 A, nr. 5", or a citation with something in front of it ("zie …",
 * a footnote number) — the latter gets an error that says so.
 */
function parseWithoutKeyword(ctx: ParseContext): ParsedCitation {
  let bareError: KamerstukCitationError | null = null;
  if (/^\d/.test(ctx.s)) {
    try {
      return parseKamerstukAt(ctx, 0, "bare");
    } catch (error) {
      if (!(error instanceof KamerstukCitationError)) throw error;
      bareError = error;
    }
  }
  const located = scan(ctx.s, ctx.input);
  failOnSeveral(ctx, located);
  const first = located[0];
  if (first) {
    const before = ctx.s.slice(0, first.start).trim();
    const citation = ctx.s.slice(first.start, first.parsed.end);
    fail(ctx, "extra-text", `Onverwachte tekst "${before}" vóór de verwijzing "${citation}": geef alleen de verwijzing op.`);
  }
  if (bareError) throw bareError;
  fail(
    ctx,
    "unrecognized",
    `Geen kamerstuk of Handelingen herkend in ${quote(ctx.s)}: verwacht bijvoorbeeld ${VOORBEELD_KAMERSTUK}, ${VOORBEELD_AANHANGSEL} of ${VOORBEELD_HANDELINGEN}.`,
  );
}

function failOnTrailingText(ctx: ParseContext, parsed: ParsedCitation): void {
  const rest = ctx.s.slice(parsed.end);
  if (ALLOWED_TRAILING.test(rest)) return;
  // Positions from scanning `rest` are shifted back so the message can quote from the whole input.
  const shift = parsed.end;
  const more = scan(rest, ctx.input).map((l) => ({ parsed: { ...l.parsed, end: l.parsed.end + shift }, start: l.start + shift }));
  failOnSeveral(ctx, [{ parsed, start: 0 }, ...more]);
  const citation = ctx.s.slice(0, parsed.end);
  fail(ctx, "extra-text", `Onverwachte tekst "${rest.trim()}" na de verwijzing "${citation}": geef alleen de verwijzing op.`);
}

/** Parses text that should be exactly one citation (trailing "." or ";" allowed). */
export function parseKamerstukCitation(text: string): KamerstukCitation {
  const input = typeof text === "string" ? text : "";
  const normalized = normalizeCitationText(input);
  const ctx: ParseContext = { s: normalized.text, strict: true, input };
  if (ctx.s === "") {
    fail(ctx, "empty", `Lege verwijzing: geef een vindplaats op, bijvoorbeeld ${VOORBEELD_KAMERSTUK}.`);
  }
  const parsed = parseAt(ctx, 0) ?? parseWithoutKeyword(ctx);
  failOnTrailingText(ctx, parsed);
  return toFound(normalized, input, { parsed, start: 0 }).citation;
}

export function tryParseKamerstukCitation(text: string): TryParseKamerstukResult {
  try {
    return { ok: true, citation: parseKamerstukCitation(text) };
  } catch (error) {
    if (error instanceof KamerstukCitationError) return { ok: false, error };
    throw error;
  }
}

/** Every citation in running text or footnotes, with offsets into the original text. */
export function findKamerstukCitations(text: string): FoundKamerstukCitation[] {
  const normalized = normalizeCitationText(text);
  return scan(normalized.text, text).map((located) => toFound(normalized, text, located));
}
