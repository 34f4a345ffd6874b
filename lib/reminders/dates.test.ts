import { describe, expect, it } from "vitest";
import { addDays, amsterdamWallClock, daysFrom } from "./dates";

describe("amsterdamWallClock", () => {
  it("reads the Dutch date and hour in winter (UTC+1) and summer (UTC+2)", () => {
    expect(amsterdamWallClock(new Date("2031-01-15T06:30:00Z"))).toEqual({ date: "2031-01-15", hour: 7, minute: 30 });
    expect(amsterdamWallClock(new Date("2031-07-15T05:00:00Z"))).toEqual({ date: "2031-07-15", hour: 7, minute: 0 });
  });

  it("is already the next day in Amsterdam shortly before midnight UTC", () => {
    expect(amsterdamWallClock(new Date("2031-07-15T22:30:00Z"))).toEqual({ date: "2031-07-16", hour: 0, minute: 30 });
  });
});

describe("addDays / daysFrom", () => {
  it("counts calendar days across DST changes and leap years", () => {
    expect(addDays("2031-03-29", 2)).toBe("2031-03-31");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(daysFrom("2031-10-25", "2031-10-27")).toBe(2);
    expect(daysFrom("2031-06-01", "2031-05-31")).toBe(-1);
  });
});
