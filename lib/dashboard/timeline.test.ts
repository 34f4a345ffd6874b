import { describe, expect, it } from "vitest";
import { MIN_BAR_WIDTH, timelineAxis, timelineBar } from "./timeline";
import { monthWindow } from "./window";

// 2022: 365 days on 365 units, so x is the day of the year (0-based)
const year2022 = monthWindow("2022-06-15", { deadlineFrom: "2022-01-01", deadlineTo: "2022-12-31" });
const axis = timelineAxis(year2022, 365, "2022-06-15");

describe("timelineAxis", () => {
  it("puts a tick at the start of every month", () => {
    expect(axis.ticks).toHaveLength(12);
    expect(axis.ticks[0]).toMatchObject({ month: "2022-01", x: 0, name: "januari 2022" });
    expect(axis.ticks[1]!.x).toBe(31);
    expect(axis.ticks[11]!.x).toBe(334);
  });

  it("labels as many months as fit, on calendar-aligned steps, with the year on January", () => {
    // 30 units a month: room for a label every second month
    expect(axis.ticks.filter((t) => t.label).map((t) => t.label)).toEqual(["jan", "mrt", "mei", "jul", "sep", "nov"]);
    expect(axis.ticks.filter((t) => t.year).map((t) => t.year)).toEqual(["2022"]);
    const wide = timelineAxis(year2022, 1200, "2022-06-15");
    expect(wide.ticks.every((t) => t.label)).toBe(true);
  });

  it("leaves the label off a month too close to the end of the axis to fit", () => {
    const w = monthWindow("2026-11-29", {});
    const a = timelineAxis(w, 520, "2026-11-29");
    expect(a.ticks.at(-1)).toMatchObject({ month: "2027-11", label: null });
    expect(a.ticks.filter((t) => t.label).at(-1)!.month).toBe("2027-09");
  });

  it("shows the year on the first labelled month when the window does not start in January", () => {
    const w = monthWindow("2026-11-29", {});
    const a = timelineAxis(w, 640, "2026-11-29");
    const years = a.ticks.filter((t) => t.year).map((t) => `${t.label} ${t.year}`);
    expect(years[0]).toMatch(/2025$/);
    expect(years).toContain("jan 2026");
    expect(years).toContain("jan 2027");
  });

  it("marks today in the middle of its day, and not at all outside the window", () => {
    expect(axis.todayX).toBe(165.5); // 15 June is day 166 of 2022
    expect(timelineAxis(year2022, 365, "2023-01-01").todayX).toBeNull();
    expect(timelineAxis(year2022, 365, "2022-01-01").todayX).toBe(0.5);
  });
});

describe("timelineBar", () => {
  it("runs from the start of the earliest day to the end of the latest day", () => {
    expect(timelineBar(axis, "2022-03-01", "2022-05-31")).toEqual({ x: 59, width: 92, continuesLeft: false, continuesRight: false });
  });

  it("draws an open-ended commitment to the right edge with an arrow", () => {
    expect(timelineBar(axis, "2022-09-07", null)).toEqual({ x: 249, width: 116, continuesLeft: false, continuesRight: true });
  });

  it("clips a bar that started before the window and marks it", () => {
    expect(timelineBar(axis, "2021-06-29", "2022-01-31")).toEqual({ x: 0, width: 31, continuesLeft: true, continuesRight: false });
    expect(timelineBar(axis, null, "2022-01-31")).toEqual({ x: 0, width: 31, continuesLeft: true, continuesRight: false });
    expect(timelineBar(axis, "2021-06-29", "2023-06-30")).toEqual({ x: 0, width: 365, continuesLeft: true, continuesRight: true });
  });

  it("gives a one-day deadline a visible width, inside the axis", () => {
    expect(timelineBar(axis, "2022-09-20", "2022-09-20")).toEqual({ x: 262, width: MIN_BAR_WIDTH, continuesLeft: false, continuesRight: false });
    const last = timelineBar(axis, "2022-12-31", "2022-12-31")!;
    expect(last.x + last.width).toBe(365);
    expect(last.width).toBe(MIN_BAR_WIDTH);
  });

  it("is null for what lies wholly outside the window or has no dates", () => {
    expect(timelineBar(axis, "2021-09-01", "2021-11-30")).toBeNull();
    expect(timelineBar(axis, "2023-01-01", null)).toBeNull();
    expect(timelineBar(axis, null, null)).toBeNull();
  });

  it("refuses a range that runs backwards", () => {
    expect(() => timelineBar(axis, "2022-06-01", "2022-05-01")).toThrow(RangeError);
  });
});
