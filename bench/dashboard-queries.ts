// The database work of one request for the dashboard (/overzicht, the default "overzicht" view), as plain SQL for the
// bare server and the EXPLAIN step: the same statements, in the same three rounds, as app/(beheer)/overzicht/page.tsx
// and lib/data/dashboard.ts (which is server-only, so it cannot be imported here):
//   1. the signed-in user (requireUser → getActiveUser; Prisma in the app, the equivalent SELECT here);
//   2. the filter form's options (listFilterOptions, listDossiers), three queries side by side;
//   3. the six sections' eight queries (lib/data/dashboard-sql.ts builders), side by side.
// Keep in step with those files, or the bare server measures a different workload.
import type { SqlQuery } from "@/lib/data/commitment-list-sql";
import * as sql from "@/lib/data/dashboard-sql";
import { addDays } from "@/lib/dashboard/calendar";
import { fillMonthBuckets, type MonthCount } from "@/lib/dashboard/month-buckets";
import type { DashboardFilters } from "@/lib/dashboard/params";
import { monthWindow } from "@/lib/dashboard/window";
import type { RunQuery } from "./bare-queries";

// As in lib/data/dashboard.ts.
const OVERDUE_LIST_SIZE = 20;
const DUE_SOON_LIST_SIZE = 10;
const DUE_SOON_DAYS = { near: 30, far: 90 } as const;

export type NamedQuery = [name: string, query: SqlQuery];

/** Round 1 and 2: what the page itself reads before its sections start. */
export function pageQueries(userId: string): { user: NamedQuery; options: NamedQuery[] } {
  return {
    user: [
      "user",
      {
        text: `SELECT u.id, u.name, u.email, u.role::text AS role, u.disabled, mi.code AS ministry_code, mi.name AS ministry_name
FROM app_user u LEFT JOIN ministry mi ON mi.id = u.ministry_id
WHERE u.id = $1`,
        values: [userId],
      },
    ],
    options: [
      ["ministries", { text: "SELECT code, name FROM ministry ORDER BY name", values: [] }],
      ["ministers", { text: "SELECT id, name, function FROM minister ORDER BY name", values: [] }],
    ],
  };
}

/** Round 3: the queries of the six sections of the "overzicht" view, in the page's order. */
export function sectionQueries(filters: DashboardFilters, today: string): NamedQuery[] {
  const window = monthWindow(today, filters);
  return [
    ["status counts", sql.statusCountsQuery(filters, today)],
    ["overdue list", sql.overdueListQuery(filters, today, OVERDUE_LIST_SIZE)],
    ["overdue count", sql.overdueCountQuery(filters, today)],
    ["due soon counts", sql.dueSoonCountsQuery(filters, today, addDays(today, DUE_SOON_DAYS.near), addDays(today, DUE_SOON_DAYS.far))],
    ["due soon list", sql.dueSoonListQuery(filters, today, addDays(today, DUE_SOON_DAYS.far), DUE_SOON_LIST_SIZE)],
    ["months", sql.deadlineMonthsQuery(filters, today, window.start, window.end)],
    ["per ministry", sql.breakdownQuery(filters, today, "ministry")],
    ["per minister", sql.breakdownQuery(filters, today, "minister")],
  ];
}

/**
 * One dashboard request on the bare server: the three rounds, each round's queries in parallel, and the rows as
 * JSON (lightly shaped, no HTML). Null when the user does not exist or is disabled (the app redirects to /login).
 */
export async function dashboardData(query: RunQuery, userId: string, filters: DashboardFilters, today: string): Promise<Record<string, unknown> | null> {
  const page = pageQueries(userId);
  const [user] = await query<{ disabled: boolean }>(page.user[1]);
  if (!user || user.disabled) return null;
  const [ministries, ministers] = await Promise.all(page.options.map(([, q]) => query(q)));
  const rows = await Promise.all(sectionQueries(filters, today).map(([, q]) => query<Record<string, unknown>>(q)));
  const [counts, overdueList, overdueCount, dueSoonCounts, dueSoonList, months, perMinistry, perMinister] = rows;
  const window = monthWindow(today, filters);
  return {
    user,
    options: { ministries, ministers },
    counts,
    overdue: { items: overdueList, total: overdueCount?.[0]?.count ?? 0 },
    dueSoon: { today, ...dueSoonCounts?.[0], items: dueSoonList },
    months: { window, buckets: fillMonthBuckets(window.months, (months ?? []) as unknown as MonthCount[], today) },
    perMinistry,
    perMinister,
  };
}
