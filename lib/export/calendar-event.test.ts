import { describe, expect, it } from "vitest";
import { calendarPlacement, SHORT_RANGE_DAYS } from "./calendar-event";

const deadline = (earliest: string | null, latest: string | null, precision = "month") => ({ phrase: "…", earliest, latest, precision });

describe("calendarPlacement", () => {
  it("shows a range of up to 31 days as it is, with an exclusive end", () => {
    expect(SHORT_RANGE_DAYS).toBe(31);
    expect(calendarPlacement(deadline("2023-03-01", "2023-03-31"))).toEqual({ kind: "range", start: "2023-03-01", endExclusive: "2023-04-01" });
    expect(calendarPlacement(deadline("2022-05-18", "2022-05-18", "day"))).toEqual({ kind: "range", start: "2022-05-18", endExclusive: "2022-05-19" });
    // across a year end and a leap day
    expect(calendarPlacement(deadline("2023-12-20", "2024-01-03", "week"))).toEqual({ kind: "range", start: "2023-12-20", endExclusive: "2024-01-04" });
    expect(calendarPlacement(deadline("2024-02-01", "2024-02-29"))).toEqual({ kind: "range", start: "2024-02-01", endExclusive: "2024-03-01" });
  });

  it("shows a range of 32 days or more as one day on the latest date", () => {
    expect(calendarPlacement(deadline("2023-03-01", "2023-04-01"))).toEqual({ kind: "latest", start: "2023-04-01", endExclusive: "2023-04-02" });
    expect(calendarPlacement(deadline("2021-06-29", "2022-05-31", "season"))).toEqual({ kind: "latest", start: "2022-05-31", endExclusive: "2022-06-01" });
    expect(calendarPlacement(deadline("2025-01-01", "2025-12-31", "year"))).toEqual({ kind: "latest", start: "2025-12-31", endExclusive: "2026-01-01" });
  });

  it("shows a latest date without an earliest one on that date", () => {
    expect(calendarPlacement(deadline(null, "2022-05-31"))).toEqual({ kind: "latest", start: "2022-05-31", endExclusive: "2022-06-01" });
  });

  it("has no place for open phrases, open-ended ranges or no deadline", () => {
    expect(calendarPlacement(null)).toBeNull();
    expect(calendarPlacement(deadline(null, null, "open"))).toBeNull();
    expect(calendarPlacement(deadline("2021-09-07", null, "season"))).toBeNull();
  });
});
