import "server-only";
// Carries out planned import rows inside the import's one transaction. The form's mutation functions
// (createCommitment, updateCommitment, changeCommitmentStatus, resetCommitmentDeadline) each open their own
// transaction and write their own audit event, so they cannot make an all-or-nothing import, nor one event for a
// row that changes a title, a status and a deadline at once. This writer uses the helpers underneath them instead
// (ensureDocument, upsertMinister, allocateCommitmentNumber, insertCommitment, dossierIdsFor, recordAuditEvent),
// with the same optimistic version check; the checks themselves ran when the row was planned (lib/import).
import type { Tx } from "@/lib/db";
import type { CreatePlan, PlannedReference, UpdatePlan } from "@/lib/import/plan";
import { updateAction } from "@/lib/import/plan";
import { recordAuditEvent, type Actor } from "./audit";
import { dossierIdsFor, upsertMinister } from "./commitment-support";
import { precisionToDb, type ReferenceRole } from "./commitment-view";
import { allocateCommitmentNumber, insertCommitment } from "./commitment-writes";
import { ensureDocument } from "./documents";

export interface ImportWriteContext {
  tx: Tx;
  actor: Actor;
  /** who a progress note is by (the signed-in user, or the system for the command line) */
  author: { id: string | null; name: string; ministry: string | null };
  today: string;
  ministryIds: Map<string, number>;
}

/** Someone changed a commitment between the planning and the write (inside the import): the whole import rolls back. */
export class ImportRace extends Error {
  constructor(readonly number: string) {
    super(`Toezegging ${number} is tijdens het importeren door iemand anders gewijzigd.`);
  }
}

const asDate = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

function ministryId(ctx: ImportWriteContext, code: string): number {
  const id = ctx.ministryIds.get(code);
  if (id === undefined) throw new Error(`Ministerie ${code} bestaat niet (meer).`);
  return id;
}

async function ensureReferences(ctx: ImportWriteContext, refs: PlannedReference[]): Promise<Array<{ documentId: string; role: ReferenceRole }>> {
  const out: Array<{ documentId: string; role: ReferenceRole }> = [];
  for (const r of refs) {
    await ensureDocument(ctx.tx, r.citation, {}, ctx.actor);
    if (!out.some((o) => o.documentId === r.citation.id && o.role === r.role)) out.push({ documentId: r.citation.id, role: r.role });
  }
  return out;
}

/** The day it was fulfilled: the fulfilling document's date when the register knows it. */
async function documentDate(tx: Tx, ids: string[]): Promise<string | null> {
  if (!ids.length) return null;
  const docs = await tx.document.findMany({ where: { id: { in: ids } }, select: { date: true } });
  const dates = docs.map((d) => d.date?.toISOString().slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
  return dates.pop() ?? null;
}

async function addProgressNote(ctx: ImportWriteContext, commitmentId: number, text: string) {
  await ctx.tx.progressNote.create({
    data: { commitmentId, date: asDate(ctx.today)!, text, authorId: ctx.author.id, authorName: ctx.author.name, authorMinistry: ctx.author.ministry },
  });
}

export async function writeCreate(ctx: ImportWriteContext, plan: CreatePlan): Promise<string> {
  const { tx } = ctx;
  const r = plan.record;
  const ministry = ministryId(ctx, r.ministry);
  const references = await ensureReferences(ctx, r.references);
  const ministerId = await upsertMinister(tx, r.ministerName, r.ministerFunction, ministry);
  const number = await allocateCommitmentNumber(tx, Number(r.madeOn.slice(0, 4)));
  const fulfilledOn =
    r.status === "fulfilled"
      ? ((await documentDate(tx, references.filter((x) => x.role === "fulfilment").map((x) => x.documentId))) ?? r.fulfilledOnHint ?? ctx.today)
      : null;
  const id = await insertCommitment(
    tx,
    {
      number,
      title: r.title,
      text: r.text,
      status: r.status,
      deadline: r.deadline,
      madeOn: r.madeOn,
      activity: r.activity,
      ministerId,
      ministryId: ministry,
      committee: r.committee,
      addressee: r.addressee,
      dossierIds: await dossierIdsFor(tx, references),
      references,
      fulfilledOn,
    },
    ctx.actor,
  );
  // insertCommitment knows nothing of the Tweede Kamer's number; set in the same transaction, so never without it.
  if (r.tkNummer) await tx.commitment.update({ where: { id }, data: { tkNummer: r.tkNummer } });
  if (r.note) await addProgressNote(ctx, id, r.note);
  return number;
}

export async function writeUpdate(ctx: ImportWriteContext, plan: UpdatePlan): Promise<void> {
  const { tx } = ctx;
  const e = plan.edits;
  const data: Parameters<Tx["commitment"]["updateMany"]>[0]["data"] = { version: { increment: 1 } };
  if (e.title !== undefined) data.title = e.title;
  if (e.text !== undefined) data.text = e.text;
  if (e.madeOn !== undefined) data.madeOn = asDate(e.madeOn);
  if (e.activity !== undefined) data.activity = e.activity;
  if (e.committee !== undefined) data.committee = e.committee;
  if (e.addressee !== undefined) data.addressee = e.addressee;
  if (e.ministry !== undefined) data.ministryId = ministryId(ctx, e.ministry);
  if (e.minister) data.ministerId = await upsertMinister(tx, e.minister.name, e.minister.function, ministryId(ctx, plan.ministry));
  const references = e.references ? await ensureReferences(ctx, e.references) : null;
  const fulfilment = plan.status?.fulfilment ?? null;
  if (plan.status) {
    if (fulfilment) await ensureDocument(tx, fulfilment, {}, ctx.actor);
    data.status = plan.status.to;
    data.fulfilledOn = plan.status.to === "fulfilled" ? asDate((await documentDate(tx, fulfilment ? [fulfilment.id] : [])) ?? ctx.today) : null;
  }
  if (plan.deadline) {
    data.deadlinePhrase = plan.deadline.phrase;
    data.deadlineEarliest = asDate(plan.deadline.earliest);
    data.deadlineLatest = asDate(plan.deadline.latest);
    data.deadlinePrecision = precisionToDb(plan.deadline.precision);
  }
  const updated = await tx.commitment.updateMany({ where: { id: plan.id, version: plan.version }, data });
  if (updated.count === 0) throw new ImportRace(plan.number);

  if (references) {
    await tx.commitmentReference.deleteMany({ where: { commitmentId: plan.id } });
    await tx.commitmentReference.createMany({ data: references.map((r) => ({ commitmentId: plan.id, ...r })), skipDuplicates: true });
    await tx.commitmentDossier.deleteMany({ where: { commitmentId: plan.id } });
    const dossierIds = await dossierIdsFor(tx, references);
    if (dossierIds.length) await tx.commitmentDossier.createMany({ data: dossierIds.map((dossierId) => ({ commitmentId: plan.id, dossierId })) });
  } else if (fulfilment) {
    await tx.commitmentReference.createMany({ data: [{ commitmentId: plan.id, documentId: fulfilment.id, role: "fulfilment" }], skipDuplicates: true });
  }
  if (plan.status?.kind === "progress" && plan.status.note) await addProgressNote(ctx, plan.id, plan.status.note);
  await recordAuditEvent(tx, {
    actor: ctx.actor,
    action: updateAction(plan),
    entityType: "commitment",
    entityId: plan.number,
    commitmentId: plan.id,
    changes: plan.changes,
    reason: plan.reason,
  });
}
