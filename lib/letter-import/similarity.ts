// How much a "fulfilled" sentence of a letter resembles a commitment in the register, computed in TypeScript so it
// is the same on PGlite and PostgreSQL (pg_trgm is not enabled) and can be explained on screen.
//
// Words are compared as character trigrams, the way pg_trgm does, so inflections and compounds still meet
// ("verkenning" / "verkennen", "politiebegroting" / "begroting"). Words every commitment shares ("uw Kamer
// informeren") are left out, or every commitment would look alike.

const STOPWORDS = new Set(
  (
    "aan al alle alleen als alsook ben bij binnen dan dat de deze die dit door een eens en er ga gaan gedaan had heb hebben heeft het hier hij " +
    "hoe hun ik in is ja je kan komen kon kunnen maar me meer met mij mijn moet moeten na naar niet nog nu of om omdat onder ons ook op over " +
    "te tegen ten ter tot u uit uw van veel voor vooral wat we wel welke werd wij wil worden wordt zal ze zich zij zijn zo zoals zou zullen " +
    // the vocabulary of commitments themselves
    "kamer brief toezegging toezeggingen toegezegd toezeg zeg zegde informeren informeer geinformeerd minister staatssecretaris inmiddels " +
    "jl daarnaast tevens eerder hierbij hiermee daarmee daarover hierover conform"
  ).split(/\s+/),
);

/** Lower-cased words without diacritics, stopwords and words shorter than three letters. */
export function significantWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !/^\d+$/.test(w));
}

/** pg_trgm-style trigrams of the words: each word padded with two spaces in front and one behind. */
export function trigrams(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

function intersectionSize(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const t of small) if (large.has(t)) n++;
  return n;
}

/** Dice coefficient of the two texts' trigram sets: 0 (nothing shared) to 1 (the same words). */
export function diceSimilarity(a: string, b: string): number {
  const ta = trigrams(significantWords(a));
  const tb = trigrams(significantWords(b));
  if (!ta.size || !tb.size) return 0;
  return (2 * intersectionSize(ta, tb)) / (ta.size + tb.size);
}

/** The share of `part`'s trigrams found in `whole`: how much of a short title a long sentence covers. */
export function containment(part: string, whole: string): number {
  const tp = trigrams(significantWords(part));
  if (!tp.size) return 0;
  return intersectionSize(tp, trigrams(significantWords(whole))) / tp.size;
}

/**
 * How well `candidate` (the letter's sentence) matches a commitment: the mean of how much of its title the sentence
 * covers and how alike sentence and commitment text are. A title is short and chosen by a person, so covering it is
 * a strong sign; the text comparison keeps a generic title from matching everything.
 */
export function textSimilarity(candidate: string, commitment: { title: string; text: string }): number {
  return (containment(commitment.title, candidate) + diceSimilarity(candidate, commitment.text)) / 2;
}

export type SharedReferenceRole = "source" | "fulfilment" | "related";

/**
 * The overall match score (0–1) shown to the reviewer: 70% text, 30% references. Sharing the document the
 * commitment was made in (its source) counts fully, sharing only a document it cites counts half.
 */
export function matchScore(textScore: number, sharedRoles: readonly SharedReferenceRole[]): number {
  const referenceScore = sharedRoles.includes("source") ? 1 : sharedRoles.length ? 0.5 : 0;
  return Math.min(1, 0.7 * textScore + 0.3 * referenceScore);
}

/** "48%" */
export function formatScore(score: number): string {
  return `${Math.round(score * 100)}%`;
}
