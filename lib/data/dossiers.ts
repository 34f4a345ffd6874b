import "server-only";
import { db } from "@/lib/db";
import { toDossierView, type DossierView } from "./commitment-view";

export interface DossierDetail extends DossierView {
  documents: Array<{ id: string; label: string; title: string | null; date: string | null }>;
}

/** A dossier by its URL key: "29628" or "34775-IV". */
export async function getDossier(key: string): Promise<DossierDetail | null> {
  const match = /^(\d{4,6})(?:-([A-Za-z0-9]+))?$/.exec(key);
  if (!match) return null;
  const dossier = await db().dossier.findUnique({
    where: { nummer_toevoeging: { nummer: match[1]!, toevoeging: match[2] ?? "" } },
    include: { documents: { include: { document: true } } },
  });
  if (!dossier) return null;
  const documents = dossier.documents
    .map(({ document: d }) => ({ id: d.id, label: d.label, title: d.title, date: d.date ? d.date.toISOString().slice(0, 10) : null }))
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id));
  return { ...toDossierView(dossier), documents };
}

export async function listDossiers(): Promise<DossierView[]> {
  const rows = await db().dossier.findMany({ orderBy: [{ nummer: "asc" }, { toevoeging: "asc" }] });
  return rows.map(toDossierView);
}
