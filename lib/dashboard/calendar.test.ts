import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, firstDayOf, lastDayOf, monthName, monthOf, monthsBetween, shortMonthName } from "./calendar";

describe("calendar arithmetic on ISO dates", () => {
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2026-11-29", 30)).toBe("2026-12-29");
    expect(addDays("2026-11-29", 90)).toBe("2027-02-27");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
  });

  it("counts days between dates, negative backwards, unaffected by summer time", () => {
    expect(daysBetween("2025-12-31", "2026-11-29")).toBe(333);
    expect(daysBetween("2026-11-29", "2025-12-31")).toBe(-333);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2); // the clocks go forward on 29 March 2026
  });

  it("steps through months, also backwards over a year boundary", () => {
    expect(addMonths("2026-11", 1)).toBe("2026-12");
    expect(addMonths("2026-11", 2)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-11", -12)).toBe("2025-11");
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsBetween("2026-02", "2026-02")).toEqual(["2026-02"]);
    expect(monthsBetween("2026-03", "2026-02")).toEqual([]);
  });

  it("knows the first and last day of a month", () => {
    expect(monthOf("2026-11-29")).toBe("2026-11");
    expect(firstDayOf("2026-11")).toBe("2026-11-01");
    expect(lastDayOf("2026-11")).toBe("2026-11-30");
    expect(lastDayOf("2024-02")).toBe("2024-02-29");
    expect(lastDayOf("2026-12")).toBe("2026-12-31");
  });

  it("names months in Dutch", () => {
    expect(monthName("2026-11")).toBe("november 2026");
    expect(shortMonthName("2026-03")).toBe("mrt");
    expect(shortMonthName("2026-05")).toBe("mei");
  });

  it("refuses what is not an ISO date or month", () => {
    expect(() => addDays("29-11-2026", 1)).toThrow(RangeError);
    expect(() => addMonths("2026-1", 1)).toThrow(RangeError);
  });
});
