// The dashboard's URL: the public list's filters (same names, same validation, same meaning) plus `weergave`.
// Status, sort and paging are the list's business: the dashboard itself splits everything by status, so a status
// filter would only empty most of its sections. They are dropped, and the page says so, rather than refused: a
// list URL pasted onto /overzicht still shows the same selection.
import { parseCommitmentFilters, type CommitmentFilters } from "@/lib/validation/commitment-filters";

export const DASHBOARD_VIEWS = ["overzicht", "tijdlijn"] as const;
export type DashboardView = (typeof DASHBOARD_VIEWS)[number];

export type DashboardFilters = Pick<CommitmentFilters, "q" | "ministry" | "minister" | "dossier" | "deadlineFrom" | "deadlineTo">;

/** List parameters the dashboard does not apply. */
export const IGNORED_LIST_PARAMS = ["status", "sort", "page", "limit", "cursor"] as const;

export type ParsedDashboardParams =
  | { ok: true; filters: DashboardFilters; view: DashboardView; ignored: string[] }
  | { ok: false; errors: Record<string, string[]>; view: DashboardView };

function isView(value: unknown): value is DashboardView {
  return typeof value === "string" && (DASHBOARD_VIEWS as readonly string[]).includes(value);
}

export function parseDashboardParams(input: Record<string, string | string[] | undefined>): ParsedDashboardParams {
  const { weergave, ...rest } = input;
  const errors: Record<string, string[]> = {};
  let view: DashboardView = "overzicht";
  if (weergave !== undefined && weergave !== "") {
    if (isView(weergave)) view = weergave;
    else errors.weergave = [`kies uit ${DASHBOARD_VIEWS.join(", ")}`];
  }
  const parsed = parseCommitmentFilters(rest);
  if (!parsed.ok) Object.assign(errors, parsed.errors);
  if (!parsed.ok || Object.keys(errors).length) return { ok: false, errors, view };
  const { status, sort, page, limit, cursor, ...filters } = parsed.filters;
  const dropped = { status, sort, page, limit, cursor };
  const ignored = IGNORED_LIST_PARAMS.filter((key) => dropped[key] !== undefined);
  return { ok: true, filters, view, ignored };
}
