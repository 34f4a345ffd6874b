import "server-only";
// The one write path of a toezegging. Every way in (forms, API, letter import, CSV and Tweede Kamer imports, seed)
// plans what it wants (lib/commitment/change.ts) and calls one of these two inside its transaction; each writes
// exactly one audit event. A version that moved on since the change was planned throws Conflict: the caller's
// transaction rolls back, nothing is half-written.
import type { Tx } from "@/lib/db";
import { COMMITMENT_ACTIONS } from "@/lib/commitment/audit-actions";
import { changeAction, type CommitmentChange, type CommitmentState, type NewCommitment, type PlannedReference } from "@/lib/commitment/change";
import type { ReferenceRole } from "@/lib/commitment/references";
import type { Prisma } from "@/lib/generated/prisma/client";
import { creationChanges, recordAuditEvent, type Actor } from "./audit";
import { dossierIdsFor } from "./commitment-support";
import { resolveMinister } from "./ministers";
import { precisionToDb } from "./commitment-view";
import { ensureDocument } from "./documents";
import { Conflict, InvalidInput } from "./errors";
import { allocateCommitmentNumber, reserveCommitmentNumber } from "./commitment-numbers";

export interface WriteContext {
  actor: Actor;
  /** the register's calendar day (ISO), for progress notes and a fulfilment without a dated document */
  today: string;
}

/** A new commitment as the writer takes it: planned by a form, an import or the seed. */
export type NewCommitmentRecord = Omit<NewCommitment, "madeOn"> & {
  madeOn: string | null;
  /** a number the record already has (the seed); otherwise the next of its year is allocated */
  number?: string;
};

const asDate = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

async function ministryId(tx: Tx, code: string): Promise<number> {
  const row = await tx.ministry.findUnique({ where: { code }, select: { id: true } });
  if (!row) throw new InvalidInput({ ministry: [`Onbekend ministerie "${code}".`] });
  return row.id;
}

/** The references as document ids, with a Document (and its audit event) for each citation new to the register. */
async function ensureReferences(tx: Tx, refs: PlannedReference[], actor: Actor): Promise<Array<{ documentId: string; role: ReferenceRole }>> {
  const out: Array<{ documentId: string; role: ReferenceRole }> = [];
  for (const r of refs) {
    await ensureDocument(tx, r.citation, {}, actor);
    if (!out.some((o) => o.documentId === r.citation.id && o.role === r.role)) out.push({ documentId: r.citation.id, role: r.role });
  }
  return out;
}

/** The day it was fulfilled: the fulfilling document's date when the register knows it. */
async function documentDate(tx: Tx, ids: string[]): Promise<string | null> {
  if (!ids.length) return null;
  const docs = await tx.document.findMany({ where: { id: { in: ids } }, select: { date: true } });
  return (
    docs
      .map((d) => d.date?.toISOString().slice(0, 10))
      .filter((d): d is string => Boolean(d))
      .sort()
      .pop() ?? null
  );
}

async function writeNote(tx: Tx, ctx: WriteContext, commitmentId: number, note: { date: string; text: string }) {
  await tx.progressNote.create({
    data: { commitmentId, date: asDate(note.date)!, text: note.text, authorId: ctx.actor.id, authorName: ctx.actor.name, authorMinistry: ctx.actor.ministry },
  });
}

async function replaceDossiers(tx: Tx, commitmentId: number, references: Array<{ documentId: string; role: ReferenceRole }>) {
  await tx.commitmentDossier.deleteMany({ where: { commitmentId } });
  const dossierIds = await dossierIdsFor(tx, references);
  if (dossierIds.length) await tx.commitmentDossier.createMany({ data: dossierIds.map((dossierId) => ({ commitmentId, dossierId })) });
}

/** Records a new commitment with its references, dossiers, minister, number and its one audit event. */
export async function recordNewCommitment(tx: Tx, record: NewCommitmentRecord, ctx: WriteContext): Promise<{ id: number; number: string }> {
  const ministry = await ministryId(tx, record.ministry);
  const references = await ensureReferences(tx, record.references, ctx.actor);
  const ministerId = await resolveMinister(tx, record.ministerName, record.ministerFunction, ministry);
  let number = record.number;
  if (number) {
    const [, year, n] = /^TZ-(\d{4})-(\d{4,})$/.exec(number) ?? [];
    if (!year) throw new InvalidInput({ number: [`"${number}" is geen toezeggingnummer.`] });
    await reserveCommitmentNumber(tx, Number(year), Number(n));
  } else {
    number = await allocateCommitmentNumber(tx, Number((record.madeOn ?? ctx.today).slice(0, 4)));
  }
  const fulfilmentIds = references.filter((r) => r.role === "fulfilment").map((r) => r.documentId);
  const fulfilledOn = record.status === "fulfilled" ? ((await documentDate(tx, fulfilmentIds)) ?? record.fulfilledOnHint ?? ctx.today) : null;
  const created = await tx.commitment.create({
    data: {
      number,
      title: record.title,
      text: record.text,
      status: record.status,
      deadlinePhrase: record.deadline?.phrase ?? null,
      deadlineEarliest: asDate(record.deadline?.earliest),
      deadlineLatest: asDate(record.deadline?.latest),
      deadlinePrecision: record.deadline ? precisionToDb(record.deadline.precision) : null,
      madeOn: asDate(record.madeOn),
      activity: record.activity,
      ministerId,
      ministryId: ministry,
      committee: record.committee,
      addressee: record.addressee,
      fulfilledOn: asDate(fulfilledOn),
      tkNummer: record.tkNummer,
    },
    select: { id: true },
  });
  if (references.length) {
    await tx.commitmentReference.createMany({ data: references.map((r) => ({ commitmentId: created.id, ...r })), skipDuplicates: true });
  }
  await replaceDossiers(tx, created.id, references);
  if (record.note) await writeNote(tx, ctx, created.id, { date: ctx.today, text: record.note });
  await recordAuditEvent(tx, {
    actor: ctx.actor,
    action: COMMITMENT_ACTIONS.created,
    entityType: "commitment",
    entityId: number,
    commitmentId: created.id,
    changes: creationChanges({
      title: record.title,
      text: record.text,
      status: record.status,
      deadlinePhrase: record.deadline?.phrase ?? null,
      deadlineEarliest: record.deadline?.earliest ?? null,
      deadlineLatest: record.deadline?.latest ?? null,
      deadlinePrecision: record.deadline?.precision ?? null,
      madeOn: record.madeOn,
      activity: record.activity,
      minister: `${record.ministerName}, ${record.ministerFunction}`,
      ministry: record.ministry,
      committee: record.committee,
      addressee: record.addressee,
      references: references.map((r) => `${r.role}:${r.documentId}`),
      fulfilledOn,
      tkNummer: record.tkNummer,
    }),
  });
  return { id: created.id, number };
}

/**
 * Carries out one planned change to an existing commitment, at the version it was planned against, with its one
 * audit event. A reopening ends the current nakoming: the fulfilling documents leave the commitment's references
 * (the audit trail keeps them, so the page can say "eerder nagekomen met …").
 */
export async function applyCommitmentChange(
  tx: Tx,
  target: Pick<CommitmentState, "id" | "number" | "version" | "ministry">,
  change: CommitmentChange,
  ctx: WriteContext,
): Promise<void> {
  const { edits, status, deadline } = change;
  const writesFields = Object.keys(edits).length > 0 || status !== null || deadline !== null;
  if (writesFields) {
    const data: Prisma.CommitmentUncheckedUpdateManyInput = { version: { increment: 1 } };
    if (edits.title !== undefined) data.title = edits.title;
    if (edits.text !== undefined) data.text = edits.text;
    if (edits.madeOn !== undefined) data.madeOn = asDate(edits.madeOn);
    if (edits.activity !== undefined) data.activity = edits.activity;
    if (edits.committee !== undefined) data.committee = edits.committee;
    if (edits.addressee !== undefined) data.addressee = edits.addressee;
    const finalMinistry = edits.ministry ?? target.ministry;
    if (edits.ministry !== undefined) data.ministryId = await ministryId(tx, edits.ministry);
    if (edits.minister) data.ministerId = await resolveMinister(tx, edits.minister.name, edits.minister.function, await ministryId(tx, finalMinistry));
    if (status) {
      if (status.fulfilment) await ensureDocument(tx, status.fulfilment, {}, ctx.actor);
      data.status = status.to;
      data.fulfilledOn =
        status.to === "fulfilled" ? asDate(status.fulfilledOn ?? (await documentDate(tx, status.fulfilment ? [status.fulfilment.id] : [])) ?? ctx.today) : null;
    }
    if (deadline) {
      data.deadlinePhrase = deadline.phrase;
      data.deadlineEarliest = asDate(deadline.earliest);
      data.deadlineLatest = asDate(deadline.latest);
      data.deadlinePrecision = precisionToDb(deadline.precision);
    }
    const updated = await tx.commitment.updateMany({ where: { id: target.id, version: target.version }, data });
    if (updated.count === 0) throw new Conflict();
  } else {
    // A note alone changes no field (and no version), but it was written against what the writer saw.
    const row = await tx.commitment.findUnique({ where: { id: target.id }, select: { version: true } });
    if (row?.version !== target.version) throw new Conflict();
  }

  if (edits.references) {
    const references = await ensureReferences(tx, edits.references, ctx.actor);
    await tx.commitmentReference.deleteMany({ where: { commitmentId: target.id } });
    await tx.commitmentReference.createMany({ data: references.map((r) => ({ commitmentId: target.id, ...r })), skipDuplicates: true });
    await replaceDossiers(tx, target.id, references);
  }
  if (status?.fulfilment) {
    await tx.commitmentReference.createMany({
      data: [{ commitmentId: target.id, documentId: status.fulfilment.id, role: "fulfilment" }],
      skipDuplicates: true,
    });
  }
  if (status && status.kind === "reopen") await tx.commitmentReference.deleteMany({ where: { commitmentId: target.id, role: "fulfilment" } });
  if (change.note) await writeNote(tx, ctx, target.id, change.note);
  await recordAuditEvent(tx, {
    actor: ctx.actor,
    action: changeAction(change),
    entityType: "commitment",
    entityId: target.number,
    commitmentId: target.id,
    changes: change.changes,
    reason: change.reason,
  });
}
