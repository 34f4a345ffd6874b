import { describe, expect, it } from "vitest";
import { describeFieldChange, describeValue, fieldLabel } from "./field-change";

describe("field change", () => {
  it("tells fields and values in words, before → after", () => {
    expect(describeFieldChange({ field: "status", before: "open", after: "withdrawn" })).toEqual({ field: "status", text: "Open → Ingetrokken" });
    expect(describeFieldChange({ field: "deadlineLatest", before: "2021-11-30", after: null })).toEqual({
      field: "uiterste datum",
      text: "30 november 2021 → (geen)",
    });
    expect(describeFieldChange({ field: "deadlinePrecision", before: null, after: "half-year" })).toEqual({ field: "precisie", text: "halfjaar" });
    expect(describeFieldChange({ field: "deadlinePhrase", before: "najaar 2021", after: "uiterlijk 1 juli 2031" })).toEqual({
      field: "termijn",
      text: "‘najaar 2021’ → ‘uiterlijk 1 juli 2031’",
    });
    expect(describeValue("references", ["source:kst-29628-1030", "related:kst-29628-997"])).toBe("Bron: kst-29628-1030; Aangehaald: kst-29628-997");
  });

  it("keeps unknown fields and values as they are", () => {
    expect(fieldLabel("somethingNew")).toBe("somethingNew");
    expect(describeFieldChange({ field: "status", before: "open", after: "unheard_of" })).toEqual({ field: "status", text: "Open → unheard_of" });
  });

  it("cuts long values off, at 600 characters unless asked for fewer", () => {
    expect(describeValue("text", "x".repeat(1000))).toHaveLength(600);
    expect(describeValue("text", "x".repeat(1000))).toMatch(/x…$/);
    expect(describeValue("text", "x".repeat(600))).toBe("x".repeat(600));
    expect(describeFieldChange({ field: "title", before: "a".repeat(50), after: "b".repeat(50) }, { max: 10 }).text).toBe(
      `${"a".repeat(9)}… → ${"b".repeat(9)}…`,
    );
  });
});
