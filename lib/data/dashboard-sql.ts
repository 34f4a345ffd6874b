// SQL for the managers' dashboard (/overzicht), one query per section, built on the public list's filter conditions.
// Pure (no Prisma, no server-only), like ./commitment-list-sql.ts, so bench/dashboard-sql.ts measures exactly the
// SQL the app runs.
//
// Statuses are compared as enum literals (c.status IN ('open', …)), not as text: that lets PostgreSQL use the
// (status, deadline_latest) index. The ministry is joined only when a filter needs it (the list's conditions name it
// `mi`): PostgreSQL 15 can drop an unused LEFT JOIN, but then still reads ministry_id from the table, which rules out
// an index-only scan, and the counts over the whole register are only fast as index-only scans.
import type { DashboardFilters } from "@/lib/dashboard/params";
import type { SqlQuery } from "./commitment-list-sql";
import { buildCommitmentWhere } from "./dashboard-where";

/** Open or partially fulfilled: these can become overdue. Literal SQL, no user input. */
export const OUTSTANDING = `c.status IN ('open', 'partially_fulfilled')`;

/** For the lists, which show ministry and minister. */
const FROM_WITH_NAMES = `FROM commitment c
JOIN ministry mi ON mi.id = c.ministry_id
JOIN minister m ON m.id = c.minister_id`;

/** Columns of a commitment in the dashboard's lists. */
const ITEM_COLUMNS = `c.number, c.title, c.status::text AS status, c.deadline_phrase,
  to_char(c.deadline_earliest, 'YYYY-MM-DD') AS deadline_earliest, to_char(c.deadline_latest, 'YYYY-MM-DD') AS deadline_latest,
  mi.code AS ministry_code, mi.name AS ministry_name, m.name AS minister_name`;

/** The filters' conditions plus the section's own, with parameters numbered after the filters' ones. */
class Query {
  readonly values: unknown[];
  private readonly conditions: string[];
  private next: number;

  constructor(filters: DashboardFilters, today: string) {
    const where = buildCommitmentWhere(filters, today);
    if (where.values.length !== where.nextParam - 1) throw new Error("buildCommitmentWhere: nextParam past its values");
    this.values = [...where.values];
    this.next = where.nextParam;
    const own = where.sql.trim().replace(/^WHERE\s+/i, "");
    this.conditions = own ? [own] : [];
  }

  /** The commitments, with the ministry joined only when a condition refers to it. */
  get from(): string {
    return this.conditions.some((c) => /\bmi\./.test(c)) ? `FROM commitment c\nJOIN ministry mi ON mi.id = c.ministry_id` : "FROM commitment c";
  }

  /** A parameter placeholder for `value`. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.next++}`;
  }

  and(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  get where(): string {
    return this.whereWith();
  }

  /** The WHERE clause with extra conditions for one branch of a query, leaving this query's own as they are. */
  whereWith(...extra: string[]): string {
    const all = [...this.conditions, ...extra];
    return all.length ? `WHERE ${all.map((c) => `(${c})`).join("\n  AND ")}` : "";
  }

  build(text: (q: this) => string): SqlQuery {
    return { text: text(this), values: this.values };
  }
}

/** Rows per stored status, with how many of them are past their latest deadline (overdue, for outstanding ones). */
export function statusCountsQuery(filters: DashboardFilters, today: string): SqlQuery {
  const q = new Query(filters, today);
  const t = q.add(today);
  return q.build(
    (q) => `SELECT c.status::text AS status, count(*)::int AS count,
  count(*) FILTER (WHERE c.deadline_latest < ${t}::date)::int AS past_deadline
${q.from}
${q.where}
GROUP BY c.status`,
  );
}

/** Outstanding commitments past their latest deadline, most overdue first. */
export function overdueListQuery(filters: DashboardFilters, today: string, limit: number): SqlQuery {
  const q = new Query(filters, today);
  const t = q.add(today);
  q.and(OUTSTANDING).and(`c.deadline_latest < ${t}::date`);
  return q.build(
    (q) => `SELECT ${ITEM_COLUMNS}, (${t}::date - c.deadline_latest) AS days
${FROM_WITH_NAMES}
${q.where}
ORDER BY c.deadline_latest, c.id
LIMIT ${q.add(limit)}`,
  );
}

export function overdueCountQuery(filters: DashboardFilters, today: string): SqlQuery {
  const q = new Query(filters, today);
  q.and(OUTSTANDING).and(`c.deadline_latest < ${q.add(today)}::date`);
  return q.build((q) => `SELECT count(*)::int AS count\n${q.from}\n${q.where}`);
}

function dueSoon(filters: DashboardFilters, today: string, until: string): { q: Query; t: string } {
  const q = new Query(filters, today);
  const t = q.add(today);
  q.and(OUTSTANDING).and(`c.deadline_latest BETWEEN ${t}::date AND ${q.add(until)}::date`);
  return { q, t };
}

/** Outstanding commitments whose latest deadline lies from today up to and including `nearUntil` / `farUntil`. */
export function dueSoonCountsQuery(filters: DashboardFilters, today: string, nearUntil: string, farUntil: string): SqlQuery {
  const { q } = dueSoon(filters, today, farUntil);
  const near = q.add(nearUntil);
  return q.build(
    (q) => `SELECT count(*) FILTER (WHERE c.deadline_latest <= ${near}::date)::int AS near, count(*)::int AS far
${q.from}
${q.where}`,
  );
}

/** The first `limit` outstanding commitments due from today up to and including `until`, soonest first. */
export function dueSoonListQuery(filters: DashboardFilters, today: string, until: string, limit: number): SqlQuery {
  const { q, t } = dueSoon(filters, today, until);
  return q.build(
    (q) => `SELECT ${ITEM_COLUMNS}, (c.deadline_latest - ${t}::date) AS days
${FROM_WITH_NAMES}
${q.where}
ORDER BY c.deadline_latest, c.id
LIMIT ${q.add(limit)}`,
  );
}

export type BreakdownKind = "ministry" | "minister";

/**
 * Per ministry or minister: outstanding, overdue, fulfilled, and the on-time counts — fulfilled with both a latest
 * deadline and a fulfilment date ("measured"), and of those fulfilled on or before the latest deadline.
 */
export function breakdownQuery(filters: DashboardFilters, today: string, by: BreakdownKind): SqlQuery {
  const q = new Query(filters, today);
  const t = q.add(today);
  // Counted per id first and named afterwards: joining 12 ministries or 40 ministers to a handful of groups is
  // cheaper than to every commitment, and the count itself can then run on an index alone.
  const outer =
    by === "ministry"
      ? { key: "c.ministry_id", select: "g.code AS key, g.name AS name, NULL::text AS detail", join: "JOIN ministry g ON g.id = a.id" }
      : { key: "c.minister_id", select: "g.id::text AS key, g.name AS name, g.function AS detail", join: "JOIN minister g ON g.id = a.id" };
  return q.build(
    (q) => `SELECT ${outer.select}, a.outstanding, a.overdue, a.fulfilled, a.measured, a.on_time
FROM (
  SELECT ${outer.key} AS id,
    count(*) FILTER (WHERE ${OUTSTANDING})::int AS outstanding,
    count(*) FILTER (WHERE ${OUTSTANDING} AND c.deadline_latest < ${t}::date)::int AS overdue,
    count(*) FILTER (WHERE c.status = 'fulfilled')::int AS fulfilled,
    count(*) FILTER (WHERE c.status = 'fulfilled' AND c.deadline_latest IS NOT NULL AND c.fulfilled_on IS NOT NULL)::int AS measured,
    count(*) FILTER (WHERE c.status = 'fulfilled' AND c.fulfilled_on <= c.deadline_latest)::int AS on_time
  ${q.from.replace(/\n/g, "\n  ")}
  ${q.where.replace(/\n/g, "\n  ")}
  GROUP BY ${outer.key}
) a
${outer.join}
ORDER BY a.overdue DESC, a.outstanding DESC, g.name, key`,
  );
}

/** Latest deadlines per month in [start, end]: outstanding and fulfilled (lapsed and withdrawn are left out). */
export function deadlineMonthsQuery(filters: DashboardFilters, today: string, start: string, end: string): SqlQuery {
  const q = new Query(filters, today);
  q.and(`c.deadline_latest BETWEEN ${q.add(start)}::date AND ${q.add(end)}::date`);
  q.and(`c.status IN ('open', 'partially_fulfilled', 'fulfilled')`);
  return q.build(
    (q) => `SELECT to_char(c.deadline_latest, 'YYYY-MM') AS month,
  count(*) FILTER (WHERE ${OUTSTANDING})::int AS outstanding,
  count(*) FILTER (WHERE c.status = 'fulfilled')::int AS fulfilled
${q.from}
${q.where}
GROUP BY 1
ORDER BY 1`,
  );
}

/**
 * Outstanding commitments whose deadline range [earliest, latest] meets the window [start, end], as two branches
 * that each scan one range of the (status, deadline_latest) index: those with a latest deadline from the window's
 * start on, and the open-ended ones (no latest deadline, an earliest one by the window's end). A range without
 * either date cannot be placed, and is in neither.
 */
function windowBranches(q: Query, start: string, end: string): { dated: string[]; openEnded: string[] } {
  const s = q.add(start);
  const e = q.add(end);
  return {
    dated: [OUTSTANDING, `c.deadline_latest >= ${s}::date`, `c.deadline_earliest <= ${e}::date OR c.deadline_earliest IS NULL`],
    openEnded: [OUTSTANDING, `c.deadline_latest IS NULL`, `c.deadline_earliest <= ${e}::date`],
  };
}

/** More ministries than the Netherlands has ever had: the timeline shows bars of at most this many. */
export const TIMELINE_MAX_MINISTRIES = 30;

/**
 * The timeline's bars: per ministry the first `perMinistry` outstanding commitments in the window, by latest
 * deadline (open-ended last), with how many the ministry has in the window.
 */
export function timelineQuery(filters: DashboardFilters, today: string, start: string, end: string, perMinistry: number): SqlQuery {
  const q = new Query(filters, today);
  const branch = windowBranches(q, start, end);
  // Ranked on the narrow columns first (an index-only scan with the dashboard index), the text fetched afterwards
  // for the few rows shown. The LIMIT is what tells the planner they are few: it cannot estimate `rank <= n` and
  // would otherwise hash-join the whole table to fetch them.
  const n = q.add(perMinistry);
  const indent = (sql: string) => sql.replace(/\n/g, "\n      ");
  return q.build(
    (q) => `SELECT ${ITEM_COLUMNS}, r.rank, r.in_ministry
FROM (
  SELECT id, rank, in_ministry FROM (
    SELECT c.id,
      row_number() OVER (PARTITION BY c.ministry_id ORDER BY c.deadline_latest NULLS LAST, c.deadline_earliest NULLS FIRST, c.id)::int AS rank,
      count(*) OVER (PARTITION BY c.ministry_id)::int AS in_ministry
    FROM (
      SELECT c.id, c.ministry_id, c.deadline_latest, c.deadline_earliest
      ${indent(q.from)}
      ${indent(q.whereWith(...branch.dated))}
      UNION ALL
      SELECT c.id, c.ministry_id, c.deadline_latest, c.deadline_earliest
      ${indent(q.from)}
      ${indent(q.whereWith(...branch.openEnded))}
    ) c
  ) ranked
  WHERE rank <= ${n}
  LIMIT ${n} * ${TIMELINE_MAX_MINISTRIES}
) r
JOIN commitment c ON c.id = r.id
JOIN ministry mi ON mi.id = c.ministry_id
JOIN minister m ON m.id = c.minister_id
ORDER BY mi.name, r.rank`,
  );
}

/** For the timeline's caption: outstanding in all, in the window, and without any deadline date. */
export function timelineSummaryQuery(filters: DashboardFilters, today: string, start: string, end: string): SqlQuery {
  const q = new Query(filters, today);
  const branch = windowBranches(q, start, end);
  const count = (...conditions: string[]) => `(SELECT count(*)::int ${q.from} ${q.whereWith(...conditions)})`;
  return q.build(
    () => `SELECT ${count(OUTSTANDING)} AS outstanding,
  ${count(OUTSTANDING, "c.deadline_latest IS NULL", "c.deadline_earliest IS NULL")} AS undated,
  ${count(...branch.dated)} + ${count(...branch.openEnded)} AS in_window`,
  );
}
