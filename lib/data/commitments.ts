import "server-only";
import { db } from "@/lib/db";
import type { CommitmentFilters } from "@/lib/validation/commitment-filters";
import { DEFAULT_LIMIT } from "@/lib/validation/commitment-filters";
import { today as clockToday } from "./clock";
import {
  buildCommitmentCountQuery,
  buildCommitmentListQuery,
  buildDossiersQuery,
  buildReferencesQuery,
  COMMITMENT_COLUMNS,
  COMMITMENT_FROM,
  encodeCursor,
  effectiveSort,
} from "./commitment-list-sql";
import type { CommitmentRow, CommitmentView, DossierRow, ReferenceRow } from "./commitment-view";
import { toCommitmentView } from "./commitment-view";

async function query<T>(sql: { text: string; values: unknown[] }): Promise<T[]> {
  return db().$queryRawUnsafe<T[]>(sql.text, ...sql.values);
}

function groupBy<T extends { commitment_id: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.commitment_id);
    if (list) list.push(row);
    else map.set(row.commitment_id, [row]);
  }
  return map;
}

async function toViews(rows: CommitmentRow[], today: string): Promise<CommitmentView[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [references, dossiers] = await Promise.all([
    query<ReferenceRow>(buildReferencesQuery(ids)),
    query<DossierRow>(buildDossiersQuery(ids)),
  ]);
  const refsById = groupBy(references);
  const dossiersById = groupBy(dossiers);
  return rows.map((row) => toCommitmentView(row, refsById.get(row.id) ?? [], dossiersById.get(row.id) ?? [], today));
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
    options.withTotal ? query<{ total: number }>(buildCommitmentCountQuery(filters, today)) : Promise.resolve(null),
  ]);
  const hasMore = rows.length > limit;
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  let nextCursor: string | null = null;
  if (hasMore && last) {
    if (effectiveSort(filters) === "relevance") {
      const start = filters.cursor ? offset ?? 0 : 0;
      nextCursor = encodeCursor({ o: start + (offsetFromCursor(filters.cursor) ?? 0) + limit });
    } else {
      const column = listSql.sortValueColumn as keyof CommitmentRow;
      nextCursor = encodeCursor({ v: (last[column] as string | null) ?? null, id: last.id });
    }
  }
  return { items: await toViews(pageRows, today), total: count?.[0]?.total ?? null, nextCursor, hasMore };
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

export async function getCommitment(number: string): Promise<CommitmentView | null> {
  const rows = await query<CommitmentRow>({ text: `SELECT ${COMMITMENT_COLUMNS} ${COMMITMENT_FROM} WHERE c.number = $1`, values: [number] });
  const row = rows[0];
  if (!row) return null;
  const [view] = await toViews([row], clockToday());
  return view ?? null;
}

export async function getCommitmentsCitingDocument(documentId: string): Promise<CommitmentView[]> {
  const rows = await query<CommitmentRow>({
    text: `SELECT ${COMMITMENT_COLUMNS} ${COMMITMENT_FROM}
WHERE c.id IN (SELECT commitment_id FROM commitment_reference WHERE document_id = $1)
ORDER BY c.number`,
    values: [documentId],
  });
  return toViews(rows, clockToday());
}
