// What an import will do to one row, decided before anything is written: the CSV and the Tweede Kamer import
// both plan rows into these shapes; a row's change is a CommitmentChange (lib/commitment/change.ts), written by the
// one writer every way in uses.
import type { ResolvedDeadline } from "@/lib/deadline";
import { statusPermission, type Permission } from "@/lib/auth/permissions";
import type { FieldChange } from "@/lib/format/field-change";
import {
  type CommitmentState,
  type FieldEdits,
  type NewCommitment,
  type PlannedReference,
  type StatusChange,
  deadlineChanges,
  diffEdits as diffCommitmentEdits,
  plannedKeys,
  samePhrase,
  sameText,
  statusChanges,
} from "@/lib/commitment/change";
import type { EditableField } from "@/lib/commitment/editable-fields";
import { referenceKeys } from "@/lib/commitment/references";
import { columnLabel } from "./csv-columns";
import type { ImportProblem } from "./report";

/** A right the acting user needs for the row, on a ministry's commitment (lib/auth/permissions.ts decides). */
export interface PermissionNeed {
  permission: Permission;
  ministryCode: string;
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

/** Edit rights on the commitment's ministry (and the new one, when it moves), plus the status and deadline rights. */
export function updatePermissions(
  current: CurrentCommitment,
  desiredMinistry: string,
  edited: boolean,
  status: StatusPlan | null,
  deadline: boolean,
): PermissionNeed[] {
  return [
    ...(edited ? [...new Set([current.ministry, desiredMinistry])].map((ministryCode) => ({ permission: "commitment.edit" as const, ministryCode })) : []),
    ...(status ? [{ permission: statusPermission(status.kind), ministryCode: current.ministry }] : []),
    ...(deadline ? [{ permission: "commitment.deadline.reset" as const, ministryCode: current.ministry }] : []),
  ];
}

// The import's words for the shared shapes.
export type CurrentCommitment = CommitmentState;
export type NewCommitmentPlan = NewCommitment;
export type EditPlan = FieldEdits;
export type StatusPlan = StatusChange;
export type { PlannedReference };
export { deadlineChanges, plannedKeys, referenceKeys, samePhrase, sameText, statusChanges };

const EDIT_COLUMNS: Readonly<Record<EditableField, string>> = {
  title: "titel",
  text: "tekst",
  madeOn: "gedaan_op",
  activity: "activiteit",
  ministerName: "bewindspersoon",
  ministerFunction: "functie",
  ministry: "ministerie",
  committee: "commissie",
  addressee: "gedaan_aan",
  references: "kamerstukken",
};

/** The edits of a row, with the report's labels (the file's column names) of what changes. */
export function diffEdits(...args: Parameters<typeof diffCommitmentEdits>) {
  const diff = diffCommitmentEdits(...args);
  return { ...diff, fields: diff.fields.map((f) => columnLabel(EDIT_COLUMNS[f])) };
}
