// Giving a commitment a new deadline. A reset is a postponement the Kamer will ask about, so it needs a reason
// and must actually change something; a no-op reset would still show up in the history as a postponement.
import type { CommitmentStatus } from "@/lib/commitment/status";
import { isOutstanding } from "./status";
import { MIN_EXPLANATION_LENGTH } from "./transitions";

export type DeadlineResetCheck = { ok: true } | { ok: false; field: "status" | "phrase" | "reason"; message: string };

export type DeadlineValue = { phrase: string | null; earliest: string | null; latest: string | null };

// Case and spacing in the phrase are cosmetic: "Voor de zomer" and "voor de  zomer" are the same deadline.
function normalizePhrase(phrase: string | null): string {
  return (phrase ?? "").trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Whether `current` may be replaced by `next`. `earliest`/`latest` are ISO dates (JJJJ-MM-DD) as resolved from
 * the phrase; null means the phrase has no bound on that side (e.g. an open deadline).
 */
export function checkDeadlineReset(
  status: CommitmentStatus,
  current: DeadlineValue,
  next: { phrase: string; earliest: string | null; latest: string | null },
  reason: string,
): DeadlineResetCheck {
  // A closed commitment has no deadline left to miss; moving it would make a fulfilled or lapsed commitment
  // look outstanding again without the reopening (and its reason) in the history.
  if (!isOutstanding(status)) {
    return { ok: false, field: "status", message: "Alleen openstaande toezeggingen krijgen een nieuwe termijn; heropen haar eerst." };
  }
  if (typeof next.phrase !== "string" || next.phrase.trim() === "") {
    return { ok: false, field: "phrase", message: 'Geef de nieuwe termijn op zoals die is toegezegd, bijvoorbeeld "voor de zomer van 2025".' };
  }
  if (next.earliest && next.latest && next.earliest > next.latest) {
    return { ok: false, field: "phrase", message: `De nieuwe termijn begint (${next.earliest}) na zijn einde (${next.latest}).` };
  }
  if (
    normalizePhrase(current.phrase) === normalizePhrase(next.phrase) &&
    (current.earliest ?? null) === (next.earliest ?? null) &&
    (current.latest ?? null) === (next.latest ?? null)
  ) {
    return { ok: false, field: "phrase", message: "De nieuwe termijn is gelijk aan de huidige." };
  }
  if (typeof reason !== "string" || [...reason.trim()].length < MIN_EXPLANATION_LENGTH) {
    return { ok: false, field: "reason", message: `Geef een reden van minstens ${MIN_EXPLANATION_LENGTH} tekens waarom de termijn verandert.` };
  }
  return { ok: true };
}
