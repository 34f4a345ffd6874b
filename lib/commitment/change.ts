// A change to one toezegging, decided before anything is written. Every way in — the forms, the API, the letter
// import, the CSV and Tweede Kamer imports — plans its change into these shapes, and one writer
// (lib/data/commitment-writes.ts) carries them out, with one audit event each.
import type { ResolvedDeadline } from "@/lib/deadline";
import type { FieldChange } from "@/lib/format/field-change";
import type { KamerstukCitation } from "@/lib/kamerstuk";
import { COMMITMENT_ACTIONS, type CommitmentAction } from "./audit-actions";
import type { EditableField } from "./editable-fields";
import { referenceKeys, type ReferenceRole } from "./references";
import type { CommitmentStatus } from "./status";
import type { TransitionKind } from "./transitions";

/** A commitment as the register holds it now, in plain values (lib/data loads it). */
export interface CommitmentState {
  id: number;
  number: string;
  version: number;
  status: CommitmentStatus;
  title: string;
  text: string;
  madeOn: string | null;
  activity: string;
  ministerName: string;
  ministerFunction: string;
  ministry: string;
  committee: string | null;
  addressee: string | null;
  deadline: { phrase: string; earliest: string | null; latest: string | null; precision: string | null } | null;
  fulfilledOn: string | null;
  overdue: boolean;
  dossiers: string[];
  references: Array<{ documentId: string; role: ReferenceRole }>;
  tkNummer: string | null;
  /** the version the last Tweede Kamer import left it at (null: never imported from the Kamer) */
  tkSyncedVersion: number | null;
}

export interface PlannedReference {
  citation: KamerstukCitation;
  role: ReferenceRole;
}

export interface NewCommitment {
  title: string;
  text: string;
  madeOn: string;
  activity: string;
  ministerName: string;
  ministerFunction: string;
  ministry: string;
  committee: string | null;
  addressee: string | null;
  deadline: ResolvedDeadline | null;
  status: CommitmentStatus;
  references: PlannedReference[];
  /** progress note for a commitment created partially fulfilled */
  note: string | null;
  /** when it was fulfilled, if the document's own date is unknown (else today) */
  fulfilledOnHint: string | null;
  tkNummer: string | null;
}

export interface FieldEdits {
  title?: string;
  text?: string;
  madeOn?: string | null;
  activity?: string;
  /** set when the minister or the ministry changes: the minister is looked up (or added) under the final ministry */
  minister?: { name: string; function: string };
  ministry?: string;
  committee?: string | null;
  addressee?: string | null;
  /** the complete new set, when it differs */
  references?: PlannedReference[];
}

export interface StatusChange {
  to: CommitmentStatus;
  kind: TransitionKind;
  note: string | null;
  fulfilment: KamerstukCitation | null;
  /** the day it was fulfilled, when the change knows it (a letter's date); else the document's date, else today */
  fulfilledOn?: string | null;
}

/** The audit action of a change: one event per change, named after its weightiest part. */
export function changeAction(change: Pick<CommitmentChange, "status" | "deadline" | "edits" | "note">): CommitmentAction {
  if (change.status) return COMMITMENT_ACTIONS.statusChanged;
  if (change.deadline) return COMMITMENT_ACTIONS.deadlineReset;
  if (change.note && !Object.keys(change.edits).length) return COMMITMENT_ACTIONS.noteAdded;
  return COMMITMENT_ACTIONS.updated;
}

/** Cosmetic differences (line ends, surrounding spaces) are no change; the register never stores them on purpose. */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (v: string | null | undefined) => (v ?? "").replace(/\r\n?/g, "\n").trim();
  return norm(a) === norm(b);
}

/** Case and spacing in a deadline phrase are cosmetic (as in ./deadline-reset.ts). */
export function samePhrase(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (v: string | null | undefined) => (v ?? "").trim().replace(/\s+/g, " ").toLowerCase();
  return norm(a) === norm(b);
}

export const plannedKeys = (refs: PlannedReference[]) => referenceKeys(refs.map((r) => ({ documentId: r.citation.id, role: r.role })));

export function deadlineChanges(before: CommitmentState["deadline"], next: ResolvedDeadline): FieldChange[] {
  return [
    { field: "deadlinePhrase", before: before?.phrase ?? null, after: next.phrase },
    { field: "deadlineEarliest", before: before?.earliest ?? null, after: next.earliest },
    { field: "deadlineLatest", before: before?.latest ?? null, after: next.latest },
    { field: "deadlinePrecision", before: before?.precision ?? null, after: next.precision },
  ].filter((c) => c.before !== c.after);
}

/** What a row says a commitment's fields should be; a field left undefined is left as it is. */
export interface DesiredFields {
  title?: string;
  text?: string;
  madeOn?: string | null;
  activity?: string;
  ministerName: string;
  ministerFunction: string;
  ministry: string;
  committee?: string | null;
  addressee?: string | null;
  /** the complete set the commitment should cite */
  references?: PlannedReference[];
}

/**
 * The edits that take `current` to `desired`, as the audit trail records them, with the editable fields that
 * change. `fulfilment` is the document a status change in the
 * same row adds: citing it is then no separate change of the references.
 */
export function diffEdits(
  current: CommitmentState,
  desired: DesiredFields,
  fulfilment: string | null,
): { edits: FieldEdits; changes: FieldChange[]; fields: EditableField[] } {
  const edits: FieldEdits = {};
  const changes: FieldChange[] = [];
  const fields = new Set<EditableField>();
  const change = (field: string, edited: EditableField, before: unknown, after: unknown) => {
    changes.push({ field, before, after });
    fields.add(edited);
  };
  const text = <K extends "title" | "text" | "activity" | "committee" | "addressee">(key: K, after: string | null | undefined) => {
    if (after === undefined || sameText(current[key], after)) return;
    edits[key] = after as FieldEdits[K];
    change(key, key, current[key], after);
  };
  text("title", desired.title);
  text("text", desired.text);
  if (desired.madeOn !== undefined && (current.madeOn ?? null) !== (desired.madeOn ?? null)) {
    edits.madeOn = desired.madeOn;
    change("madeOn", "madeOn", current.madeOn, desired.madeOn);
  }
  text("activity", desired.activity);
  const nameChanged = !sameText(current.ministerName, desired.ministerName);
  const functionChanged = !sameText(current.ministerFunction, desired.ministerFunction);
  if (nameChanged || functionChanged) {
    const after = `${desired.ministerName}, ${desired.ministerFunction}`;
    change("minister", nameChanged ? "ministerName" : "ministerFunction", `${current.ministerName}, ${current.ministerFunction}`, after);
    if (nameChanged && functionChanged) fields.add("ministerFunction");
  }
  if (current.ministry !== desired.ministry) {
    edits.ministry = desired.ministry;
    change("ministry", "ministry", current.ministry, desired.ministry);
  }
  // The minister is looked up (or added) under the commitment's final ministry.
  if (nameChanged || functionChanged || edits.ministry) edits.minister = { name: desired.ministerName, function: desired.ministerFunction };
  text("committee", desired.committee);
  text("addressee", desired.addressee);
  if (desired.references) {
    const expected = referenceKeys([...current.references, ...(fulfilment ? [{ documentId: fulfilment, role: "fulfilment" }] : [])]);
    const after = plannedKeys(desired.references);
    if (after.join() !== expected.join()) {
      edits.references = desired.references;
      change("references", "references", referenceKeys(current.references), after);
    }
  }
  return { edits, changes, fields: [...fields] };
}

/**
 * The status part of a change as the audit trail records it: the new status and, when it adds one, the fulfilling
 * document; a reopening also records the nakoming it ends.
 */
export function statusChanges(current: Pick<CommitmentState, "status" | "references">, status: StatusChange): FieldChange[] {
  const changes: FieldChange[] = [{ field: "status", before: current.status, after: status.to }];
  const id = status.fulfilment?.id;
  if (id && !current.references.some((r) => r.role === "fulfilment" && r.documentId === id)) changes.push({ field: "fulfilledBy", before: null, after: id });
  if (status.kind === "reopen") {
    for (const r of current.references) if (r.role === "fulfilment") changes.push({ field: "fulfilledBy", before: r.documentId, after: null });
  }
  return changes;
}

/** Everything one change does to an existing commitment; written at once, recorded as one audit event. */
export interface CommitmentChange {
  edits: FieldEdits;
  status: StatusChange | null;
  deadline: ResolvedDeadline | null;
  /** a progress note written with the change (a note on its own, or the explanation of "deels nagekomen") */
  note: { date: string; text: string } | null;
  /** the reason recorded with the audit event */
  reason: string | null;
  /** what the audit trail records */
  changes: FieldChange[];
}

export const NO_EDITS: FieldEdits = Object.freeze({});
