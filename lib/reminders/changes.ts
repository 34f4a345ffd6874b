// Which audit events count as news for followers, and the digest's one sentence for each. The fields and values are
// worded as in the history and the feed (lib/format/field-change.ts); the sentence around them is the mail's. Pure.
import { CHANGE_ACTIONS, type ChangeAction } from "@/lib/commitment/audit-actions";
import { describeFieldChange, describeValue, fieldLabel, type FieldChange } from "@/lib/format/field-change";

export { CHANGE_ACTIONS, type ChangeAction };

export function isChangeAction(action: string): action is ChangeAction {
  return (CHANGE_ACTIONS as readonly string[]).includes(action);
}

// A digest line is read between many others: values are cut shorter than on the commitment page or in the feed.
const MAIL_VALUE_LENGTH = 200;
const MAIL_NOTE_LENGTH = 300;

/** One Dutch sentence for an audit event, e.g. "Status gewijzigd: Open → Nagekomen". */
export function describeChange(action: ChangeAction, changes: FieldChange[]): string {
  const field = (name: string) => changes.find((c) => c.field === name);
  const change = (c: FieldChange) => describeFieldChange(c, { max: MAIL_VALUE_LENGTH }).text;
  switch (action) {
    case "commitment.created":
      return "Nieuwe toezegging vastgelegd";
    case "commitment.status_changed": {
      const status = field("status");
      return status ? `Status gewijzigd: ${change(status)}` : "Status gewijzigd";
    }
    case "commitment.deadline_reset": {
      const phrase = field("deadlinePhrase");
      return phrase ? `Termijn opnieuw vastgesteld: ${change(phrase)}` : "Termijn opnieuw vastgesteld";
    }
    case "commitment.updated": {
      const names = changes.map((c) => fieldLabel(c.field));
      return names.length ? `Gewijzigd: ${names.join(", ")}` : "Gewijzigd";
    }
    case "commitment.note_added": {
      const note = field("note");
      return note ? `Voortgang vastgelegd: ${describeValue("note", note.after, { max: MAIL_NOTE_LENGTH })}` : "Voortgang vastgelegd";
    }
  }
}
