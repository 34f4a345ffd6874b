import "server-only";
import type { Tx } from "@/lib/db";
import { parseKamerstukCitation } from "@/lib/kamerstuk";
import type { Actor } from "./audit";
import type { ReferenceRole } from "@/lib/commitment/references";
import { ensureDocument } from "./documents";

/** The references as document ids, creating Documents (with their audit events) for citations new to the register. */
export async function resolveReferences(tx: Tx, references: Array<{ citation: string; role: ReferenceRole }>, actor: Actor) {
  const out: Array<{ documentId: string; role: ReferenceRole }> = [];
  for (const r of references) {
    const citation = parseKamerstukCitation(r.citation);
    await ensureDocument(tx, citation, {}, actor);
    out.push({ documentId: citation.id, role: r.role });
  }
  return out;
}

/** The dossiers a commitment belongs to: those of its source and fulfilment documents, else of all it cites. */
export async function dossierIdsFor(tx: Tx, references: Array<{ documentId: string; role: ReferenceRole }>): Promise<number[]> {
  const primary = references.filter((r) => r.role !== "related");
  const ids = (primary.length ? primary : references).map((r) => r.documentId);
  if (!ids.length) return [];
  const rows = await tx.documentDossier.findMany({ where: { documentId: { in: ids } }, select: { dossierId: true } });
  return [...new Set(rows.map((r) => r.dossierId))];
}

export const isoOf = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
