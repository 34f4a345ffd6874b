import "server-only";
// The commitments already made in a document (they cite it as their source), to tell a new one that repeats them.
import type { ExistingCommitment } from "@/lib/commitment/duplicates";
import { db, type Tx } from "@/lib/db";

export async function commitmentsMadeIn(documentId: string, tx?: Tx): Promise<ExistingCommitment[]> {
  return (tx ?? db()).commitment.findMany({
    where: { references: { some: { documentId, role: "source" } } },
    select: { number: true, title: true, text: true },
    orderBy: { id: "asc" },
  });
}
