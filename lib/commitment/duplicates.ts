// Is a commitment about to be recorded already in the register? The same promise comes in twice when a letter is
// imported again, or a CSV row is added that was already there. It is a duplicate when it was made in the same
// document (both cite it as their source) and says nearly the same thing. Pure: the texts are compared word by
// word as trigrams (lib/letter-import/similarity), the same on every database.
import { diceSimilarity } from "@/lib/letter-import/similarity";

/** How alike two commitment texts must be (Dice over significant-word trigrams) to be the same promise. */
export const DUPLICATE_SIMILARITY = 0.75;

export interface ExistingCommitment {
  number: string;
  title: string;
  text: string;
}

export interface Duplicate extends ExistingCommitment {
  similarity: number;
}

/** The most similar of `existing` (commitments with the same source document) when it is similar enough. */
export function findDuplicate(text: string, existing: readonly ExistingCommitment[]): Duplicate | null {
  let best: Duplicate | null = null;
  for (const c of existing) {
    const similarity = diceSimilarity(text, c.text);
    if (similarity >= DUPLICATE_SIMILARITY && (!best || similarity > best.similarity)) best = { ...c, similarity };
  }
  return best;
}

export function duplicateMessage(d: ExistingCommitment): string {
  return `Al in het register: ${d.number} (${d.title}).`;
}
