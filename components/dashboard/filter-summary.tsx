import { formatDate } from "@/lib/format/dates";
import type { DashboardFilters } from "@/lib/dashboard/params";
import type { FilterOptions } from "./dashboard-filter-form";

/** The selection in words. On paper the filter form is gone, so this line is what tells the reader what the numbers cover. */
export function describeFilters(filters: DashboardFilters, options: FilterOptions): string[] {
  const parts: string[] = [];
  const names = <T,>(values: T[] | undefined, lookup: (v: T) => string | undefined) => values?.map((v) => lookup(v) ?? String(v)).join(" of ");
  if (filters.ministry?.length) parts.push(names(filters.ministry, (c) => options.ministries.find((m) => m.code === c)?.name)!);
  if (filters.minister?.length) parts.push(`bewindspersoon ${names(filters.minister, (id) => options.ministers.find((m) => m.id === id)?.name)}`);
  if (filters.dossier?.length) parts.push(`dossier ${filters.dossier.join(" of ")}`);
  if (filters.q) parts.push(`zoekterm “${filters.q}”`);
  if (filters.deadlineFrom && filters.deadlineTo) parts.push(`uiterste termijn van ${formatDate(filters.deadlineFrom)} tot en met ${formatDate(filters.deadlineTo)}`);
  else if (filters.deadlineFrom) parts.push(`uiterste termijn vanaf ${formatDate(filters.deadlineFrom)}`);
  else if (filters.deadlineTo) parts.push(`uiterste termijn tot en met ${formatDate(filters.deadlineTo)}`);
  return parts;
}

export function FilterSummary({ filters, options, today }: { filters: DashboardFilters; options: FilterOptions; today: string }) {
  const parts = describeFilters(filters, options);
  return (
    <p className="text-sm">
      <span className="font-medium">Selectie:</span> {parts.length ? parts.join("; ") : "alle toezeggingen in het register"}.{" "}
      <span className="text-muted">Stand op {formatDate(today)}.</span>
    </p>
  );
}
