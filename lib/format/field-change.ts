// A changed field of a commitment in Dutch words, as the audit trail records it: the field's name, and its value
// before → after, with statuses, dates and roles in words rather than codes. One wording for the history on the
// commitment page, the changes feed and the digest mail; each frames the event itself. Pure.
import { FIELD_LABELS, PRECISION_LABELS, STATUS_LABELS } from "@/lib/commitment/labels";
import { REFERENCE_ROLE_LABELS } from "@/lib/commitment/references";
import { formatDate } from "./dates";

/** One field of an audit event's `changes` (lib/data/audit.ts writes them). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Longer values are cut off with "…"; a mail or a list may ask for less. */
export const MAX_VALUE_LENGTH = 600;

function label<T extends Record<string, string>>(labels: T, value: unknown): string {
  return typeof value === "string" && value in labels ? labels[value as keyof T]! : String(value);
}

/** "uiterste datum" for deadlineLatest; an unknown field keeps its own name. */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** One value in words; dates as "31 mei 2022", references "source:kst-…" as "Bron: kst-…", nothing as "(geen)". */
export function describeValue(field: string, value: unknown, { max = MAX_VALUE_LENGTH }: { max?: number } = {}): string {
  if (value === null || value === undefined || value === "") return "(geen)";
  if (Array.isArray(value)) return value.map((v) => describeValue(field, v, { max })).join("; ");
  let text: string;
  if (field === "status") text = label(STATUS_LABELS, value);
  else if (field === "deadlinePrecision") text = label(PRECISION_LABELS, value);
  else if (field === "deadlineEarliest" || field === "deadlineLatest" || field === "madeOn") text = formatDate(String(value));
  else if (field === "deadlinePhrase") text = `‘${String(value)}’`;
  else if (field === "references" && typeof value === "string" && value.includes(":")) {
    const [role, id] = [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)];
    text = `${label(REFERENCE_ROLE_LABELS, role)}: ${id}`;
  } else text = String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** { field: "status", text: "Open → Nagekomen" }; a field set for the first time has only its new value. */
export function describeFieldChange(change: FieldChange, options: { max?: number } = {}): { field: string; text: string } {
  const after = describeValue(change.field, change.after, options);
  const text = change.before === null || change.before === undefined ? after : `${describeValue(change.field, change.before, options)} → ${after}`;
  return { field: fieldLabel(change.field), text };
}
