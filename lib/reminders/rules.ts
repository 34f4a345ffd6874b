// Who gets what in today's digest, given the commitments, the follows, what was already sent and today's date.
// Pure: the data layer (lib/data/reminders-compose.ts) loads the input and stores the outcome; the mail layer
// (lib/mail) words and sends it.
import type { DeadlinePrecision } from "@/lib/deadline";
import type { FieldChange } from "@/lib/format/field-change";
import { isOutstanding } from "@/lib/commitment/status";
import type { CommitmentStatus } from "@/lib/commitment/status";
import type { ChangeAction } from "./changes";
import { daysFrom } from "./dates";
import { dueReminder, type ReminderKind } from "./schedule";

export interface RecipientInput {
  id: string;
  email: string;
  name: string;
  role: string;
  ministryId: number | null;
  /** false when the user switched off the reminders that come with their ministry's commitments */
  ownerReminders: boolean;
}

export interface CommitmentInput {
  id: number;
  number: string;
  title: string;
  status: CommitmentStatus;
  ministryId: number;
  deadlinePhrase: string | null;
  deadlineLatest: string | null;
  precision: DeadlinePrecision | null;
}

export interface CommitmentFollowInput {
  userId: string;
  commitmentId: number;
  since: Date;
}

export interface FilterFollowInput {
  id: number;
  userId: string;
  name: string;
  since: Date;
  /** the changed commitments that match the filter now (the data layer asks the database) */
  matching: ReadonlySet<number>;
}

export interface ChangeInput {
  eventId: string;
  commitmentId: number;
  action: ChangeAction;
  at: Date;
  actorId: string | null;
  actor: string;
  changes: FieldChange[];
  reason: string | null;
}

export interface RulesInput {
  today: string;
  recipients: RecipientInput[];
  commitments: CommitmentInput[];
  commitmentFollows: CommitmentFollowInput[];
  filterFollows: FilterFollowInput[];
  changes: ChangeInput[];
  /** reminderKey(…) of every reminder already in a digest */
  sentReminders: ReadonlySet<string>;
  /** changeKey(…) of every change already in a digest */
  notifiedChanges: ReadonlySet<string>;
}

export interface PlannedReminder {
  commitment: CommitmentInput;
  kind: ReminderKind;
  dueOn: string;
  /** days from today to the latest deadline; negative once overdue */
  daysLeft: number;
  /** why this recipient: their ministry's commitment (owner), or one they follow */
  as: "owner" | "follower";
}

export interface PlannedChange {
  commitment: CommitmentInput;
  change: ChangeInput;
  /** how the recipient follows it: null = the commitment itself, else the names of the matching filters */
  viaFilters: string[] | null;
}

export interface DigestPlan {
  recipient: RecipientInput;
  reminders: PlannedReminder[];
  changes: PlannedChange[];
}

export const reminderKey = (userId: string, commitmentId: number, kind: string, dueOn: string) => `${userId}|${commitmentId}|${kind}|${dueOn}`;
export const changeKey = (userId: string, eventId: string) => `${userId}|${eventId}`;

/** Editors look after their own ministry's commitments; coordinators and admins only after what they follow. */
export function isOwner(recipient: RecipientInput, commitment: CommitmentInput): boolean {
  return recipient.role === "editor" && recipient.ownerReminders && recipient.ministryId === commitment.ministryId;
}

export function planDigests(input: RulesInput): DigestPlan[] {
  const commitments = new Map(input.commitments.map((c) => [c.id, c]));
  const followsByUser = groupBy(input.commitmentFollows, (f) => f.userId);
  const filtersByUser = groupBy(input.filterFollows, (f) => f.userId);
  const plans: DigestPlan[] = [];
  for (const recipient of input.recipients) {
    const follows = new Map((followsByUser.get(recipient.id) ?? []).map((f) => [f.commitmentId, f]));
    const reminders = remindersFor(recipient, follows, input, commitments);
    const changes = changesFor(recipient, follows, filtersByUser.get(recipient.id) ?? [], input, commitments);
    if (reminders.length || changes.length) plans.push({ recipient, reminders, changes });
  }
  return plans;
}

function remindersFor(
  recipient: RecipientInput,
  follows: Map<number, CommitmentFollowInput>,
  input: RulesInput,
  commitments: Map<number, CommitmentInput>,
): PlannedReminder[] {
  const out: PlannedReminder[] = [];
  for (const commitment of commitments.values()) {
    if (!isOutstanding(commitment.status) || !commitment.deadlineLatest) continue;
    const owner = isOwner(recipient, commitment);
    if (!owner && !follows.has(commitment.id)) continue;
    const due = dueReminder(commitment.deadlineLatest, commitment.precision, input.today);
    if (!due || input.sentReminders.has(reminderKey(recipient.id, commitment.id, due.kind, due.dueOn))) continue;
    out.push({ commitment, ...due, daysLeft: daysFrom(input.today, commitment.deadlineLatest), as: owner ? "owner" : "follower" });
  }
  // Most urgent first: overdue, then the nearest deadline.
  return out.sort((a, b) => a.daysLeft - b.daysLeft || a.commitment.number.localeCompare(b.commitment.number));
}

function changesFor(
  recipient: RecipientInput,
  follows: Map<number, CommitmentFollowInput>,
  filters: FilterFollowInput[],
  input: RulesInput,
  commitments: Map<number, CommitmentInput>,
): PlannedChange[] {
  const out: PlannedChange[] = [];
  for (const change of input.changes) {
    // Your own change is not news to you.
    if (change.actorId === recipient.id) continue;
    if (input.notifiedChanges.has(changeKey(recipient.id, change.eventId))) continue;
    const commitment = commitments.get(change.commitmentId);
    if (!commitment) continue;
    // A follow only covers what happened after it began.
    const direct = follows.get(change.commitmentId);
    const followsDirectly = direct !== undefined && change.at >= direct.since;
    const viaFilters = filters.filter((f) => f.matching.has(change.commitmentId) && change.at >= f.since).map((f) => f.name);
    if (!followsDirectly && !viaFilters.length) continue;
    out.push({ commitment, change, viaFilters: followsDirectly ? null : viaFilters });
  }
  return out.sort((a, b) => a.change.at.getTime() - b.change.at.getTime() || Number(BigInt(a.change.eventId) - BigInt(b.change.eventId)));
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}
