// Two people edit one toezegging at once. The second save starts from an older version; instead of refusing it
// wholesale (or, worse, letting it overwrite), the edit is merged three ways against the version it started from:
// a field only you changed takes your value, a field only the other person changed keeps theirs, and a field you
// both changed to different values is put to you side by side to choose.
import { EDITABLE_FIELDS, sameFieldValue, type EditableField, type EditableValues } from "./editable-fields";

export type MergeChoice = "mine" | "theirs";

export interface MergeProposal {
  /** the values a re-save would store, apart from the fields still to choose (there: yours) */
  merged: EditableValues;
  /** fields only the other person changed: their value is kept */
  kept: EditableField[];
  /** fields both changed differently: to choose */
  conflicts: EditableField[];
  /** the other person's values, to show beside yours */
  theirs: EditableValues;
}

export function mergeEdits(base: EditableValues, mine: EditableValues, theirs: EditableValues): MergeProposal {
  const merged = { ...mine } as Record<EditableField, unknown>;
  const kept: EditableField[] = [];
  const conflicts: EditableField[] = [];
  for (const field of EDITABLE_FIELDS) {
    const iChanged = !sameFieldValue(field, base[field], mine[field]);
    const theyChanged = !sameFieldValue(field, base[field], theirs[field]);
    if (!theyChanged) continue;
    if (!iChanged) {
      merged[field] = theirs[field];
      kept.push(field);
    } else if (!sameFieldValue(field, mine[field], theirs[field])) {
      conflicts.push(field);
    }
  }
  return { merged: merged as unknown as EditableValues, kept, conflicts, theirs };
}

/** The values to save once the conflicting fields are chosen; a field without a choice keeps the posted value. */
export function applyChoices(posted: EditableValues, theirs: EditableValues, choices: Partial<Record<EditableField, MergeChoice>>): EditableValues {
  const out = { ...posted } as Record<EditableField, unknown>;
  for (const field of EDITABLE_FIELDS) if (choices[field] === "theirs") out[field] = theirs[field];
  return out as unknown as EditableValues;
}

/** The audit trail's field for an editable field (name and function are recorded together as the minister). */
export function auditFieldOf(field: EditableField): string {
  return field === "ministerName" || field === "ministerFunction" ? "minister" : field;
}

/** A merge as the form shows it: the proposal, the version it continues from, and who changed what, when. */
export interface MergeNotice extends MergeProposal {
  version: number;
  changedBy: Partial<Record<EditableField, { by: string; at: string }>>;
}
