import { describe, expect, it } from "vitest";
import { changeTitle } from "./change-text";

describe("change text", () => {
  it("titles each kind of change in Dutch", () => {
    expect(changeTitle("commitment.created", [], "Advies")).toBe("Nieuwe toezegging: Advies");
    expect(changeTitle("commitment.status_changed", [{ field: "status", before: "open", after: "partially_fulfilled" }], "Advies")).toBe(
      "Status gewijzigd naar Deels nagekomen: Advies",
    );
    expect(changeTitle("commitment.status_changed", [], "Advies")).toBe("Status gewijzigd: Advies");
    expect(changeTitle("commitment.deadline_reset", [], "Advies")).toBe("Termijn opnieuw vastgesteld: Advies");
  });
});
