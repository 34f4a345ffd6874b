import "server-only";
import type { Tx } from "@/lib/db";
import type { ResolvedDeadline } from "@/lib/deadline";
import { type CommitmentStatus } from "@/lib/commitment/status";
import { creationChanges, recordAuditEvent, type Actor } from "./audit";
import { precisionToDb, type ReferenceRole } from "./commitment-view";

export interface NewCommitmentRecord {
  number: string;
  title: string;
  text: string;
  status: CommitmentStatus;
  deadline: ResolvedDeadline | null;
  madeOn: string | null;
  activity: string;
  ministerId: number;
  ministryId: number;
  committee: string | null;
  addressee: string | null;
  dossierIds: number[];
  /** document ids (canonical), each with its role */
  references: Array<{ documentId: string; role: ReferenceRole }>;
  /** for commitments recorded as already fulfilled (the seed, imports) */
  fulfilledOn?: string | null;
}

const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** Bumps the number sequence of `year` so it never hands out `n` (or anything below it) again. */
export async function reserveCommitmentNumber(tx: Tx, year: number, n: number): Promise<void> {
  await tx.$executeRaw`INSERT INTO commitment_number_sequence (year, last) VALUES (${year}, ${n})
    ON CONFLICT (year) DO UPDATE SET last = GREATEST(commitment_number_sequence.last, EXCLUDED.last)`;
}

/** Allocates the next TZ-<year>-<nnnn>; the row lock on the year's sequence serialises concurrent creators. */
export async function allocateCommitmentNumber(tx: Tx, year: number): Promise<string> {
  const rows = await tx.$queryRaw<Array<{ last: number }>>`INSERT INTO commitment_number_sequence (year, last) VALUES (${year}, 1)
    ON CONFLICT (year) DO UPDATE SET last = commitment_number_sequence.last + 1 RETURNING last`;
  const last = rows[0]!.last;
  return `TZ-${year}-${String(last).padStart(4, "0")}`;
}

/** Inserts a commitment with its references and dossiers, and its one audit event. */
export async function insertCommitment(tx: Tx, record: NewCommitmentRecord, actor: Actor, action = "commitment.created"): Promise<number> {
  const [minister, ministry] = await Promise.all([
    tx.minister.findUniqueOrThrow({ where: { id: record.ministerId }, select: { name: true, function: true } }),
    tx.ministry.findUniqueOrThrow({ where: { id: record.ministryId }, select: { code: true } }),
  ]);
  const created = await tx.commitment.create({
    data: {
      number: record.number,
      title: record.title,
      text: record.text,
      status: record.status,
      deadlinePhrase: record.deadline?.phrase ?? null,
      deadlineEarliest: asDate(record.deadline?.earliest ?? null),
      deadlineLatest: asDate(record.deadline?.latest ?? null),
      deadlinePrecision: record.deadline ? precisionToDb(record.deadline.precision) : null,
      madeOn: asDate(record.madeOn),
      activity: record.activity,
      ministerId: record.ministerId,
      ministryId: record.ministryId,
      committee: record.committee,
      addressee: record.addressee,
      fulfilledOn: asDate(record.fulfilledOn ?? null),
    },
    select: { id: true },
  });
  if (record.references.length) {
    await tx.commitmentReference.createMany({
      data: record.references.map((r) => ({ commitmentId: created.id, documentId: r.documentId, role: r.role })),
      skipDuplicates: true,
    });
  }
  if (record.dossierIds.length) {
    await tx.commitmentDossier.createMany({
      data: [...new Set(record.dossierIds)].map((dossierId) => ({ commitmentId: created.id, dossierId })),
    });
  }
  await recordAuditEvent(tx, {
    actor,
    action,
    entityType: "commitment",
    entityId: record.number,
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
      minister: `${minister.name}, ${minister.function}`,
      ministry: ministry.code,
      committee: record.committee,
      addressee: record.addressee,
      references: record.references.map((r) => `${r.role}:${r.documentId}`),
    }),
  });
  return created.id;
}
