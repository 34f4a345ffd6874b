import { describe, expect, it } from "vitest";
import type { ChangeInput, CommitmentInput, RecipientInput, RulesInput } from "./rules";
import { changeKey, planDigests, reminderKey } from "./rules";

const JENV = 1;
const BZK = 2;

const editorJenV: RecipientInput = { id: "u-editor", email: "r@jenv.nl", name: "Redacteur", role: "editor", ministryId: JENV, ownerReminders: true };
const editorBZK: RecipientInput = { id: "u-bzk", email: "r@bzk.nl", name: "Redacteur BZK", role: "editor", ministryId: BZK, ownerReminders: true };
const coordinator: RecipientInput = { id: "u-coord", email: "c@minbzk.nl", name: "Coördinator", role: "coordinator", ministryId: null, ownerReminders: true };

const dueInMay: CommitmentInput = {
  id: 10,
  number: "TZ-2031-0001",
  title: "Brief over de aanpak",
  status: "open",
  ministryId: JENV,
  deadlinePhrase: "in mei 2031",
  deadlineLatest: "2031-05-31",
  precision: "month",
};
const other: CommitmentInput = { ...dueInMay, id: 11, number: "TZ-2031-0002", deadlineLatest: "2031-09-30", deadlinePhrase: "Q3 2031", precision: "quarter" };

const followedAt = new Date("2031-04-01T10:00:00Z");

function change(overrides: Partial<ChangeInput> = {}): ChangeInput {
  return {
    eventId: "100",
    commitmentId: dueInMay.id,
    action: "commitment.status_changed",
    at: new Date("2031-04-30T12:00:00Z"),
    actorId: "u-someone",
    actor: "Iemand, JenV",
    changes: [{ field: "status", before: "open", after: "partially_fulfilled" }],
    reason: null,
    ...overrides,
  };
}

function input(overrides: Partial<RulesInput> = {}): RulesInput {
  return {
    today: "2031-05-01",
    recipients: [editorJenV, editorBZK, coordinator],
    commitments: [dueInMay, other],
    commitmentFollows: [],
    filterFollows: [],
    changes: [],
    sentReminders: new Set(),
    notifiedChanges: new Set(),
    ...overrides,
  };
}

const summary = (plans: ReturnType<typeof planDigests>) =>
  plans.map((p) => ({
    to: p.recipient.id,
    reminders: p.reminders.map((r) => `${r.commitment.number}:${r.kind}:${r.as}`),
    changes: p.changes.map((c) => `${c.commitment.number}:${c.change.eventId}:${c.viaFilters?.join("+") ?? "direct"}`),
  }));

describe("planDigests: reminders", () => {
  it("reminds the editors of the commitment's ministry, not other ministries or coordinators who do not follow it", () => {
    expect(summary(planDigests(input()))).toEqual([{ to: "u-editor", reminders: ["TZ-2031-0001:before_30:owner"], changes: [] }]);
  });

  it("reminds a coordinator who follows it, as a follower", () => {
    const plans = planDigests(input({ commitmentFollows: [{ userId: "u-coord", commitmentId: dueInMay.id, since: followedAt }] }));
    expect(summary(plans).find((p) => p.to === "u-coord")).toEqual({ to: "u-coord", reminders: ["TZ-2031-0001:before_30:follower"], changes: [] });
  });

  it("does not remind an editor who switched owner reminders off, unless they follow the commitment", () => {
    const off = { ...editorJenV, ownerReminders: false };
    expect(planDigests(input({ recipients: [off] }))).toEqual([]);
    const following = planDigests(input({ recipients: [off], commitmentFollows: [{ userId: off.id, commitmentId: dueInMay.id, since: followedAt }] }));
    expect(summary(following)).toEqual([{ to: "u-editor", reminders: ["TZ-2031-0001:before_30:follower"], changes: [] }]);
  });

  it("sends a reminder once: one already in a digest is not planned again", () => {
    const sent = new Set([reminderKey("u-editor", dueInMay.id, "before_30", "2031-05-01")]);
    expect(planDigests(input({ sentReminders: sent, today: "2031-05-02" }))).toEqual([]);
  });

  it("reminds again after the deadline is re-set: the new dates are new reminders", () => {
    const sent = new Set([reminderKey("u-editor", dueInMay.id, "before_30", "2031-05-01")]);
    // Re-set from 31 May to 30 June: the 30-days-before reminder of the new deadline is due on 31 May.
    const moved = { ...dueInMay, deadlinePhrase: "in juni 2031", deadlineLatest: "2031-06-30" };
    const [plan] = planDigests(input({ today: "2031-05-31", commitments: [moved], sentReminders: sent }));
    expect(plan?.reminders.map((r) => [r.kind, r.dueOn])).toEqual([["before_30", "2031-05-31"]]);
  });

  it("does not remind of fulfilled, lapsed or withdrawn commitments", () => {
    for (const status of ["fulfilled", "lapsed", "withdrawn"] as const) {
      expect(planDigests(input({ commitments: [{ ...dueInMay, status }] }))).toEqual([]);
    }
  });

  it("reminds of a partially fulfilled commitment and says how many days are left", () => {
    const [plan] = planDigests(input({ commitments: [{ ...dueInMay, status: "partially_fulfilled" }] }));
    expect(plan?.reminders[0]).toMatchObject({ kind: "before_30", dueOn: "2031-05-01", daysLeft: 30 });
  });

  it("puts the overdue before the upcoming", () => {
    const overdue = { ...other, deadlineLatest: "2031-04-30", precision: "day" as const };
    const [plan] = planDigests(input({ commitments: [dueInMay, overdue] }));
    expect(plan?.reminders.map((r) => [r.commitment.number, r.kind, r.daysLeft])).toEqual([
      ["TZ-2031-0002", "overdue", -1],
      ["TZ-2031-0001", "before_30", 30],
    ]);
  });
});

describe("planDigests: changes", () => {
  const follow = { userId: "u-coord", commitmentId: dueInMay.id, since: followedAt };

  it("tells a follower about changes after the follow began, not before, and not their own", () => {
    const plans = planDigests(
      input({
        today: "2031-04-02",
        commitmentFollows: [follow],
        changes: [change({ eventId: "1", at: new Date("2031-03-31T09:00:00Z") }), change({ eventId: "2" }), change({ eventId: "3", actorId: "u-coord" })],
      }),
    );
    expect(summary(plans)).toEqual([{ to: "u-coord", reminders: [], changes: ["TZ-2031-0001:2:direct"] }]);
  });

  it("tells each change once", () => {
    const plans = planDigests(
      input({ today: "2031-04-02", commitmentFollows: [follow], changes: [change()], notifiedChanges: new Set([changeKey("u-coord", "100")]) }),
    );
    expect(plans).toEqual([]);
  });

  it("tells a filter's follower about changes to matching commitments, naming the filter", () => {
    const plans = planDigests(
      input({
        today: "2031-04-02",
        filterFollows: [
          { id: 1, userId: "u-bzk", name: "Open bij JenV", since: followedAt, matching: new Set([dueInMay.id]) },
          { id: 2, userId: "u-bzk", name: "Alles", since: followedAt, matching: new Set([dueInMay.id, other.id]) },
          { id: 3, userId: "u-bzk", name: "Niets", since: followedAt, matching: new Set() },
        ],
        changes: [change({ eventId: "7", action: "commitment.created", changes: [] }), change({ eventId: "8", commitmentId: other.id })],
      }),
    );
    expect(summary(plans)).toEqual([{ to: "u-bzk", reminders: [], changes: ["TZ-2031-0001:7:Open bij JenV+Alles", "TZ-2031-0002:8:Alles"] }]);
  });

  it("combines reminders and changes for one recipient into one plan", () => {
    const plans = planDigests(input({ commitmentFollows: [{ ...follow, userId: "u-editor" }], changes: [change()] }));
    expect(summary(plans)).toEqual([{ to: "u-editor", reminders: ["TZ-2031-0001:before_30:owner"], changes: ["TZ-2031-0001:100:direct"] }]);
  });
});
