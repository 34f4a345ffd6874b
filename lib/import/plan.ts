// What an import will do to one row, decided before anything is written: the CSV and the Tweede Kamer import
// both plan rows into these shapes, and one writer (lib/data/import-writer.ts) carries them out.
import type { ReferenceRole } from "@/lib/commitment/references";
import type { ResolvedDeadline } from "@/lib/deadline";
import { statusPermission, type Permission } from "@/lib/auth/permissions";
import type { FieldChange } from "@/lib/format/field-change";
import type { KamerstukCitation } from "@/lib/kamerstuk";
import type { TransitionKind } from "@/lib/commitment/transitions";
import { type CommitmentStatus } from "@/lib/commitment/status";
import { columnLabel } from "./csv-columns";
import type { ImportProblem } from "./report";

/** A commitment as the register holds it now, in plain values (lib/data loads it). */
export interface CurrentCommitment {
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
}

export interface PlannedReference {
  citation: KamerstukCitation;
  role: ReferenceRole;
}

/** A right the acting user needs for the row, on a ministry's commitment (lib/auth/permissions.ts decides). */
export interface PermissionNeed {
  permission: Permission;
  ministryCode: string;
}

export interface NewCommitmentPlan {
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

export interface EditPlan {
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

export interface StatusPlan {
  to: CommitmentStatus;
  kind: TransitionKind;
  note: string | null;
  fulfilment: KamerstukCitation | null;
}

export interface CreatePlan {
  kind: "create";
  row: number;
  record: NewCommitmentPlan;
  permissions: PermissionNeed[];
  warnings: ImportProblem[];
}

export interface UpdatePlan {
  kind: "update";
  row: number;
  number: string;
  id: number;
  version: number;
  /** the final ministry (for the minister lookup) */
  ministry: string;
  edits: EditPlan;
  status: StatusPlan | null;
  deadline: ResolvedDeadline | null;
  /** the reason recorded with the one audit event */
  reason: string | null;
  changes: FieldChange[];
  /** Dutch labels of what changes, for the report */
  fields: string[];
  permissions: PermissionNeed[];
  warnings: ImportProblem[];
}

export interface SettledPlan {
  kind: "unchanged" | "conflict" | "invalid" | "skipped";
  row: number;
  number: string | null;
  problems: ImportProblem[];
}

export type RowPlan = CreatePlan | UpdatePlan | SettledPlan;

/** The audit action of an update: one event per commitment, named after its weightiest part. */
export function updateAction(plan: Pick<UpdatePlan, "status" | "deadline">): "commitment.status_changed" | "commitment.deadline_reset" | "commitment.updated" {
  if (plan.status) return "commitment.status_changed";
  if (plan.deadline) return "commitment.deadline_reset";
  return "commitment.updated";
}

/** Cosmetic differences (line ends, surrounding spaces) are no change; the register never stores them on purpose. */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (v: string | null | undefined) => (v ?? "").replace(/\r\n?/g, "\n").trim();
  return norm(a) === norm(b);
}

/** Case and spacing in a deadline phrase are cosmetic (as in lib/status/deadline-reset.ts). */
export function samePhrase(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (v: string | null | undefined) => (v ?? "").trim().replace(/\s+/g, " ").toLowerCase();
  return norm(a) === norm(b);
}

export const referenceKey = (r: { documentId: string; role: string }) => `${r.role}:${r.documentId}`;

export function referenceKeys(refs: Array<{ documentId: string; role: string }>): string[] {
  return [...new Set(refs.map(referenceKey))].sort();
}

export const plannedKeys = (refs: PlannedReference[]) => referenceKeys(refs.map((r) => ({ documentId: r.citation.id, role: r.role })));

export function deadlineChanges(before: CurrentCommitment["deadline"], next: ResolvedDeadline): FieldChange[] {
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
 * The edits that take `current` to `desired`, as the audit trail records them (the field names and order of
 * updateCommitment), with the Dutch labels of what changes. `fulfilment` is the document a status change in the
 * same row adds: citing it is then no separate change of the references.
 */
export function diffEdits(current: CurrentCommitment, desired: DesiredFields, fulfilment: string | null): { edits: EditPlan; changes: FieldChange[]; fields: string[] } {
  const edits: EditPlan = {};
  const changes: FieldChange[] = [];
  const fields = new Set<string>();
  const change = (field: string, column: string, before: unknown, after: unknown) => {
    changes.push({ field, before, after });
    fields.add(columnLabel(column));
  };
  const text = <K extends "title" | "text" | "activity" | "committee" | "addressee">(key: K, column: string, after: string | null | undefined) => {
    if (after === undefined || sameText(current[key], after)) return;
    edits[key] = after as EditPlan[K];
    change(key, column, current[key], after);
  };
  text("title", "titel", desired.title);
  text("text", "tekst", desired.text);
  if (desired.madeOn !== undefined && (current.madeOn ?? null) !== (desired.madeOn ?? null)) {
    edits.madeOn = desired.madeOn;
    change("madeOn", "gedaan_op", current.madeOn, desired.madeOn);
  }
  text("activity", "activiteit", desired.activity);
  const nameChanged = !sameText(current.ministerName, desired.ministerName);
  const functionChanged = !sameText(current.ministerFunction, desired.ministerFunction);
  if (nameChanged || functionChanged) {
    const after = `${desired.ministerName}, ${desired.ministerFunction}`;
    change("minister", nameChanged ? "bewindspersoon" : "functie", `${current.ministerName}, ${current.ministerFunction}`, after);
    if (nameChanged && functionChanged) fields.add(columnLabel("functie"));
  }
  if (current.ministry !== desired.ministry) {
    edits.ministry = desired.ministry;
    change("ministry", "ministerie", current.ministry, desired.ministry);
  }
  // The minister is looked up (or added) under the commitment's final ministry.
  if (nameChanged || functionChanged || edits.ministry) edits.minister = { name: desired.ministerName, function: desired.ministerFunction };
  text("committee", "commissie", desired.committee);
  text("addressee", "gedaan_aan", desired.addressee);
  if (desired.references) {
    const expected = referenceKeys([...current.references, ...(fulfilment ? [{ documentId: fulfilment, role: "fulfilment" }] : [])]);
    const after = plannedKeys(desired.references);
    if (after.join() !== expected.join()) {
      edits.references = desired.references;
      change("references", "kamerstukken", referenceKeys(current.references), after);
    }
  }
  return { edits, changes, fields: [...fields] };
}

/** The status part of a row's changes: the new status and, when it adds one, the fulfilling document. */
export function statusChanges(current: CurrentCommitment, status: StatusPlan): FieldChange[] {
  const changes: FieldChange[] = [{ field: "status", before: current.status, after: status.to }];
  const id = status.fulfilment?.id;
  if (id && !current.references.some((r) => r.role === "fulfilment" && r.documentId === id)) changes.push({ field: "fulfilledBy", before: null, after: id });
  return changes;
}

/** Edit rights on the commitment's ministry (and the new one, when it moves), plus the status and deadline rights. */
export function updatePermissions(current: CurrentCommitment, desiredMinistry: string, edited: boolean, status: StatusPlan | null, deadline: boolean): PermissionNeed[] {
  return [
    ...(edited ? [...new Set([current.ministry, desiredMinistry])].map((ministryCode) => ({ permission: "commitment.edit" as const, ministryCode })) : []),
    ...(status ? [{ permission: statusPermission(status.kind), ministryCode: current.ministry }] : []),
    ...(deadline ? [{ permission: "commitment.deadline.reset" as const, ministryCode: current.ministry }] : []),
  ];
}
