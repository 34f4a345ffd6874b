import { describe, expect, it } from "vitest";
import { describeChange } from "./changes";

describe("describeChange", () => {
  it("words each kind of change as one sentence, with the history's field names and values", () => {
    expect(describeChange("commitment.created", [])).toBe("Nieuwe toezegging vastgelegd");
    expect(describeChange("commitment.status_changed", [{ field: "status", before: "open", after: "fulfilled" }])).toBe("Status gewijzigd: Open → Nagekomen");
    expect(describeChange("commitment.deadline_reset", [{ field: "deadlinePhrase", before: "najaar 2021", after: "uiterlijk 1 juli 2031" }])).toBe(
      "Termijn opnieuw vastgesteld: ‘najaar 2021’ → ‘uiterlijk 1 juli 2031’",
    );
    expect(describeChange("commitment.deadline_reset", [{ field: "deadlinePhrase", before: null, after: "in mei 2031" }])).toBe(
      "Termijn opnieuw vastgesteld: ‘in mei 2031’",
    );
    expect(
      describeChange("commitment.updated", [
        { field: "title", before: "a", after: "b" },
        { field: "deadlineLatest", before: null, after: "2031-05-31" },
        { field: "references", before: [], after: ["source:kst-29628-1030"] },
      ]),
    ).toBe("Gewijzigd: titel, uiterste datum, Kamerstukken");
    expect(describeChange("commitment.note_added", [{ field: "note", before: null, after: "2031-04-30: Overleg gepland." }])).toBe(
      "Voortgang vastgelegd: 2031-04-30: Overleg gepland.",
    );
  });

  it("says what happened when the event carries no details", () => {
    expect(describeChange("commitment.status_changed", [])).toBe("Status gewijzigd");
    expect(describeChange("commitment.deadline_reset", [])).toBe("Termijn opnieuw vastgesteld");
    expect(describeChange("commitment.updated", [])).toBe("Gewijzigd");
    expect(describeChange("commitment.note_added", [])).toBe("Voortgang vastgelegd");
  });

  it("keeps a mail line short: values up to 200 characters, a progress note up to 300", () => {
    const phrase = describeChange("commitment.deadline_reset", [{ field: "deadlinePhrase", before: null, after: "x".repeat(400) }]);
    expect(phrase).toBe(`Termijn opnieuw vastgesteld: ${`‘${"x".repeat(198)}`}…`);
    const note = describeChange("commitment.note_added", [{ field: "note", before: null, after: "y".repeat(400) }]);
    expect(note).toBe(`Voortgang vastgelegd: ${"y".repeat(299)}…`);
  });
});
