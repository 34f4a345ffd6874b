import { describe, expect, it } from "vitest";
import { MAX_MONTHS, monthWindow } from "./window";

describe("monthWindow", () => {
  it("is the twelve months either side of today's month without a deadline filter", () => {
    const w = monthWindow("2026-11-29", {});
    expect(w).toMatchObject({ startMonth: "2025-11", endMonth: "2027-11", start: "2025-11-01", end: "2027-11-30", source: "today", truncated: false });
    expect(w.months).toHaveLength(25);
    expect(w.months[12]).toBe("2026-11");
  });

  it("is the filter's window, in whole months, when both ends are set", () => {
    const w = monthWindow("2026-11-29", { deadlineFrom: "2021-06-15", deadlineTo: "2022-12-31" });
    expect(w).toMatchObject({ startMonth: "2021-06", endMonth: "2022-12", start: "2021-06-01", end: "2022-12-31", source: "filter" });
    expect(w.months).toHaveLength(19);
  });

  it("takes two years from a lone start, or up to a lone end", () => {
    expect(monthWindow("2026-11-29", { deadlineFrom: "2021-01-10" })).toMatchObject({ startMonth: "2021-01", endMonth: "2023-01" });
    expect(monthWindow("2026-11-29", { deadlineTo: "2022-05-31" })).toMatchObject({ startMonth: "2020-05", endMonth: "2022-05" });
  });

  it("cuts a very long filter window off after MAX_MONTHS months, and says so", () => {
    const w = monthWindow("2026-11-29", { deadlineFrom: "2000-01-01", deadlineTo: "2099-12-31" });
    expect(w.months).toHaveLength(MAX_MONTHS);
    expect(w).toMatchObject({ startMonth: "2000-01", endMonth: "2003-12", end: "2003-12-31", truncated: true });
  });
});
