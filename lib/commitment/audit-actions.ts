// The names under which changes to a toezegging are recorded in the audit trail. Stored in every audit event, read
// by the history, the changes feed and the reminders: never spell one as a loose string.

export const COMMITMENT_ACTIONS = {
  created: "commitment.created",
  updated: "commitment.updated",
  statusChanged: "commitment.status_changed",
  deadlineReset: "commitment.deadline_reset",
  noteAdded: "commitment.note_added",
  ministerMerged: "commitment.minister_merged",
} as const;

export type CommitmentAction = (typeof COMMITMENT_ACTIONS)[keyof typeof COMMITMENT_ACTIONS];

export const ALL_COMMITMENT_ACTIONS: readonly CommitmentAction[] = Object.values(COMMITMENT_ACTIONS);

/** How the history names each action. */
export const COMMITMENT_ACTION_LABELS: Readonly<Record<CommitmentAction, string>> = {
  "commitment.created": "Vastgelegd",
  "commitment.updated": "Gewijzigd",
  "commitment.status_changed": "Status gewijzigd",
  "commitment.deadline_reset": "Termijn opnieuw vastgesteld",
  "commitment.note_added": "Voortgang vastgelegd",
  "commitment.minister_merged": "Bewindspersoon samengevoegd",
};

/** The actions the public changes feed reports: a commitment made, its status or its deadline changed. */
export const FEED_ACTIONS = [COMMITMENT_ACTIONS.created, COMMITMENT_ACTIONS.statusChanged, COMMITMENT_ACTIONS.deadlineReset] as const;
export type FeedAction = (typeof FEED_ACTIONS)[number];

/** The actions a follower hears about in the digest. */
export const CHANGE_ACTIONS = [
  COMMITMENT_ACTIONS.created,
  COMMITMENT_ACTIONS.statusChanged,
  COMMITMENT_ACTIONS.deadlineReset,
  COMMITMENT_ACTIONS.updated,
  COMMITMENT_ACTIONS.noteAdded,
] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];
