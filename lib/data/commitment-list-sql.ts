// SQL for the commitment list, built from the validated filters. Pure (no Prisma, no server-only) so that the
// benchmark's bare pg server runs exactly the SQL the app runs.
import type { CommitmentFilters, CommitmentSort } from "@/lib/validation/commitment-filters";
import { INT4_MAX, isValidIsoDate } from "@/lib/validation/primitives";

export interface SqlQuery {
  text: string;
  values: unknown[];
}

/** Outstanding statuses: these can become overdue. */
export const OUTSTANDING_STATUSES = ["open", "partially_fulfilled"] as const;

export const COMMITMENT_COLUMNS = `
  c.id, c.number, c.title, c.text, c.status::text AS status,
  c.deadline_phrase, to_char(c.deadline_earliest, 'YYYY-MM-DD') AS deadline_earliest,
  to_char(c.deadline_latest, 'YYYY-MM-DD') AS deadline_latest, c.deadline_precision::text AS deadline_precision,
  to_char(c.made_on, 'YYYY-MM-DD') AS made_on, to_char(c.fulfilled_on, 'YYYY-MM-DD') AS fulfilled_on, c.activity, c.committee, c.addressee, c.version,
  c.created_at, c.updated_at,
  m.id AS minister_id, m.name AS minister_name, m.function AS minister_function,
  mi.code AS ministry_code, mi.name AS ministry_name`;

// References and dossiers come along as JSON in the same statement: one round trip and one plan per request.
export const COMMITMENT_RELATIONS = `
  (SELECT coalesce(json_agg(json_build_object('id', d.id, 'label', d.label, 'url', d.url, 'role', cr.role, 'title', d.title,
            'date', to_char(d.date, 'YYYY-MM-DD'))
          ORDER BY CASE cr.role WHEN 'source' THEN 0 WHEN 'fulfilment' THEN 1 ELSE 2 END, d.date NULLS LAST, d.id), '[]'::json)
     FROM commitment_reference cr JOIN document d ON d.id = cr.document_id WHERE cr.commitment_id = c.id) AS refs,
  (SELECT coalesce(json_agg(json_build_object('nummer', ds.nummer, 'toevoeging', ds.toevoeging, 'title', ds.title)
          ORDER BY ds.nummer, ds.toevoeging), '[]'::json)
     FROM commitment_dossier cd JOIN dossier ds ON ds.id = cd.dossier_id WHERE cd.commitment_id = c.id) AS dossiers`;

export const COMMITMENT_FROM = `
  FROM commitment c
  JOIN minister m ON m.id = c.minister_id
  JOIN ministry mi ON mi.id = c.ministry_id`;

interface Cursor {
  /** keyset: last row's sort value (null = sorted-last nulls) and id */
  v?: string | null;
  id?: number;
  /** offset, for relevance order where a keyset on floating ranks would be fragile */
  o?: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export class InvalidCursorError extends Error {}

const MAX_CURSOR_OFFSET = 10_000_000;

export function decodeCursor(raw: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Cursor;
    const okKeyset =
      Number.isSafeInteger(value.id) && value.id! > 0 && value.id! <= INT4_MAX && (value.v === null || typeof value.v === "string") && value.o === undefined;
    const okOffset = Number.isSafeInteger(value.o) && value.o! >= 0 && value.o! <= MAX_CURSOR_OFFSET && value.id === undefined;
    if (okKeyset || okOffset) return value;
  } catch {
    // fall through
  }
  throw new InvalidCursorError("cursor is ongeldig of verlopen; begin opnieuw zonder cursor");
}

/** A keyset value must be of the sort column's type: a tampered cursor is a client error, never a database error. */
function checkCursorValue(spec: SortSpec, cursor: Cursor): void {
  if (cursor.id === undefined) throw new InvalidCursorError("cursor hoort bij een andere sortering; begin opnieuw zonder cursor");
  if (cursor.v === null || cursor.v === undefined) return;
  const ok = spec.cast === "date" ? isValidIsoDate(cursor.v) : cursor.v.length <= 40;
  if (!ok) throw new InvalidCursorError("cursor is ongeldig of verlopen; begin opnieuw zonder cursor");
}

class Params {
  values: unknown[] = [];
  constructor(private readonly first = 1) {}
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.first + this.values.length - 1}`;
  }
}

/**
 * The list filters as a WHERE clause over `c` (commitment), `m` (minister) and `mi` (ministry), for other queries
 * (dashboard, exports, feeds) that must select exactly what the list selects. Placeholders start at `firstParam`.
 */
export function buildCommitmentWhere(filters: CommitmentFilters, today: string, firstParam = 1): { sql: string; values: unknown[]; nextParam: number } {
  const p = new Params(firstParam);
  const sql = whereClause(filters, today, p);
  return { sql, values: p.values, nextParam: firstParam + p.values.length };
}

function whereClause(filters: CommitmentFilters, today: string, p: Params): string {
  const where: string[] = [];
  if (filters.q) where.push(`c.search_vector @@ websearch_to_tsquery('dutch', ${p.add(filters.q)})`);
  if (filters.status?.length) {
    const stored = filters.status.filter((s) => s !== "overdue");
    const parts: string[] = [];
    // Compared as the enum, not as text: that keeps the status indexes and the planner's estimates usable.
    if (stored.length) parts.push(`c.status = ANY(${p.add(stored)}::commitment_status[])`);
    if (filters.status.includes("overdue")) {
      parts.push(`(c.status = ANY(${p.add([...OUTSTANDING_STATUSES])}::commitment_status[]) AND c.deadline_latest < ${p.add(today)}::date)`);
    }
    where.push(`(${parts.join(" OR ")})`);
  }
  if (filters.ministry?.length) where.push(`mi.code = ANY(${p.add(filters.ministry)}::text[])`);
  if (filters.minister?.length) where.push(`c.minister_id = ANY(${p.add(filters.minister)}::int[])`);
  if (filters.dossier?.length) {
    where.push(`EXISTS (SELECT 1 FROM commitment_dossier cd JOIN dossier d ON d.id = cd.dossier_id
      WHERE cd.commitment_id = c.id
        AND d.nummer || CASE WHEN d.toevoeging = '' THEN '' ELSE '-' || d.toevoeging END = ANY(${p.add(filters.dossier)}::text[]))`);
  }
  if (filters.deadlineFrom) where.push(`c.deadline_latest >= ${p.add(filters.deadlineFrom)}::date`);
  if (filters.deadlineTo) where.push(`c.deadline_latest <= ${p.add(filters.deadlineTo)}::date`);
  return where.length ? `WHERE ${where.join("\n  AND ")}` : "";
}

interface SortSpec {
  column: string;
  /** how the cursor value is compared back */
  cast: string;
  desc: boolean;
}

const SORT_SPECS: Record<Exclude<CommitmentSort, "relevance">, SortSpec> = {
  deadline: { column: "c.deadline_latest", cast: "date", desc: false },
  "-deadline": { column: "c.deadline_latest", cast: "date", desc: true },
  made: { column: "c.made_on", cast: "date", desc: false },
  "-made": { column: "c.made_on", cast: "date", desc: true },
  number: { column: "c.number", cast: "text", desc: false },
  "-number": { column: "c.number", cast: "text", desc: true },
};

export function effectiveSort(filters: CommitmentFilters): CommitmentSort {
  if (filters.sort === "relevance" && !filters.q) return "deadline";
  return filters.sort ?? (filters.q ? "relevance" : "deadline");
}

function keysetCondition(spec: SortSpec, cursor: Cursor, p: Params): string {
  const op = spec.desc ? "<" : ">";
  const id = p.add(cursor.id);
  // NULLS LAST in both directions: null values come after every non-null value.
  if (cursor.v === null || cursor.v === undefined) return `(${spec.column} IS NULL AND c.id ${op} ${id})`;
  const v = p.add(cursor.v);
  return `(${spec.column} ${op} ${v}::${spec.cast} OR (${spec.column} = ${v}::${spec.cast} AND c.id ${op} ${id}) OR ${spec.column} IS NULL)`;
}

export interface ListQueryOptions {
  limit: number;
  /** page-based paging (the web list) */
  offset?: number;
  /** cursor-based paging (the API) */
  cursor?: string;
}

/** The list query; selects one row more than `limit` so the caller can tell whether another page follows. */
export function buildCommitmentListQuery(filters: CommitmentFilters, today: string, options: ListQueryOptions): SqlQuery & { sortValueColumn: string | null } {
  const p = new Params();
  let where = whereClause(filters, today, p);
  const sort = effectiveSort(filters);
  const cursor = options.cursor ? decodeCursor(options.cursor) : undefined;
  let offset = options.offset ?? 0;
  let order: string;
  let rank = "";
  let sortValueColumn: string | null = null;
  if (sort === "relevance") {
    rank = `, ts_rank(c.search_vector, websearch_to_tsquery('dutch', ${p.add(filters.q)})) AS rank`;
    order = "rank DESC, c.id DESC";
    if (cursor) {
      if (cursor.o === undefined) throw new InvalidCursorError("cursor hoort bij een andere sortering; begin opnieuw zonder cursor");
      offset = cursor.o;
    }
  } else {
    const spec = SORT_SPECS[sort];
    const dir = spec.desc ? "DESC" : "ASC";
    order = `${spec.column} ${dir} NULLS LAST, c.id ${dir}`;
    sortValueColumn = spec.column === "c.number" ? "number" : spec.column === "c.made_on" ? "made_on" : "deadline_latest";
    if (cursor) {
      checkCursorValue(spec, cursor);
      const cond = keysetCondition(spec, cursor, p);
      where = where ? `${where}\n  AND ${cond}` : `WHERE ${cond}`;
    }
  }
  // Order and limit on ids alone, then fetch columns and relations for just that page: ranking or sorting never
  // drags whole rows (texts, joins) through the sort.
  const pageOrder = sort === "relevance" ? "page.rank DESC, c.id DESC" : order;
  const text = `SELECT ${COMMITMENT_COLUMNS},${COMMITMENT_RELATIONS}${sort === "relevance" ? ", page.rank" : ""}
FROM (SELECT c.id${rank}
${COMMITMENT_FROM}
${where}
ORDER BY ${order}
LIMIT ${p.add(options.limit + 1)} OFFSET ${p.add(offset)}) page
JOIN commitment c ON c.id = page.id
JOIN minister m ON m.id = c.minister_id
JOIN ministry mi ON mi.id = c.ministry_id
ORDER BY ${pageOrder}`;
  return { text, values: p.values, sortValueColumn };
}

export function buildCommitmentCountQuery(filters: CommitmentFilters, today: string): SqlQuery {
  const p = new Params();
  const where = whereClause(filters, today, p);
  return { text: `SELECT count(*)::int AS total ${COMMITMENT_FROM}\n${where}`, values: p.values };
}

export function buildCommitmentByNumberQuery(number: string): SqlQuery {
  return { text: `SELECT ${COMMITMENT_COLUMNS},${COMMITMENT_RELATIONS} ${COMMITMENT_FROM} WHERE c.number = $1`, values: [number] };
}

export function buildCommitmentsCitingQuery(documentId: string): SqlQuery {
  return {
    text: `SELECT ${COMMITMENT_COLUMNS},${COMMITMENT_RELATIONS} ${COMMITMENT_FROM}
WHERE c.id IN (SELECT commitment_id FROM commitment_reference WHERE document_id = $1)
ORDER BY c.number`,
    values: [documentId],
  };
}
