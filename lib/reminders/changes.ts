// Which audit events count as news for followers, and how the digest words them. Pure.
import { STATUS_LABELS } from "@/lib/status/labels";

/** The audit actions a follower hears about (lib/data writes them). */
export const CHANGE_ACTIONS = [
  "commitment.created",
  "commitment.status_changed",
  "commitment.deadline_reset",
  "commitment.updated",
  "commitment.note_added",
] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

export function isChangeAction(action: string): action is ChangeAction {
  return (CHANGE_ACTIONS as readonly string[]).includes(action);
}

export interface ChangedField {
  field: string;
  before: unknown;
  after: unknown;
}

const FIELD_LABELS: Record<string, string> = {
  title: "titel",
  text: "tekst",
  madeOn: "gedaan op",
  activity: "activiteit",
  minister: "bewindspersoon",
  ministry: "ministerie",
  committee: "commissie",
  addressee: "gedaan aan",
  references: "Kamerstukken",
};

const clip = (value: unknown, max = 200) => {
  const text = value === null || value === undefined || value === "" ? "—" : String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
};

const statusLabel = (value: unknown) => STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? clip(value);

/** One Dutch sentence for an audit event, e.g. "Status gewijzigd: Open → Nagekomen". */
export function describeChange(action: ChangeAction, changes: ChangedField[]): string {
  const field = (name: string) => changes.find((c) => c.field === name);
  switch (action) {
    case "commitment.created":
      return "Nieuwe toezegging vastgelegd";
    case "commitment.status_changed": {
      const status = field("status");
      return status ? `Status gewijzigd: ${statusLabel(status.before)} → ${statusLabel(status.after)}` : "Status gewijzigd";
    }
    case "commitment.deadline_reset": {
      const phrase = field("deadlinePhrase");
      return phrase ? `Termijn opnieuw vastgesteld: "${clip(phrase.before)}" → "${clip(phrase.after)}"` : "Termijn opnieuw vastgesteld";
    }
    case "commitment.updated": {
      const names = changes.map((c) => FIELD_LABELS[c.field] ?? c.field);
      return names.length ? `Gewijzigd: ${names.join(", ")}` : "Gewijzigd";
    }
    case "commitment.note_added": {
      const note = field("note");
      return note ? `Voortgang vastgelegd: ${clip(note.after, 300)}` : "Voortgang vastgelegd";
    }
  }
}
