import "server-only";
import { db } from "@/lib/db";
import type { CommitmentFilters } from "@/lib/validation/commitment-filters";
import { today } from "./clock";
import { buildCommitmentCountQuery } from "./commitment-list-sql";
import type { CommitmentView } from "./commitment-view";
import { listCommitments } from "./commitments";

/** Rows per database round trip: large enough to be quick, small enough to keep a streamed export's memory flat. */
export const EXPORT_BATCH_SIZE = 1000;
/** Beyond this an export is refused ("verfijn de filters"): nobody reads a spreadsheet of more rows. */
export const MAX_EXPORT_ROWS = 100_000;
/**
 * The calendar's cap is lower: ics validates every event (about 1 ms each; 9,900 took 13 s and 99,000 took 96 s,
 * measured), calendar clients poll it every hour, and a calendar of thousands of deadlines is unusable anyway.
 * Built calendars are kept while the register is unchanged (lib/api/cached-get.ts).
 */
export const MAX_CALENDAR_ROWS = 10_000;

export type ExportSelection = { ok: true; total: number; batches: () => AsyncGenerator<CommitmentView[]> } | { ok: false; total: number; max: number };

/** How many commitments the public list's filters match. */
export async function countCommitments(filters: CommitmentFilters): Promise<number> {
  const sql = buildCommitmentCountQuery(filters, today());
  const rows = await db().$queryRawUnsafe<Array<{ total: number }>>(sql.text, ...sql.values);
  return rows[0]?.total ?? 0;
}

/**
 * Every commitment the filters match, in the list's order, in keyset batches through the list's own query
 * (listCommitments with a cursor): an export shows exactly what the list shows, page after page.
 */
export async function* commitmentBatches(filters: CommitmentFilters, options: { batchSize?: number; max?: number } = {}): AsyncGenerator<CommitmentView[]> {
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  const max = options.max ?? MAX_EXPORT_ROWS;
  let cursor: string | undefined;
  let seen = 0;
  for (;;) {
    const page = await listCommitments({ ...filters, page: undefined, limit: batchSize, cursor });
    // Rows added between the count and now must not push an export past its cap.
    const items = page.items.slice(0, max - seen);
    seen += items.length;
    if (items.length) yield items;
    if (!page.hasMore || !page.nextCursor || seen >= max) return;
    cursor = page.nextCursor;
  }
}

/** Counts first, so that an export that is too large is refused before anything is sent. */
export async function selectForExport(filters: CommitmentFilters, options: { batchSize?: number; max?: number } = {}): Promise<ExportSelection> {
  const max = options.max ?? MAX_EXPORT_ROWS;
  const total = await countCommitments(filters);
  if (total > max) return { ok: false, total, max };
  return { ok: true, total, batches: () => commitmentBatches(filters, { ...options, max }) };
}
