import { CommitmentFilterForm, type FilterOptions } from "@/components/commitments/commitment-filter-form";
import { dashboardHref } from "@/lib/dashboard/links";
import type { DashboardFilters, DashboardView } from "@/lib/dashboard/params";

/** The list's filter form, aimed at /overzicht and without status and sort (the dashboard splits by status). */
export function DashboardFilterForm({ filters, options, view }: { filters: DashboardFilters; options: FilterOptions; view: DashboardView }) {
  return (
    <CommitmentFilterForm
      filters={filters}
      options={options}
      variant={{
        action: "/overzicht",
        label: "Overzicht filteren",
        submitLabel: "Toon overzicht",
        clearHref: dashboardHref({}, view),
        withStatusAndSort: false,
        hidden: view !== "overzicht" ? { weergave: view } : {},
      }}
    />
  );
}
