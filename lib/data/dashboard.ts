import "server-only";
import { cachedUntilChange } from "./register-cache";
// The managers' dashboard (/overzicht): one function per section, each a single round trip (or two in parallel),
// so the page can stream every section as soon as its own numbers are in. Everything here is public register
// data; the page decides who may see the dashboard.
import { db } from "@/lib/db";
import { addDays } from "@/lib/dashboard/calendar";
import { fillMonthBuckets, type MonthBucket, type MonthCount } from "@/lib/dashboard/month-buckets";
import type { DashboardFilters } from "@/lib/dashboard/params";
import { monthWindow, type MonthWindow } from "@/lib/dashboard/window";
import { COMMITMENT_STATUSES, type CommitmentStatus } from "@/lib/commitment/status";
import { today as clockToday } from "./clock";
import type { SqlQuery } from "./commitment-list-sql";
import {
  breakdownQuery,
  deadlineMonthsQuery,
  dueSoonCountsQuery,
  dueSoonListQuery,
  overdueCountQuery,
  overdueListQuery,
  statusCountsQuery,
  timelineQuery,
  timelineSummaryQuery,
  type BreakdownKind,
} from "./dashboard-sql";

export const OVERDUE_LIST_SIZE = 20;
export const DUE_SOON_LIST_SIZE = 10;
export const DUE_SOON_DAYS = { near: 30, far: 90 } as const;
export const TIMELINE_PER_MINISTRY = 15;

async function query<T>(sql: SqlQuery): Promise<T[]> {
  return db().$queryRawUnsafe<T[]>(sql.text, ...sql.values);
}

export type StatusCounts = Record<CommitmentStatus, number> & {
  /** every commitment that matches the filters */
  total: number;
  /** open or partially fulfilled */
  outstanding: number;
  /** outstanding, latest deadline before today */
  overdue: number;
};

async function loadStatusCounts(filters: DashboardFilters): Promise<StatusCounts> {
  const rows = await query<{ status: CommitmentStatus; count: number; past_deadline: number }>(statusCountsQuery(filters, clockToday()));
  const counts = Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) as Record<CommitmentStatus, number>;
  let overdue = 0;
  for (const row of rows) {
    counts[row.status] = row.count;
    if (row.status === "open" || row.status === "partially_fulfilled") overdue += row.past_deadline;
  }
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return { ...counts, total, outstanding: counts.open + counts.partially_fulfilled, overdue };
}

/** A commitment in one of the dashboard's lists. */
export interface DashboardItem {
  number: string;
  title: string;
  status: CommitmentStatus;
  deadlinePhrase: string | null;
  earliest: string | null;
  latest: string | null;
  ministry: { code: string; name: string };
  ministerName: string;
}

interface ItemRow {
  number: string;
  title: string;
  status: CommitmentStatus;
  deadline_phrase: string | null;
  deadline_earliest: string | null;
  deadline_latest: string | null;
  ministry_code: string;
  ministry_name: string;
  minister_name: string;
}

function toItem(row: ItemRow): DashboardItem {
  return {
    number: row.number,
    title: row.title,
    status: row.status,
    deadlinePhrase: row.deadline_phrase,
    earliest: row.deadline_earliest,
    latest: row.deadline_latest,
    ministry: { code: row.ministry_code, name: row.ministry_name },
    ministerName: row.minister_name,
  };
}

export interface OverdueSection {
  /** most overdue first */
  items: Array<DashboardItem & { daysOverdue: number }>;
  total: number;
}

async function loadOverdue(filters: DashboardFilters, limit = OVERDUE_LIST_SIZE): Promise<OverdueSection> {
  const today = clockToday();
  const [rows, [count]] = await Promise.all([
    query<ItemRow & { days: number }>(overdueListQuery(filters, today, limit)),
    query<{ count: number }>(overdueCountQuery(filters, today)),
  ]);
  return { items: rows.map((r) => ({ ...toItem(r), daysOverdue: r.days })), total: count?.count ?? 0 };
}

export interface DueSoonSection {
  today: string;
  /** outstanding, latest deadline from today up to and including today + 30 days */
  near: number;
  /** the same up to today + 90 days (including the near ones) */
  far: number;
  /** the first ones due within 90 days, soonest first */
  items: Array<DashboardItem & { daysRemaining: number }>;
}

async function loadDueSoon(filters: DashboardFilters, limit = DUE_SOON_LIST_SIZE): Promise<DueSoonSection> {
  const today = clockToday();
  const nearUntil = addDays(today, DUE_SOON_DAYS.near);
  const farUntil = addDays(today, DUE_SOON_DAYS.far);
  const [[counts], rows] = await Promise.all([
    query<{ near: number; far: number }>(dueSoonCountsQuery(filters, today, nearUntil, farUntil)),
    query<ItemRow & { days: number }>(dueSoonListQuery(filters, today, farUntil, limit)),
  ]);
  return { today, near: counts?.near ?? 0, far: counts?.far ?? 0, items: rows.map((r) => ({ ...toItem(r), daysRemaining: r.days })) };
}

export interface BreakdownRow {
  /** ministry code or minister id */
  key: string;
  name: string;
  /** the minister's function; null for ministries */
  detail: string | null;
  outstanding: number;
  overdue: number;
  fulfilled: number;
  /** fulfilled with a latest deadline and a fulfilment date */
  measured: number;
  /** of those, fulfilled on or before the latest deadline */
  onTime: number;
}

/** Per ministry or per minister, most overdue first. Only those with a matching commitment appear. */
async function loadBreakdown(filters: DashboardFilters, by: BreakdownKind): Promise<BreakdownRow[]> {
  const rows = await query<Omit<BreakdownRow, "onTime"> & { on_time: number }>(breakdownQuery(filters, clockToday(), by));
  return rows.map(({ on_time, ...row }) => ({ ...row, onTime: on_time }));
}

export interface DeadlineMonths {
  today: string;
  window: MonthWindow;
  buckets: MonthBucket[];
}

/** Latest deadlines per month over the window, outstanding and fulfilled. */
async function loadDeadlineMonths(filters: DashboardFilters): Promise<DeadlineMonths> {
  const today = clockToday();
  const window = monthWindow(today, filters);
  const rows = await query<MonthCount>(deadlineMonthsQuery(filters, today, window.start, window.end));
  return { today, window, buckets: fillMonthBuckets(window.months, rows, today) };
}

export interface TimelineGroup {
  ministry: { code: string; name: string };
  /** outstanding commitments of this ministry in the window; `items` holds the first of them */
  inWindow: number;
  items: DashboardItem[];
}

export interface Timeline {
  today: string;
  window: MonthWindow;
  groups: TimelineGroup[];
  /** outstanding commitments matching the filters, in all */
  outstanding: number;
  /** of those, with a deadline range that meets the window */
  inWindow: number;
  /** of those, without any deadline date ("op korte termijn"): they cannot be drawn */
  undated: number;
}

async function loadTimeline(filters: DashboardFilters, perMinistry = TIMELINE_PER_MINISTRY): Promise<Timeline> {
  const today = clockToday();
  const window = monthWindow(today, filters);
  const [rows, [summary]] = await Promise.all([
    query<ItemRow & { rank: number; in_ministry: number }>(timelineQuery(filters, today, window.start, window.end, perMinistry)),
    query<{ outstanding: number; undated: number; in_window: number }>(timelineSummaryQuery(filters, today, window.start, window.end)),
  ]);
  const groups: TimelineGroup[] = [];
  for (const row of rows) {
    let group = groups.at(-1);
    if (group?.ministry.code !== row.ministry_code) {
      group = { ministry: { code: row.ministry_code, name: row.ministry_name }, inWindow: row.in_ministry, items: [] };
      groups.push(group);
    }
    group.items.push(toItem(row));
  }
  return { today, window, groups, outstanding: summary?.outstanding ?? 0, inWindow: summary?.in_window ?? 0, undated: summary?.undated ?? 0 };
}

// Every section reads the whole register; its result is reused until the register changes (lib/data/register-cache).
export function getStatusCounts(filters: DashboardFilters): Promise<StatusCounts> {
  return cachedUntilChange(`status:${JSON.stringify(filters)}`, () => loadStatusCounts(filters));
}

export function getOverdue(filters: DashboardFilters, limit = OVERDUE_LIST_SIZE): Promise<OverdueSection> {
  return cachedUntilChange(`overdue:${limit}:${JSON.stringify(filters)}`, () => loadOverdue(filters, limit));
}

export function getDueSoon(filters: DashboardFilters, limit = DUE_SOON_LIST_SIZE): Promise<DueSoonSection> {
  return cachedUntilChange(`due:${limit}:${JSON.stringify(filters)}`, () => loadDueSoon(filters, limit));
}

export function getBreakdown(filters: DashboardFilters, by: BreakdownKind): Promise<BreakdownRow[]> {
  return cachedUntilChange(`breakdown:${by}:${JSON.stringify(filters)}`, () => loadBreakdown(filters, by));
}

export function getDeadlineMonths(filters: DashboardFilters): Promise<DeadlineMonths> {
  return cachedUntilChange(`months:${JSON.stringify(filters)}`, () => loadDeadlineMonths(filters));
}

export function getTimeline(filters: DashboardFilters, perMinistry = TIMELINE_PER_MINISTRY): Promise<Timeline> {
  return cachedUntilChange(`timeline:${perMinistry}:${JSON.stringify(filters)}`, () => loadTimeline(filters, perMinistry));
}
