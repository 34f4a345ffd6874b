import "server-only";
import { db } from "@/lib/db";
import { toDossierView, type DossierView } from "./commitment-view";

export interface DossierDetail extends DossierView {
  /** the newest DOSSIER_DOCUMENTS_SHOWN, undated last */
  documents: Array<{ id: string; label: string; title: string | null; date: string | null }>;
  /** how many documents the register has in this dossier */
  documentCount: number;
}

/** A dossier page lists this many of its documents: a large dossier has thousands (the register's pages stay small). */
export const DOSSIER_DOCUMENTS_SHOWN = 100;

/** A dossier by its URL key: "29628" or "34775-IV". */
export async function getDossier(key: string): Promise<DossierDetail | null> {
  const match = /^(\d{4,6})(?:-([A-Za-z0-9]+))?$/.exec(key);
  if (!match) return null;
  const dossier = await db().dossier.findUnique({
    where: { nummer_toevoeging: { nummer: match[1]!, toevoeging: match[2] ?? "" } },
    include: {
      documents: {
        include: { document: true },
        orderBy: [{ document: { date: { sort: "desc", nulls: "last" } } }, { document: { id: "asc" } }],
        take: DOSSIER_DOCUMENTS_SHOWN,
      },
      _count: { select: { documents: true } },
    },
  });
  if (!dossier) return null;
  const documents = dossier.documents.map(({ document: d }) => ({
    id: d.id,
    label: d.label,
    title: d.title,
    date: d.date ? d.date.toISOString().slice(0, 10) : null,
  }));
  return { ...toDossierView(dossier), documents, documentCount: dossier._count.documents };
}

export async function listDossiers(): Promise<DossierView[]> {
  const rows = await db().dossier.findMany({ orderBy: [{ nummer: "asc" }, { toevoeging: "asc" }] });
  return rows.map(toDossierView);
}

/** Which of these dossiers the register has, by key ("34919", "35300-VII"). */
export async function knownDossierKeys(dossiers: Array<{ nummer: string; toevoeging: string | null }>): Promise<Set<string>> {
  if (dossiers.length === 0) return new Set();
  const rows = await db().dossier.findMany({
    where: { OR: dossiers.map((d) => ({ nummer: d.nummer, toevoeging: d.toevoeging ?? "" })) },
    select: { nummer: true, toevoeging: true },
  });
  return new Set(rows.map((r) => (r.toevoeging ? `${r.nummer}-${r.toevoeging}` : r.nummer)));
}
