import "server-only";
import { db, type Tx } from "@/lib/db";
import type { KamerstukCitation } from "@/lib/kamerstuk";
import { recordAuditEvent, creationChanges, type Actor } from "./audit";
import { getCommitmentsCitingDocument } from "./commitments";
import { dossierKey, toDossierView, type CommitmentView, type DossierView } from "./commitment-view";

async function ensureDossier(tx: Tx, nummer: string, toevoeging: string | null) {
  await tx.$executeRaw`INSERT INTO dossier (nummer, toevoeging) VALUES (${nummer}, ${toevoeging ?? ""}) ON CONFLICT (nummer, toevoeging) DO NOTHING`;
  return tx.dossier.findUniqueOrThrow({ where: { nummer_toevoeging: { nummer, toevoeging: toevoeging ?? "" } } });
}

/**
 * The Document for a parsed citation, created (with an audit event) when it is not yet in the register.
 * Existing documents are left as they are: a later citation never overwrites a reviewed title or date.
 */
export async function ensureDocument(
  tx: Tx,
  citation: KamerstukCitation,
  details: { title?: string | null; date?: string | null },
  actor: Actor,
): Promise<{ id: string; created: boolean }> {
  const data = {
    id: citation.id,
    kind: citation.kind,
    kamer: citation.kamer,
    label: citation.label,
    vergaderjaar: citation.vergaderjaar,
    ondernummer: citation.ondernummer,
    nummer: citation.nummer,
    item: citation.item,
    title: details.title ?? null,
    date: details.date ? new Date(`${details.date}T00:00:00Z`) : null,
    url: citation.url,
  };
  // ON CONFLICT: when two people cite the same new Kamerstuk at once, one inserts and the other simply uses it.
  const inserted = await tx.$queryRaw<
    Array<{ id: string }>
  >`INSERT INTO document (id, kind, kamer, label, vergaderjaar, ondernummer, nummer, item, title, date, url)
    VALUES (${data.id}, ${data.kind}::document_kind, ${data.kamer}, ${data.label}, ${data.vergaderjaar}, ${data.ondernummer}, ${data.nummer},
            ${data.item}, ${data.title}, ${data.date}::date, ${data.url})
    ON CONFLICT (id) DO NOTHING RETURNING id`;
  if (!inserted.length) return { id: citation.id, created: false };
  for (const [position, ref] of citation.dossiers.entries()) {
    const dossier = await ensureDossier(tx, ref.nummer, ref.toevoeging);
    await tx.documentDossier.create({ data: { documentId: citation.id, dossierId: dossier.id, position } });
  }
  await recordAuditEvent(tx, {
    actor,
    action: "document.created",
    entityType: "document",
    entityId: citation.id,
    changes: creationChanges({ ...data, date: details.date ?? null, dossiers: citation.dossiers.map((d) => dossierKey(d.nummer, d.toevoeging)) }),
  });
  return { id: citation.id, created: true };
}

export interface DocumentDetail {
  id: string;
  kind: string;
  label: string;
  title: string | null;
  date: string | null;
  url: string;
  vergaderjaar: string | null;
  dossiers: DossierView[];
  commitments: Array<CommitmentView & { roles: string[] }>;
}

export async function getDocument(id: string): Promise<DocumentDetail | null> {
  const doc = await db().document.findUnique({
    where: { id },
    include: { dossiers: { include: { dossier: true }, orderBy: { position: "asc" } } },
  });
  if (!doc) return null;
  const commitments = await getCommitmentsCitingDocument(id);
  return {
    id: doc.id,
    kind: doc.kind,
    label: doc.label,
    title: doc.title,
    date: doc.date ? doc.date.toISOString().slice(0, 10) : null,
    url: doc.url,
    vergaderjaar: doc.vergaderjaar,
    dossiers: doc.dossiers.map((d) => toDossierView(d.dossier)),
    commitments: commitments.map((c) => ({ ...c, roles: c.references.filter((r) => r.id === id).map((r) => r.role) })),
  };
}
