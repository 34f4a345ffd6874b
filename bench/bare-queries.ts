// The app's data access for the three benchmarked endpoints (lib/data/commitments.ts listCommitments and
// getCommitment), redone over any query runner (a plain pg.Pool by default): the same SQL builders, the same single
// query per request and the same mapping to CommitmentView. Keep in step with lib/data/commitments.ts, or the
// comparison measures a different workload rather than the framework's overhead.
import type { SqlQuery } from "@/lib/data/commitment-list-sql";
import { buildCommitmentByNumberQuery, buildCommitmentListQuery, effectiveSort, encodeCursor } from "@/lib/data/commitment-list-sql";
import type { CommitmentRow, CommitmentView } from "@/lib/data/commitment-view";
import { toCommitmentView } from "@/lib/data/commitment-view";
import type { CommitmentFilters } from "@/lib/validation/commitment-filters";
import { DEFAULT_LIMIT } from "@/lib/validation/commitment-filters";

/** Runs one statement and returns its rows. */
export type RunQuery = <T>(sql: SqlQuery) => Promise<T[]>;

export interface BarePage {
  items: CommitmentView[];
  nextCursor: string | null;
}

/** listCommitments for the API (cursor paging, no total). */
export async function listPage(query: RunQuery, filters: CommitmentFilters, today: string): Promise<BarePage> {
  const limit = filters.limit ?? DEFAULT_LIMIT;
  const listSql = buildCommitmentListQuery(filters, today, { limit, cursor: filters.cursor });
  const rows = await query<CommitmentRow>(listSql);
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  let nextCursor: string | null = null;
  if (rows.length > limit && last) {
    if (effectiveSort(filters) === "relevance") {
      const current = filters.cursor ? (JSON.parse(Buffer.from(filters.cursor, "base64url").toString("utf8")) as { o?: number }).o : 0;
      nextCursor = encodeCursor({ o: (current ?? 0) + limit });
    } else {
      const column = listSql.sortValueColumn as keyof CommitmentRow;
      nextCursor = encodeCursor({ v: (last[column] as string | null) ?? null, id: last.id });
    }
  }
  return { items: pageRows.map((row) => toCommitmentView(row, today)), nextCursor };
}

export async function commitmentByNumber(query: RunQuery, number: string, today: string): Promise<CommitmentView | null> {
  const [row] = await query<CommitmentRow>(buildCommitmentByNumberQuery(number));
  return row ? toCommitmentView(row, today) : null;
}
