// The shape in which a commitment leaves the data layer: the same for pages and the JSON API.
import { deadlineStanding } from "@/lib/commitment/standing";
import type { CommitmentStatus } from "@/lib/commitment/status";

import type { EditableValues } from "@/lib/commitment/editable-fields";
import type { ReferenceRole } from "@/lib/commitment/references";
export type { ReferenceRole };

export interface ReferenceView {
  id: string;
  label: string;
  url: string;
  role: ReferenceRole;
  title: string | null;
  date: string | null;
}

export interface DossierView {
  nummer: string;
  toevoeging: string | null;
  title: string | null;
  /** "29628" or "34775-IV": the form used in URLs and filters */
  key: string;
}

export interface CommitmentView {
  number: string;
  title: string;
  text: string;
  status: CommitmentStatus;
  overdue: boolean;
  daysOverdue: number | null;
  daysRemaining: number | null;
  deadline: { phrase: string; earliest: string | null; latest: string | null; precision: string | null } | null;
  madeOn: string | null;
  fulfilledOn: string | null;
  activity: string;
  minister: { id: number; name: string; function: string };
  ministry: { code: string; name: string };
  committee: string | null;
  addressee: string | null;
  dossiers: DossierView[];
  references: ReferenceView[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CommitmentRow {
  id: number;
  number: string;
  title: string;
  text: string;
  status: string;
  deadline_phrase: string | null;
  deadline_earliest: string | null;
  deadline_latest: string | null;
  deadline_precision: string | null;
  made_on: string | null;
  fulfilled_on: string | null;
  activity: string;
  committee: string | null;
  addressee: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  minister_id: number;
  minister_name: string;
  minister_function: string;
  ministry_code: string;
  ministry_name: string;
  refs: ReferenceRow[];
  dossiers: DossierRow[];
}

export interface ReferenceRow {
  role: string;
  id: string;
  label: string;
  url: string;
  title: string | null;
  date: string | null;
}

export interface DossierRow {
  nummer: string;
  toevoeging: string;
  title: string | null;
}

// PostgreSQL enum labels cannot hold "-"; outside the database the precision is lib/deadline's "half-year".
export function precisionFromDb(value: string | null): string | null {
  return value === "half_year" ? "half-year" : value;
}

export function precisionToDb<T extends string>(value: T): Exclude<T, "half-year"> | "half_year" {
  return (value === "half-year" ? "half_year" : value) as Exclude<T, "half-year"> | "half_year";
}

export function dossierKey(nummer: string, toevoeging: string | null): string {
  return toevoeging ? `${nummer}-${toevoeging}` : nummer;
}

export function toDossierView(row: { nummer: string; toevoeging: string; title: string | null }): DossierView {
  return { nummer: row.nummer, toevoeging: row.toevoeging || null, title: row.title, key: dossierKey(row.nummer, row.toevoeging) };
}

export function toCommitmentView(row: CommitmentRow, today: string): CommitmentView {
  const references = row.refs ?? [];
  const dossiers = row.dossiers ?? [];
  const status = row.status as CommitmentStatus;
  return {
    number: row.number,
    title: row.title,
    text: row.text,
    status,
    ...deadlineStanding(status, row.deadline_latest, today),
    deadline: row.deadline_phrase
      ? { phrase: row.deadline_phrase, earliest: row.deadline_earliest, latest: row.deadline_latest, precision: precisionFromDb(row.deadline_precision) }
      : null,
    madeOn: row.made_on,
    fulfilledOn: row.fulfilled_on,
    activity: row.activity,
    minister: { id: row.minister_id, name: row.minister_name, function: row.minister_function },
    ministry: { code: row.ministry_code, name: row.ministry_name },
    committee: row.committee,
    addressee: row.addressee,
    dossiers: dossiers.map(toDossierView),
    references: references.map((r) => ({ id: r.id, label: r.label, url: r.url, role: r.role as ReferenceRole, title: r.title, date: r.date })),
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** The fields an edit sends, as they are now: the edit form's starting values and the base of an API PATCH. */
/** The editable fields of a commitment as plain values: what an edit form starts from and a merge compares. */
export function editableValuesOf(c: CommitmentView): EditableValues {
  return {
    title: c.title,
    text: c.text,
    madeOn: c.madeOn,
    activity: c.activity,
    ministerName: c.minister.name,
    ministerFunction: c.minister.function,
    ministry: c.ministry.code,
    committee: c.committee,
    addressee: c.addressee,
    references: c.references.map((r) => ({ citation: r.label, role: r.role })),
  };
}

export function editableFields(c: CommitmentView) {
  return {
    title: c.title,
    text: c.text,
    madeOn: c.madeOn ?? "",
    activity: c.activity,
    ministerName: c.minister.name,
    ministerFunction: c.minister.function,
    ministry: c.ministry.code,
    committee: c.committee,
    addressee: c.addressee,
  };
}
