import type { Metadata } from "next";
import { Suspense } from "react";
import { DashboardFilterForm } from "@/components/dashboard/dashboard-filter-form";
import { SectionSkeleton } from "@/components/dashboard/dashboard-section";
import { FilterSummary } from "@/components/dashboard/filter-summary";
import { ViewTabs } from "@/components/dashboard/view-tabs";
import { ErrorSummary } from "@/components/ui/error-summary";
import { isRole } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { today } from "@/lib/data/clock";
import { listFilterOptions } from "@/lib/data/reference-data";
import { parseDashboardParams } from "@/lib/dashboard/params";
import { BreakdownSection, CountsSection, DueSoonSection, MonthsSection, OverdueSection, SECTIONS, TimelineSection } from "./sections";
import "./print.css";

export const metadata: Metadata = { title: "Overzicht" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function queryString(params: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of [value ?? []].flat()) search.append(key, v);
  const query = search.toString();
  return query ? `?${query}` : "";
}

// Every signed-in role (editor, coordinator, admin) may see the dashboard: it shows register data that is public
// anyway, brought together for the people who keep the register up to date.
export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const user = await requireUser(`/overzicht${queryString(raw)}`);
  // Fails closed like every permission check: a role the register does not know sees nothing.
  if (!isRole(user.role)) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-2xl font-semibold">Overzicht</h1>
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-overdue">
          Onbekende rol &quot;{user.role}&quot;: geen rechten. Vraag een beheerder uw rol in te stellen.
        </p>
      </div>
    );
  }
  const parsed = parseDashboardParams(raw);
  const filterOptions = await listFilterOptions();

  if (!parsed.ok) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Overzicht</h1>
        <ErrorSummary title="Deze selectie klopt niet" errors={parsed.errors} />
        <p>
          <a href="/overzicht">Begin opnieuw met het hele register</a>
        </p>
      </div>
    );
  }
  const { filters, view, ignored } = parsed;
  // A new selection or view gets fresh skeletons rather than the old numbers under new filters.
  const key = `${view}:${JSON.stringify(filters)}`;

  return (
    <div className="tzr-dashboard space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">
          Overzicht <span className="hidden print:inline">· Toezeggingenregister</span>
        </h1>
        <FilterSummary filters={filters} options={filterOptions} today={today()} />
      </div>
      <DashboardFilterForm filters={filters} options={filterOptions} view={view} />
      {ignored.length ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 print:hidden">
          Het overzicht splitst zelf uit naar status; {ignored.join(", ")} uit de lijst {ignored.length === 1 ? "is" : "zijn"} hier niet toegepast.
        </p>
      ) : null}
      <ViewTabs filters={filters} view={view} />
      {view === "tijdlijn" ? (
        <Suspense key={key} fallback={<SectionSkeleton {...SECTIONS.timeline} rows={8} />}>
          <TimelineSection filters={filters} />
        </Suspense>
      ) : (
        <div className="space-y-8">
          <Suspense key={`${key}:counts`} fallback={<SectionSkeleton {...SECTIONS.counts} rows={2} />}>
            <CountsSection filters={filters} />
          </Suspense>
          <Suspense key={`${key}:overdue`} fallback={<SectionSkeleton {...SECTIONS.overdue} rows={6} />}>
            <OverdueSection filters={filters} />
          </Suspense>
          <Suspense key={`${key}:due`} fallback={<SectionSkeleton {...SECTIONS.dueSoon} rows={4} />}>
            <DueSoonSection filters={filters} />
          </Suspense>
          <Suspense key={`${key}:months`} fallback={<SectionSkeleton {...SECTIONS.months} rows={6} />}>
            <MonthsSection filters={filters} />
          </Suspense>
          <Suspense key={`${key}:ministries`} fallback={<SectionSkeleton {...SECTIONS.ministries} rows={4} />}>
            <BreakdownSection filters={filters} by="ministry" />
          </Suspense>
          <Suspense key={`${key}:ministers`} fallback={<SectionSkeleton {...SECTIONS.ministers} rows={4} />}>
            <BreakdownSection filters={filters} by="minister" />
          </Suspense>
        </div>
      )}
    </div>
  );
}
