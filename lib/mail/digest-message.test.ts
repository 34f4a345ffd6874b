import { describe, expect, it } from "vitest";
import type { DigestPlan } from "@/lib/reminders/rules";
import { renderDigest } from "./digest-message";

const commitment = {
  id: 1,
  number: "TZ-2031-0001",
  title: "Brief over <script>alert(1)</script> & meer",
  status: "open" as const,
  ministryId: 1,
  deadlinePhrase: "in mei 2031",
  deadlineLatest: "2031-05-31",
  precision: "month" as const,
};
const recipient = { id: "u", email: "r@example.nl", name: "Riet", role: "editor", ministryId: 1, ownerReminders: true };

function plan(overrides: Partial<DigestPlan> = {}): DigestPlan {
  return { recipient, reminders: [], changes: [], ...overrides };
}

describe("renderDigest", () => {
  it("counts in the subject in Dutch, singular and plural", () => {
    const one = renderDigest(plan({ reminders: [{ commitment, kind: "before_30", dueOn: "2031-05-01", daysLeft: 30, as: "owner" }] }), {
      baseUrl: "https://x.nl/",
      today: "2031-05-01",
    });
    expect(one.subject).toBe("Toezeggingenregister: 1 herinnering (1 mei 2031)");
    const change = {
      eventId: "1",
      commitmentId: 1,
      action: "commitment.note_added" as const,
      at: new Date("2031-04-30T10:00:00Z"),
      actorId: "x",
      actor: "Jan, JenV",
      changes: [],
      reason: null,
    };
    const many = renderDigest(
      plan({
        changes: [
          { commitment, change, viaFilters: null },
          { commitment, change: { ...change, eventId: "2" }, viaFilters: null },
        ],
      }),
      { baseUrl: "https://x.nl", today: "2031-05-01" },
    );
    expect(many.subject).toBe("Toezeggingenregister: 2 wijzigingen (1 mei 2031)");
    // Two changes to one commitment: one heading, both lines.
    expect(many.text.match(/- TZ-2031-0001/g)).toHaveLength(1);
    expect(many.text.match(/Voortgang vastgelegd/g)).toHaveLength(2);
  });

  it("says 'today' on the last day and 'over de termijn' after it", () => {
    const today = renderDigest(plan({ reminders: [{ commitment, kind: "before_3", dueOn: "2031-05-28", daysLeft: 0, as: "follower" }] }), {
      baseUrl: "https://x.nl",
      today: "2031-05-31",
    });
    expect(today.text).toContain("Vandaag is de uiterste datum (31 mei 2031).");
    const late = renderDigest(plan({ reminders: [{ commitment, kind: "overdue", dueOn: "2031-06-01", daysLeft: -1, as: "follower" }] }), {
      baseUrl: "https://x.nl",
      today: "2031-06-01",
    });
    expect(late.text).toContain("Over de termijn: de uiterste datum was 31 mei 2031.");
  });

  it("escapes titles in the HTML part and links to the commitment and the following page", () => {
    const message = renderDigest(plan({ reminders: [{ commitment, kind: "before_30", dueOn: "2031-05-01", daysLeft: 30, as: "owner" }] }), {
      baseUrl: "https://x.nl/",
      today: "2031-05-01",
    });
    expect(message.html).not.toContain("<script>");
    expect(message.html).toContain("Brief over &lt;script&gt;alert(1)&lt;/script&gt; &amp; meer");
    expect(message.html).toContain('<a href="https://x.nl/toezeggingen/TZ-2031-0001">');
    expect(message.text).toContain("https://x.nl/toezeggingen/TZ-2031-0001");
    expect(message.manageUrl).toBe("https://x.nl/volgen");
    expect(message.html).toContain('<a href="https://x.nl/volgen">');
  });
});
