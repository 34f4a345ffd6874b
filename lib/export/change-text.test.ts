import { describe, expect, it } from "vitest";
import { changeTitle, describeFieldChange, describeValue } from "./change-text";

describe("change text", () => {
  it("titles each kind of change in Dutch", () => {
    expect(changeTitle("commitment.created", [], "Advies")).toBe("Nieuwe toezegging: Advies");
    expect(changeTitle("commitment.status_changed", [{ field: "status", before: "open", after: "partially_fulfilled" }], "Advies")).toBe(
      "Status gewijzigd naar Deels nagekomen: Advies",
    );
    expect(changeTitle("commitment.deadline_reset", [], "Advies")).toBe("Termijn opnieuw vastgesteld: Advies");
  });

  it("tells fields and values in words, before → after", () => {
    expect(describeFieldChange({ field: "status", before: "open", after: "withdrawn" })).toEqual({ field: "status", text: "Open → Ingetrokken" });
    expect(describeFieldChange({ field: "deadlineLatest", before: "2021-11-30", after: null })).toEqual({ field: "uiterste datum", text: "30 november 2021 → (geen)" });
    expect(describeFieldChange({ field: "deadlinePrecision", before: null, after: "half-year" })).toEqual({ field: "precisie", text: "halfjaar" });
    expect(describeValue("references", ["source:kst-29628-1030", "related:kst-29628-997"])).toBe("Bron: kst-29628-1030; Aangehaald: kst-29628-997");
    expect(describeValue("text", "x".repeat(1000))).toHaveLength(600);
  });
});
