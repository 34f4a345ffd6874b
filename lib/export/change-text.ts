// An audit event told in Dutch for the public changes feed: what happened ("Status gewijzigd naar Nagekomen")
// and each changed field before → after, with statuses, dates and roles in words rather than codes.
import type { FieldChange } from "@/lib/data/audit";
import { formatDate } from "@/lib/format/dates";
import { FIELD_LABELS, PRECISION_LABELS, REFERENCE_ROLE_LABELS, STATUS_LABELS } from "@/lib/status/labels";

export const FEED_ACTIONS = ["commitment.created", "commitment.status_changed", "commitment.deadline_reset"] as const;
export type FeedAction = (typeof FEED_ACTIONS)[number];



const MAX_VALUE_LENGTH = 600;

function label<T extends Record<string, string>>(labels: T, value: unknown): string {
  return typeof value === "string" && value in labels ? labels[value as keyof T]! : String(value);
}

/** One value in words; dates as "31 mei 2022", references "source:kst-…" as "Bron: kst-…". */
export function describeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "(geen)";
  if (Array.isArray(value)) return value.map((v) => describeValue(field, v)).join("; ");
  let text: string;
  if (field === "status") text = label(STATUS_LABELS, value);
  else if (field === "deadlinePrecision") text = label(PRECISION_LABELS, value);
  else if (field === "deadlineEarliest" || field === "deadlineLatest" || field === "madeOn") text = formatDate(String(value));
  else if (field === "deadlinePhrase") text = `‘${String(value)}’`;
  else if (field === "references" && typeof value === "string" && value.includes(":")) {
    const [role, id] = [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)];
    text = `${label(REFERENCE_ROLE_LABELS, role)}: ${id}`;
  } else text = String(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

export function describeFieldChange(change: FieldChange): { field: string; text: string } {
  const field = FIELD_LABELS[change.field] ?? change.field;
  const after = describeValue(change.field, change.after);
  const text = change.before === null || change.before === undefined ? after : `${describeValue(change.field, change.before)} → ${after}`;
  return { field, text };
}

/** "Nieuwe toezegging: …", "Status gewijzigd naar Nagekomen: …", "Termijn opnieuw vastgesteld: …". */
export function changeTitle(action: FeedAction, changes: FieldChange[], title: string): string {
  if (action === "commitment.created") return `Nieuwe toezegging: ${title}`;
  if (action === "commitment.deadline_reset") return `Termijn opnieuw vastgesteld: ${title}`;
  const to = changes.find((c) => c.field === "status")?.after;
  return to ? `Status gewijzigd naar ${describeValue("status", to)}: ${title}` : `Status gewijzigd: ${title}`;
}
