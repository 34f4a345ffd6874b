import "server-only";
import type { Tx } from "@/lib/db";
import { type CommitmentStatus } from "@/lib/commitment/status";
import type { ReferenceRole } from "@/lib/commitment/references";
import { isoOf } from "./commitment-support";

/** A commitment as mutations need it: raw fields, ministry code, references. */
export async function loadForMutation(tx: Tx, number: string) {
  const row = await tx.commitment.findUnique({
    where: { number },
    include: {
      ministry: { select: { code: true } },
      minister: { select: { name: true, function: true } },
      references: { select: { documentId: true, role: true } },
    },
  });
  if (!row) return null;
  return {
    ...row,
    status: row.status as CommitmentStatus,
    madeOnIso: isoOf(row.madeOn),
    earliestIso: isoOf(row.deadlineEarliest),
    latestIso: isoOf(row.deadlineLatest),
    references: row.references.map((r) => ({ documentId: r.documentId, role: r.role as ReferenceRole })),
  };
}

export type LoadedCommitment = NonNullable<Awaited<ReturnType<typeof loadForMutation>>>;
