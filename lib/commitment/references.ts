// How a toezegging refers to a Kamerstuk: the document it was made in, the one that fulfils it (its nakoming), or
// one it merely cites.

export const REFERENCE_ROLES = ["source", "fulfilment", "related"] as const;
export type ReferenceRole = (typeof REFERENCE_ROLES)[number];

export const REFERENCE_ROLE_LABELS: Readonly<Record<ReferenceRole, string>> = {
  source: "Bron",
  fulfilment: "Nakoming",
  related: "Aangehaald",
};

export interface ReferenceKey {
  documentId: string;
  role: string;
}

export const referenceKey = (r: ReferenceKey) => `${r.role}:${r.documentId}`;

/** A set of references in a stable, comparable form. */
export function referenceKeys(refs: ReferenceKey[]): string[] {
  return [...new Set(refs.map(referenceKey))].sort();
}
