import "server-only";
// The commitments already made in a document (they cite it as their source), to tell a new one that repeats them.
import { duplicateMessage, findDuplicate, type ExistingCommitment } from "@/lib/commitment/duplicates";
import { db, type Tx } from "@/lib/db";
import type { PlannedRow } from "./import-run";

export async function commitmentsMadeIn(documentId: string, tx?: Tx): Promise<ExistingCommitment[]> {
  return (tx ?? db()).commitment.findMany({
    where: { references: { some: { documentId, role: "source" } } },
    select: { number: true, title: true, text: true },
    orderBy: { id: "asc" },
  });
}

/**
 * Import rows that would create a commitment already in the register (made in the same document, nearly the same
 * text) become refusals naming it — or, when the importer chose "ook dubbelen importeren", go ahead with a warning.
 */
export async function checkImportDuplicates(tx: Tx, rows: PlannedRow[], allowDuplicates: boolean): Promise<PlannedRow[]> {
  const sources = new Set(
    rows.flatMap(({ plan }) => (plan.kind === "create" ? plan.record.references.filter((r) => r.role === "source").map((r) => r.citation.id) : [])),
  );
  if (!sources.size) return rows;
  const madeIn = new Map<string, ExistingCommitment[]>();
  for (const id of sources) madeIn.set(id, await commitmentsMadeIn(id, tx));
  return rows.map((row) => {
    const { plan } = row;
    if (plan.kind !== "create") return row;
    const existing = plan.record.references.filter((r) => r.role === "source").flatMap((r) => madeIn.get(r.citation.id) ?? []);
    const duplicate = findDuplicate(plan.record.text, existing);
    if (!duplicate) return row;
    const column = "Tekst";
    if (allowDuplicates) {
      return {
        ...row,
        plan: {
          ...plan,
          warnings: [
            ...plan.warnings,
            { row: plan.row, column, message: `${duplicateMessage(duplicate)} Wordt toch als tweede vastgelegd.`, severity: "let op" as const },
          ],
        },
      };
    }
    const message = `${duplicateMessage(duplicate)} Vul het nummer in om haar bij te werken, of kies "Ook dubbelen importeren" om een tweede vast te leggen.`;
    return {
      ...row,
      plan: {
        kind: "invalid" as const,
        row: plan.row,
        number: null,
        problems: [{ row: plan.row, column, message, severity: "fout" as const }, ...plan.warnings],
      },
    };
  });
}
