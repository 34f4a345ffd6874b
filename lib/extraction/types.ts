/** Public shape of an extraction; the review screen is built against exactly this. */

export interface ExtractedPassage {
  start: number;
  end: number;
  text: string;
}

export interface ExtractedReference {
  /** Canonical id, e.g. "kst-29628-985". */
  id: string;
  label: string;
  url: string;
  /** Every place it is cited: the footnote and the body sentence carrying the footnote marker, or the sentence with an inline citation. */
  passages: ExtractedPassage[];
}

export interface ExtractedDeadline {
  phrase: string;
  earliest: string | null;
  latest: string | null;
  precision: string;
}

/** new: a promise made in this letter; fulfilled: an earlier one kept; postponed: an earlier one given a later deadline. */
export type CandidateKind = "new" | "fulfilled" | "postponed";

/** What a candidate is about when its own words do not say (lib/extraction/context.ts). */
export interface ExtractedContext {
  /** The section heading it stands under ("Geweld door politieambtenaren"), or null. */
  heading: string | null;
  /** What its "de analyse", "dit onderzoek" … refer to, as the letter named them earlier. */
  refersTo: Array<{ phrase: string; meaning: string }>;
  /** It points back ("Dit …", "deze evaluatie") at something the letter does not name with it: the heading must say. */
  unresolved?: boolean;
}

export interface ExtractedCommitment {
  kind: CandidateKind;
  /** The commitment sentence(s), normalised; equal to normalizedText.slice(start, end). */
  text: string;
  /** Short Dutch title (at most 90 characters), derived from the sentence, naming its subject when the sentence does not. */
  title: string;
  /** Its subject, beside the verbatim text. */
  context: ExtractedContext;
  deadline: ExtractedDeadline | null;
  /** Canonical ids cited by this passage (its footnotes and inline citations). */
  references: string[];
  start: number;
  end: number;
  /** Why it was picked. */
  cue: string;
  /**
   * postponed: `reason`, the sentence that says it comes later than promised ("… kunnen niet binnen de gebruikelijke
   * termijn worden beantwoord"); `about`, the text from the start of its paragraph on, which names what is postponed
   * ("In mijn brief van 29 juni 2021 heb ik u toegezegd het rapport …"), and the documents `about` cites.
   */
  postponement?: { reason: string; about: string; references: string[] };
}

export interface ExtractedLetter {
  id: string | null;
  title: string | null;
  /** ISO date the letter states, or null. */
  date: string | null;
  minister: string | null;
  ministerFunction: string | null;
}

export interface Extraction {
  letter: ExtractedLetter;
  normalizedText: string;
  references: ExtractedReference[];
  /** Dossiers named without a document number ("Kamerstuk 34 919", "(33.694)"): links to the dossier. */
  dossiers: Array<{ key: string; label: string; url: string }>;
  commitments: ExtractedCommitment[];
}

export interface ExtractOptions {
  /** The day the commitments were made (YYYY-MM-DD); wins over the date the letter states. */
  madeOn?: string;
}
