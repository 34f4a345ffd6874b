/**
 * Canonical ids are the officielebekendmakingen.nl identifiers, so they double as
 * URL slugs (/documenten/kst-29628-1030) and as the key for de-duplicating citations.
 */
import { buildCitation, urlForId } from "./canonical";
import { KamerstukCitationError, quote } from "./errors";
import type { CitationParts, Kamer, KamerstukCitation } from "./types";
import { vergaderjaarFromIdPart } from "./vergaderjaar";

const KAMERSTUK_ID = /^kst-([1-9]\d{3,5}|C{1,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?:-([A-Z]{1,5}|\d{2}))?-([1-9]\d{0,4}|[A-Z]{1,3})$/i;
const AANHANGSEL_ID = /^ah-(tk|ek)-(\d{8})-([1-9]\d{0,4})$/i;
const HANDELINGEN_ID = /^h-(tk|ek)-(\d{8})-([1-9]\d{0,4})(?:-([1-9]\d{0,3}))?$/i;

const VORMEN = '"kst-29628-1030", "kst-34775-IV-44", "ah-tk-20202021-2065" of "h-tk-20202021-36-8"';

function invalid(input: string, code: "empty" | "invalid-id" | "invalid-vergaderjaar", message: string): never {
  throw new KamerstukCitationError(code, message, input);
}

function toKamer(token: string): Kamer {
  return token.toLowerCase() === "ek" ? "EK" : "TK";
}

function vergaderjaarOf(input: string, part: string): string {
  const value = vergaderjaarFromIdPart(part);
  if (value === null) {
    invalid(
      input,
      "invalid-vergaderjaar",
      `Ongeldig vergaderjaar "${part}" in document-id ${quote(input)}: verwacht twee opeenvolgende jaren, bijvoorbeeld "20202021".`,
    );
  }
  return value;
}

function partsOf(input: string, id: string): CitationParts | null {
  const kst = KAMERSTUK_ID.exec(id);
  if (kst?.[1] && kst[3]) {
    return {
      kind: "kamerstuk",
      kamer: null,
      vergaderjaar: null,
      dossiers: [{ nummer: kst[1].toUpperCase(), toevoeging: kst[2] ? kst[2].toUpperCase() : null }],
      ondernummer: kst[3].toUpperCase(),
    };
  }
  const ah = AANHANGSEL_ID.exec(id);
  if (ah?.[1] && ah[2] && ah[3]) {
    return { kind: "aanhangsel", kamer: toKamer(ah[1]), vergaderjaar: vergaderjaarOf(input, ah[2]), nummer: ah[3] };
  }
  const h = HANDELINGEN_ID.exec(id);
  if (h?.[1] && h[2] && h[3]) {
    return {
      kind: "handelingen",
      kamer: toKamer(h[1]),
      vergaderjaar: vergaderjaarOf(input, h[2]),
      nummer: h[3],
      item: h[4] ? Number(h[4]) : null,
    };
  }
  return null;
}

/** Reads a canonical id back into its parts; letters are accepted in any case and returned upper case. */
export function parseDocumentId(id: string): KamerstukCitation {
  const input = typeof id === "string" ? id : "";
  const trimmed = input.trim();
  if (trimmed === "") invalid(input, "empty", `Leeg document-id: verwacht bijvoorbeeld ${VORMEN}.`);
  const parts = partsOf(input, trimmed);
  if (!parts) invalid(input, "invalid-id", `Ongeldig document-id ${quote(trimmed)}: verwacht bijvoorbeeld ${VORMEN}.`);
  return buildCitation(parts, null, trimmed);
}

/** URL of the document on zoek.officielebekendmakingen.nl; throws on a malformed id. */
export function documentUrl(id: string): string {
  return urlForId(parseDocumentId(id).id);
}
