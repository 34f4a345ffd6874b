import "server-only";
import { db } from "@/lib/db";
import { FEED_ACTIONS, type FeedAction } from "@/lib/commitment/audit-actions";
import type { CommitmentFilters } from "@/lib/validation/commitment-filters";
import type { FieldChange } from "./audit";
import { today } from "./clock";
import { buildCommitmentWhere, COMMITMENT_FROM, type SqlQuery } from "./commitment-list-sql";

/** A public change to a commitment, as the feed shows it: no actor, only the commitment's ministry. */
export interface CommitmentChange {
  /** the audit event's id */
  id: string;
  /** ISO date-time (UTC) */
  at: string;
  action: FeedAction;
  changes: FieldChange[];
  reason: string | null;
  number: string;
  title: string;
  ministryName: string;
}

export const DEFAULT_CHANGES = 100;
/** With `since`, everything after it, but never more than this in one response. */
export const MAX_CHANGES = 1000;

/**
 * The ids of the commitments the list's filters match: the list's own FROM and WHERE, so the feed filters
 * exactly as the list does. Taken from the count query (same FROM and WHERE, no ORDER BY or LIMIT) until
 * commitment-list-sql exports buildCommitmentWhere (as the dashboard also awaits); the check fails loudly if
 * the count query changes shape.
 */
export function commitmentIdsQuery(filters: CommitmentFilters, day: string): SqlQuery {
  const where = buildCommitmentWhere(filters, day);
  return { text: `SELECT c.id ${COMMITMENT_FROM}\n${where.sql}`, values: where.values };
}

interface ChangeRow {
  id: string;
  at: string;
  action: FeedAction;
  changes: unknown;
  reason: string | null;
  number: string;
  title: string;
  ministry_name: string;
}

/** Newest first: the last `limit` changes, or (with `since`) those at or after that moment. */
export async function listChanges(filters: CommitmentFilters, options: { since?: Date; limit?: number } = {}): Promise<CommitmentChange[]> {
  const ids = commitmentIdsQuery(filters, today());
  const values = [...ids.values];
  const param = (value: unknown) => `$${values.push(value)}`;
  const limit = Math.min(options.limit ?? (options.since ? MAX_CHANGES : DEFAULT_CHANGES), MAX_CHANGES);
  const conditions = [`ae.action = ANY(${param([...FEED_ACTIONS])}::text[])`, `ae.commitment_id IN (${ids.text})`];
  // audit_event.at is a timestamp without time zone holding UTC (Prisma's convention); a zone in the literal is
  // ignored by PostgreSQL, so the UTC ISO string compares as UTC.
  if (options.since) conditions.push(`ae.at >= ${param(options.since.toISOString())}::timestamp`);
  const rows = await db().$queryRawUnsafe<ChangeRow[]>(
    `SELECT ae.id::text AS id, to_char(ae.at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, ae.action, ae.changes, ae.reason,
  c.number, c.title, mi.name AS ministry_name
FROM audit_event ae
JOIN commitment c ON c.id = ae.commitment_id
JOIN ministry mi ON mi.id = c.ministry_id
WHERE ${conditions.join("\n  AND ")}
ORDER BY ae.at DESC, ae.id DESC
LIMIT ${param(limit)}`,
    ...values,
  );
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    action: row.action,
    changes: Array.isArray(row.changes) ? (row.changes as FieldChange[]) : [],
    reason: row.reason,
    number: row.number,
    title: row.title,
    ministryName: row.ministry_name,
  }));
}
