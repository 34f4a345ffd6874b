// The dashboard's sections: each an async server component with its own query, so the page streams each one in
// (inside its own <Suspense>) as soon as its numbers are there, and the queries run side by side.
import { BreakdownTable } from "@/components/dashboard/breakdown-table";
import { DashboardSection } from "@/components/dashboard/dashboard-section";
import { DeadlineMonths } from "@/components/dashboard/deadline-months";
import { DueSoon } from "@/components/dashboard/due-soon";
import { OverdueTable } from "@/components/dashboard/overdue-table";
import { StatusCounts } from "@/components/dashboard/status-counts";
import { Timeline } from "@/components/dashboard/timeline";
import {
  DUE_SOON_DAYS,
  DUE_SOON_LIST_SIZE,
  OVERDUE_LIST_SIZE,
  getBreakdown,
  getDeadlineMonths,
  getDueSoon,
  getOverdue,
  getStatusCounts,
  getTimeline,
} from "@/lib/data/dashboard";
import type { DashboardFilters } from "@/lib/dashboard/params";

type Props = { filters: DashboardFilters };

export const SECTIONS = {
  counts: { id: "aantallen", title: "Aantallen per status" },
  overdue: {
    id: "over-de-termijn",
    title: "Over de termijn",
    intro: `Openstaande toezeggingen waarvan de uiterste termijn is verstreken, meest verlopen eerst (ten hoogste ${OVERDUE_LIST_SIZE}).`,
  },
  dueSoon: {
    id: "binnenkort",
    title: "Binnenkort",
    intro: `Openstaande toezeggingen met een uiterste termijn vanaf vandaag tot en met ${DUE_SOON_DAYS.near} en ${DUE_SOON_DAYS.far} dagen; de eerstvolgende ${DUE_SOON_LIST_SIZE}.`,
  },
  months: {
    id: "per-maand",
    title: "Uiterste termijnen per maand",
    intro: "Toezeggingen naar de maand van hun uiterste termijn: nog openstaand of nagekomen.",
  },
  ministries: { id: "per-ministerie", title: "Per ministerie" },
  ministers: { id: "per-bewindspersoon", title: "Per bewindspersoon" },
  timeline: {
    id: "tijdlijn",
    title: "Tijdlijn",
    intro: "Openstaande toezeggingen als balk van hun vroegste tot hun uiterste termijn, per ministerie, de eerstvolgende eerst.",
  },
} as const;

export async function CountsSection({ filters }: Props) {
  const counts = await getStatusCounts(filters);
  return (
    <DashboardSection {...SECTIONS.counts} keepTogether>
      <StatusCounts counts={counts} filters={filters} />
    </DashboardSection>
  );
}

export async function OverdueSection({ filters }: Props) {
  const overdue = await getOverdue(filters);
  return (
    <DashboardSection {...SECTIONS.overdue}>
      <OverdueTable overdue={overdue} filters={filters} />
    </DashboardSection>
  );
}

export async function DueSoonSection({ filters }: Props) {
  const due = await getDueSoon(filters);
  return (
    <DashboardSection {...SECTIONS.dueSoon}>
      <DueSoon due={due} filters={filters} days={DUE_SOON_DAYS} />
    </DashboardSection>
  );
}

export async function MonthsSection({ filters }: Props) {
  const months = await getDeadlineMonths(filters);
  return (
    <DashboardSection {...SECTIONS.months} keepTogether>
      <DeadlineMonths months={months} />
    </DashboardSection>
  );
}

export async function BreakdownSection({ filters, by }: Props & { by: "ministry" | "minister" }) {
  const rows = await getBreakdown(filters, by);
  const section = by === "ministry" ? SECTIONS.ministries : SECTIONS.ministers;
  return (
    <DashboardSection {...section}>
      <BreakdownTable rows={rows} kind={by} filters={filters} footnoteId={`${section.id}-op-tijd`} />
    </DashboardSection>
  );
}

export async function TimelineSection({ filters }: Props) {
  const timeline = await getTimeline(filters);
  return (
    <DashboardSection {...SECTIONS.timeline}>
      <Timeline timeline={timeline} filters={filters} />
    </DashboardSection>
  );
}
