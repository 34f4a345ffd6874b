import "server-only";
// Loads what lib/reminders/rules.ts needs for one day's digests, inside the composing transaction.
import type { Tx } from "@/lib/db";
import type { DeadlinePrecision } from "@/lib/deadline";
import type { FieldChange } from "@/lib/format/field-change";
import { CHANGE_ACTIONS, isChangeAction } from "@/lib/reminders/changes";
import { canonicalFilterQuery } from "@/lib/reminders/follow-filter";
import { changeKey, reminderKey, type ChangeInput, type CommitmentInput, type FilterFollowInput, type RulesInput } from "@/lib/reminders/rules";
import { reminderWindow } from "@/lib/reminders/schedule";
import { buildCommitmentWhere, COMMITMENT_FROM, OUTSTANDING_STATUSES } from "./commitment-list-sql";
import { precisionFromDb } from "./commitment-view";

/**
 * How far back a digest looks for changes. Changes are matched to digests by id (notified_change), not by time, so
 * this only bounds the query; a register down for longer than this loses the older news, not the reminders.
 */
export const CHANGE_LOOKBACK_DAYS = 14;

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const asDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export async function loadRulesInput(tx: Tx, today: string): Promise<RulesInput> {
  // Sequential, not Promise.all: a transaction is one connection, which runs one query at a time anyway.
  const users = await tx.user.findMany({
    where: { disabled: false },
    select: { id: true, email: true, name: true, role: true, ministryId: true, mailPreference: { select: { ownerReminders: true } } },
  });
  const commitmentFollows = await tx.commitmentFollow.findMany({ select: { userId: true, commitmentId: true, createdAt: true } });
  const filterRows = await tx.filterFollow.findMany({ select: { id: true, userId: true, name: true, query: true, createdAt: true } });

  const changes = await loadChanges(
    tx,
    [...commitmentFollows, ...filterRows].map((f) => f.createdAt),
  );
  const changedIds = [...new Set(changes.map((c) => c.commitmentId))];
  const window = reminderWindow(today);
  const commitmentRows = await tx.commitment.findMany({
    where: {
      OR: [{ status: { in: [...OUTSTANDING_STATUSES] }, deadlineLatest: { gte: asDate(window.from), lte: asDate(window.to) } }, { id: { in: changedIds } }],
    },
    select: { id: true, number: true, title: true, status: true, ministryId: true, deadlinePhrase: true, deadlineLatest: true, deadlinePrecision: true },
  });
  const commitments: CommitmentInput[] = commitmentRows.map((c) => ({
    id: c.id,
    number: c.number,
    title: c.title,
    status: c.status,
    ministryId: c.ministryId,
    deadlinePhrase: c.deadlinePhrase,
    deadlineLatest: iso(c.deadlineLatest),
    precision: precisionFromDb(c.deadlinePrecision) as DeadlinePrecision | null,
  }));

  const sent = await tx.sentReminder.findMany({
    where: { commitmentId: { in: commitments.map((c) => c.id) } },
    select: { userId: true, commitmentId: true, kind: true, dueOn: true },
  });
  const notified = await tx.notifiedChange.findMany({
    where: { auditEventId: { in: changes.map((c) => BigInt(c.eventId)) } },
    select: { userId: true, auditEventId: true },
  });
  const filterFollows = await matchFilters(tx, filterRows, changedIds, today);

  return {
    today,
    recipients: users.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      ministryId: u.ministryId,
      ownerReminders: u.mailPreference?.ownerReminders ?? true,
    })),
    commitments,
    commitmentFollows: commitmentFollows.map((f) => ({ userId: f.userId, commitmentId: f.commitmentId, since: f.createdAt })),
    filterFollows,
    changes,
    sentReminders: new Set(sent.map((s) => reminderKey(s.userId, s.commitmentId, s.kind, iso(s.dueOn)!))),
    notifiedChanges: new Set(notified.map((n) => changeKey(n.userId, n.auditEventId.toString()))),
  };
}

async function loadChanges(tx: Tx, followStarts: Date[]): Promise<ChangeInput[]> {
  if (!followStarts.length) return [];
  // Nothing that happened before the oldest follow can be news to anyone. The look-back is on the database's own
  // timestamps (audit_event.at), hence the real time here and not the scheduler's clock.
  const oldestFollow = Math.min(...followStarts.map((d) => d.getTime()));
  const since = new Date(Math.max(oldestFollow, Date.now() - CHANGE_LOOKBACK_DAYS * 86_400_000));
  const events = await tx.auditEvent.findMany({
    where: { commitmentId: { not: null }, action: { in: [...CHANGE_ACTIONS] }, at: { gte: since } },
    orderBy: { id: "asc" },
  });
  return events.flatMap((e) =>
    isChangeAction(e.action) && e.commitmentId !== null
      ? [
          {
            eventId: e.id.toString(),
            commitmentId: e.commitmentId,
            action: e.action,
            at: e.at,
            actorId: e.actorId,
            actor: [e.actorName, e.actorMinistry].filter(Boolean).join(", "),
            changes: Array.isArray(e.changes) ? (e.changes as unknown as FieldChange[]) : [],
            reason: e.reason,
          },
        ]
      : [],
  );
}

/** Which changed commitments each followed selection selects now, asked with the list's own WHERE clause. */
async function matchFilters(
  tx: Tx,
  rows: Array<{ id: number; userId: string; name: string; query: string; createdAt: Date }>,
  changedIds: number[],
  today: string,
): Promise<FilterFollowInput[]> {
  const out: FilterFollowInput[] = [];
  for (const row of rows) {
    let matching = new Set<number>();
    const parsed = canonicalFilterQuery(row.query);
    // A selection that no longer validates (the filters changed since) matches nothing rather than everything.
    if (parsed.ok && changedIds.length) {
      const where = buildCommitmentWhere(parsed.filters, today, 2);
      const sql = `SELECT c.id ${COMMITMENT_FROM} ${where.sql ? `${where.sql} AND` : "WHERE"} c.id = ANY($1::int[])`;
      const ids = await tx.$queryRawUnsafe<Array<{ id: number }>>(sql, changedIds, ...where.values);
      matching = new Set(ids.map((r) => r.id));
    }
    out.push({ id: row.id, userId: row.userId, name: row.name, since: row.createdAt, matching });
  }
  return out;
}
