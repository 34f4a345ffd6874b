import { formatDate } from "@/lib/format/dates";
import { filterParts } from "@/lib/format/filter-description";
import type { DashboardFilters } from "@/lib/dashboard/params";
import type { FilterOptions } from "@/components/commitments/commitment-filter-form";

/** The selection in words. On paper the filter form is gone, so this line is what tells the reader what the numbers cover. */
export function FilterSummary({ filters, options, today }: { filters: DashboardFilters; options: FilterOptions; today: string }) {
  const parts = filterParts(filters, options);
  return (
    <p className="text-sm">
      <span className="font-medium">Selectie:</span> {parts.length ? parts.join("; ") : "alle toezeggingen in het register"}.{" "}
      <span className="text-muted">Stand op {formatDate(today)}.</span>
    </p>
  );
}
