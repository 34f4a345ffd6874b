// An audit event told in Dutch for the public changes feed: its title says what happened ("Status gewijzigd naar
// Nagekomen: …"); each changed field is worded as everywhere else (lib/format/field-change.ts).
import { FEED_ACTIONS, type FeedAction } from "@/lib/commitment/audit-actions";
import { describeValue, type FieldChange } from "@/lib/format/field-change";

export { FEED_ACTIONS, type FeedAction };

/** "Nieuwe toezegging: …", "Status gewijzigd naar Nagekomen: …", "Termijn opnieuw vastgesteld: …". */
export function changeTitle(action: FeedAction, changes: FieldChange[], title: string): string {
  if (action === "commitment.created") return `Nieuwe toezegging: ${title}`;
  if (action === "commitment.deadline_reset") return `Termijn opnieuw vastgesteld: ${title}`;
  const to = changes.find((c) => c.field === "status")?.after;
  return to ? `Status gewijzigd naar ${describeValue("status", to)}: ${title}` : `Status gewijzigd: ${title}`;
}
