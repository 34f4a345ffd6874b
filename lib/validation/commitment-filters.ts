// The list's filters, sort and paging, as they appear in page URLs and API query strings. One schema for both,
// so a shared link and an API call mean the same thing.
import { z } from "zod";
import { COMMITMENT_STATUSES } from "@/lib/commitment/status";
import { INT4_MAX, isValidIsoDate, text } from "./primitives";

/** "overdue" is not stored: it is an outstanding commitment whose latest deadline lies before today. */
export const STATUS_FILTERS = [...COMMITMENT_STATUSES, "overdue"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const SORTS = ["deadline", "-deadline", "made", "-made", "number", "-number", "relevance"] as const;
export type CommitmentSort = (typeof SORTS)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "verwacht een datum als JJJJ-MM-DD")
  .refine(isValidIsoDate, "bestaat niet of ligt buiten 1900–2199");

/** A dossier number as people write it ("29 628", "36200 vi", "36 200-VI") in the register's key form ("36200-VI"). */
function dossierKey(value: string): string {
  return value
    .trim()
    .replace(/(\d)[\s.]+(?=\d)/g, "$1")
    .replace(/\s*-\s*|\s+/g, "-")
    .toUpperCase();
}

// Repeated (?status=open&status=overdue) and comma-separated (?status=open,overdue) forms are both accepted.
function list<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => {
    if (v === undefined || v === "") return undefined;
    const values = (Array.isArray(v) ? v : [v])
      .flatMap((x) => String(x).split(","))
      .map((x) => x.trim())
      .filter(Boolean);
    return values.length ? values : undefined;
  }, z.array(item).optional());
}

function single<T extends z.ZodType>(inner: T) {
  return z.preprocess((v) => {
    if (Array.isArray(v)) return v.length === 1 ? v[0] : v; // two values for one field is an error, not a guess
    return v === "" ? undefined : v;
  }, inner.optional());
}

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 25;

export const commitmentFiltersSchema = z
  .object({
    q: single(text().trim().max(200, "zoekterm is langer dan 200 tekens")),
    status: list(z.enum(STATUS_FILTERS, { message: `kies uit ${STATUS_FILTERS.join(", ")}` })),
    ministry: list(z.string().regex(/^[A-Za-z0-9-]{1,20}$/, "onbekende ministeriecode")),
    minister: list(
      z.coerce
        .number({ message: "verwacht een nummer" })
        .int("verwacht een geheel getal")
        .positive("verwacht een positief getal")
        .max(INT4_MAX, "onbekende bewindspersoon"),
    ),
    dossier: list(
      z
        .string()
        .transform(dossierKey)
        .pipe(z.string().regex(/^\d{4,6}(-[A-Z0-9]+)?$/, "verwacht een dossiernummer zoals 29628 of 36200-VI")),
    ),
    deadlineFrom: single(isoDate),
    deadlineTo: single(isoDate),
    sort: single(z.enum(SORTS, { message: `kies uit ${SORTS.join(", ")}` })),
    page: single(z.coerce.number({ message: "verwacht een nummer" }).int("verwacht een geheel getal").min(1, "begint bij 1").max(100_000, "te groot")),
    limit: single(
      z.coerce.number({ message: "verwacht een nummer" }).int("verwacht een geheel getal").min(1, "minimaal 1").max(MAX_LIMIT, `maximaal ${MAX_LIMIT}`),
    ),
    cursor: single(z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, "ongeldige cursor")),
  })
  .strict()
  .refine((f) => !f.deadlineFrom || !f.deadlineTo || f.deadlineFrom <= f.deadlineTo, {
    message: "deadlineFrom ligt na deadlineTo",
    path: ["deadlineFrom"],
  });

export type CommitmentFilters = z.infer<typeof commitmentFiltersSchema>;

export type ParsedFilters = { ok: true; filters: CommitmentFilters } | { ok: false; errors: Record<string, string[]> };

/** Parses URLSearchParams or a Next.js searchParams object; unknown parameters are errors that name them. */
export function parseCommitmentFilters(input: URLSearchParams | Record<string, string | string[] | undefined>): ParsedFilters {
  // Null prototype: a parameter named "__proto__" is an unknown parameter like any other, not an object key trick.
  const raw: Record<string, string | string[]> = Object.create(null);
  if (input instanceof URLSearchParams) {
    for (const key of new Set(input.keys())) {
      const all = input.getAll(key);
      raw[key] = all.length === 1 ? all[0]! : all;
    }
  } else {
    for (const [key, value] of Object.entries(input)) if (value !== undefined) raw[key] = value;
  }
  const result = commitmentFiltersSchema.safeParse(raw);
  if (result.success) return { ok: true, filters: result.data };
  const errors: Record<string, string[]> = Object.create(null);
  const add = (key: string, message: string) => {
    errors[key] = [...(Object.hasOwn(errors, key) ? errors[key]! : []), message];
  };
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add(key, "onbekende parameter");
      continue;
    }
    add(String(issue.path[0] ?? "query"), issue.message);
  }
  return { ok: false, errors: { ...errors } };
}

/** Turns filters back into a query string (for links that keep the current view). */
export function filtersToSearchParams(filters: Partial<CommitmentFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(","));
    } else params.set(key, String(value));
  }
  return params;
}

export function formatFilterErrors(errors: Record<string, string[]>): string {
  return Object.entries(errors)
    .map(([key, messages]) => `${key}: ${messages.join("; ")}`)
    .join(". ");
}
