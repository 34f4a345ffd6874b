// A saved selection of the list that a user follows: the list's own query string (parseCommitmentFilters, so a
// followed selection means exactly what the list shows) in one canonical spelling, plus a name. Pure.
import { z } from "zod";
import { filterParts, type FilterNames, type SelectionFilters } from "@/lib/format/filter-description";
import { filtersToSearchParams, parseCommitmentFilters, type CommitmentFilters } from "@/lib/validation/commitment-filters";

// How the list is shown, not what it selects: following "page 2, sorted by number" would be meaningless.
const PRESENTATION_KEYS = ["page", "sort", "limit", "cursor"] as const;

export type CanonicalFilter = { ok: true; query: string; filters: CommitmentFilters } | { ok: false; errors: Record<string, string[]> };

/** Validates a list query string and spells it one way: sorted keys and values, presentation dropped. */
export function canonicalFilterQuery(query: string): CanonicalFilter {
  const params = new URLSearchParams(query.replace(/^\?/, ""));
  for (const key of PRESENTATION_KEYS) params.delete(key);
  const parsed = parseCommitmentFilters(params);
  if (!parsed.ok) return parsed;
  const filters: CommitmentFilters = { ...parsed.filters };
  for (const [key, value] of Object.entries(filters)) {
    // sort() compares values as strings, which is the canonical order; the values keep their type (minister ids stay numbers).
    if (Array.isArray(value)) (filters as Record<string, unknown>)[key] = [...new Set<unknown>(value)].sort();
  }
  const canonical = filtersToSearchParams(filters);
  canonical.sort();
  return { ok: true, query: canonical.toString(), filters };
}

export const FILTER_NAME_MAX = 80;

export const followFilterSchema = z.object({
  name: z
    .string({ message: "Geef de selectie een naam." })
    .trim()
    .min(2, "Geef de selectie een naam van minstens 2 tekens.")
    .max(FILTER_NAME_MAX, `Een naam heeft hoogstens ${FILTER_NAME_MAX} tekens.`),
  query: z.string().max(2000, "Deze selectie is te lang om te volgen.").default(""),
});

/** What a followed selection selects, in the list's words (lib/format/filter-description.ts), or "alle toezeggingen". */
export function describeFilters(filters: SelectionFilters, names: FilterNames): string {
  const parts = filterParts(filters, names);
  return parts.length ? parts.join("; ") : "alle toezeggingen";
}
