// Links out of the dashboard keep its filters, so a number on the dashboard and the list behind it show the same
// commitments: the list applies the same WHERE (lib/data/commitment-list-sql.ts).
import { filtersToSearchParams, type CommitmentFilters } from "@/lib/validation/commitment-filters";
import { addDays } from "./calendar";
import type { DashboardFilters, DashboardView } from "./params";

export function dashboardHref(filters: DashboardFilters, view: DashboardView = "overzicht"): string {
  const params = filtersToSearchParams(filters);
  if (view !== "overzicht") params.set("weergave", view);
  const query = params.toString();
  return query ? `/overzicht?${query}` : "/overzicht";
}

export function listHref(filters: DashboardFilters, extra: Partial<CommitmentFilters> = {}): string {
  const query = filtersToSearchParams({ ...filters, ...extra }).toString();
  return query ? `/toezeggingen?${query}` : "/toezeggingen";
}

/** The full overdue list, most overdue first (the dashboard's order). */
export function overdueListHref(filters: DashboardFilters): string {
  return listHref(filters, { status: ["overdue"], sort: "deadline" });
}

/**
 * The deadline window "from today up to and including today + days", narrowed by the filters' own window; null when
 * the two do not meet (nothing can be due then).
 */
export function dueWindow(
  today: string,
  days: number,
  filters: Pick<DashboardFilters, "deadlineFrom" | "deadlineTo">,
): { deadlineFrom: string; deadlineTo: string } | null {
  const until = addDays(today, days);
  const from = filters.deadlineFrom && filters.deadlineFrom > today ? filters.deadlineFrom : today;
  const to = filters.deadlineTo && filters.deadlineTo < until ? filters.deadlineTo : until;
  return from <= to ? { deadlineFrom: from, deadlineTo: to } : null;
}

/** The list of outstanding commitments due within `days` days. */
export function dueSoonListHref(filters: DashboardFilters, today: string, days: number): string | null {
  const window = dueWindow(today, days, filters);
  if (!window) return null;
  return listHref({ ...filters, ...window }, { status: ["open", "partially_fulfilled"], sort: "deadline" });
}
