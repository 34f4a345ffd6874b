import "server-only";
import { db, type Tx } from "@/lib/db";
import type { CommitmentFilters } from "@/lib/validation/commitment-filters";
import { DEFAULT_LIMIT } from "@/lib/validation/commitment-filters";
import { today as clockToday } from "./clock";
import {
  buildCommitmentByNumberQuery,
  buildCommitmentCountQuery,
  buildCommitmentListQuery,
  buildCommitmentsCitingQuery,
  encodeCursor,
  effectiveSort,
} from "./commitment-list-sql";
import type { CommitmentRow, CommitmentView } from "./commitment-view";
import { toCommitmentView } from "./commitment-view";
import { cachedUntilChange } from "./register-cache";

async function query<T>(sql: { text: string; values: unknown[] }, client: Pick<Tx, "$queryRawUnsafe"> = db()): Promise<T[]> {
  return client.$queryRawUnsafe<T[]>(sql.text, ...sql.values);
}

export interface CommitmentPage {
  items: CommitmentView[];
  /** total matching (page-based listing only) */
  total: number | null;
  nextCursor: string | null;
  hasMore: boolean;
}

/** The public list: page-based (web) when `page` is given, cursor-based (API) otherwise. */
export async function listCommitments(filters: CommitmentFilters, options: { withTotal?: boolean } = {}): Promise<CommitmentPage> {
  const today = clockToday();
  const limit = filters.limit ?? DEFAULT_LIMIT;
  const offset = filters.page ? (filters.page - 1) * limit : undefined;
  const listSql = buildCommitmentListQuery(filters, today, { limit, offset, cursor: filters.cursor });
  const [rows, count] = await Promise.all([
    query<CommitmentRow & { rank?: number }>(listSql),
    options.withTotal ? countCommitments(filters, today) : Promise.resolve(null),
  ]);
  const hasMore = rows.length > limit;
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  let nextCursor: string | null = null;
  if (hasMore && last) {
    if (effectiveSort(filters) === "relevance") {
      const start = filters.cursor ? (offset ?? 0) : 0;
      nextCursor = encodeCursor({ o: start + (offsetFromCursor(filters.cursor) ?? 0) + limit });
    } else {
      const column = listSql.sortValueColumn as keyof CommitmentRow;
      nextCursor = encodeCursor({ v: (last[column] as string | null) ?? null, id: last.id });
    }
  }
  return { items: pageRows.map((row) => toCommitmentView(row, today)), total: count, nextCursor, hasMore };
}

/**
 * How many commitments match, whatever the page, sort or cursor: a count over the whole register (87 ms at
 * 100,000 rows), so it is kept until the register changes (lib/data/register-cache), not run on every request.
 */
function countCommitments(filters: CommitmentFilters, today: string): Promise<number> {
  const { page: _page, limit: _limit, cursor: _cursor, sort: _sort, ...selection } = filters;
  return cachedUntilChange(`total:${JSON.stringify(selection)}`, async () => {
    const [row] = await query<{ total: number }>(buildCommitmentCountQuery(selection, today));
    return row?.total ?? 0;
  });
}

function offsetFromCursor(cursor: string | undefined): number | undefined {
  if (!cursor) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { o?: number };
    return parsed.o;
  } catch {
    return undefined;
  }
}

/** One commitment as the pages show it; inside a transaction pass `tx`, so it reads what the transaction sees. */
export async function getCommitment(number: string, tx?: Tx): Promise<CommitmentView | null> {
  const [row] = await query<CommitmentRow>(buildCommitmentByNumberQuery(number), tx);
  return row ? toCommitmentView(row, clockToday()) : null;
}

export async function getCommitmentsCitingDocument(documentId: string): Promise<CommitmentView[]> {
  const today = clockToday();
  return (await query<CommitmentRow>(buildCommitmentsCitingQuery(documentId))).map((row) => toCommitmentView(row, today));
}
