import { describe, expect, it } from "vitest";
import { daysBetween, deadlineStanding } from "./standing";

describe("deadlineStanding", () => {
  it("is overdue the day after the latest deadline, not on it", () => {
    expect(deadlineStanding("open", "2022-05-31", "2022-05-31")).toEqual({ overdue: false, daysOverdue: null, daysRemaining: 0 });
    expect(deadlineStanding("open", "2022-05-31", "2022-06-01")).toEqual({ overdue: true, daysOverdue: 1, daysRemaining: null });
  });
  it("counts partially fulfilled commitments as outstanding", () => {
    expect(deadlineStanding("partially_fulfilled", "2022-01-01", "2022-03-01").overdue).toBe(true);
  });
  it("never marks closed commitments or open-ended deadlines overdue", () => {
    for (const status of ["fulfilled", "lapsed", "withdrawn"] as const) {
      expect(deadlineStanding(status, "2020-01-01", "2026-01-01").overdue).toBe(false);
    }
    expect(deadlineStanding("open", null, "2026-01-01")).toEqual({ overdue: false, daysOverdue: null, daysRemaining: null });
  });
  it("counts days across a leap day", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2023-02-28", "2023-03-01")).toBe(1);
  });
});
