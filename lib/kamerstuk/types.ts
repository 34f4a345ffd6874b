import type { KamerstukCitationError } from "./errors";

export type DocumentKind = "kamerstuk" | "aanhangsel" | "handelingen";

/** Tweede Kamer ("II") or Eerste Kamer ("I"). */
export type Kamer = "TK" | "EK";

export interface DossierRef {
  /** Digits only, e.g. "29628". */
  nummer: string;
  /** Upper-case suffix of the dossier, e.g. "IV" in "34 775-IV" or "A" in "34 775 A". */
  toevoeging: string | null;
}

export interface KamerstukCitation {
  /** Canonical officielebekendmakingen.nl identifier, e.g. "kst-29628-1030". */
  id: string;
  kind: DocumentKind;
  /** Null when the citation does not say which Kamer (plain "Kamerstuk 29 628, nr. 985"). */
  kamer: Kamer | null;
  /** Kamerstuk: one or more dossiers (combined dossiers keep all); other kinds: []. */
  dossiers: DossierRef[];
  /** Kamerstuk sub-number: "1030", or a letter such as "G" or "CK". */
  ondernummer: string | null;
  /** "2020-2021" when the citation gives it. */
  vergaderjaar: string | null;
  /** Aanhangsel/Handelingen number ("2065", "36"). */
  nummer: string | null;
  /** Handelingen item. */
  item: number | null;
  /** Pinpoint page ("15", "3-5"); not part of the id. */
  page: string | null;
  /** Normalized Dutch label, e.g. "Kamerstuk 29 628, nr. 1030". */
  label: string;
  url: string;
  /** The citation text exactly as it appears in the input. */
  raw: string;
}

export type TryParseKamerstukResult = { ok: true; citation: KamerstukCitation } | { ok: false; error: KamerstukCitationError };

export interface FoundKamerstukCitation {
  citation: KamerstukCitation;
  /** Offset into the original text (inclusive). */
  start: number;
  /** Offset into the original text (exclusive). */
  end: number;
}

/** What the grammar extracts, before id/label/url are derived. */
export type CitationParts =
  | {
      kind: "kamerstuk";
      kamer: Kamer | null;
      vergaderjaar: string | null;
      dossiers: DossierRef[];
      ondernummer: string;
    }
  | { kind: "aanhangsel"; kamer: Kamer; vergaderjaar: string; nummer: string }
  | { kind: "handelingen"; kamer: Kamer; vergaderjaar: string; nummer: string; item: number | null };
