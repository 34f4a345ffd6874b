import { describe, expect, it } from "vitest";
import { amsterdamMidnight, parseSince } from "./since";

describe("parseSince", () => {
  it("reads a date as the start of that day in the Netherlands, in winter and in summer time", () => {
    expect(amsterdamMidnight("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(amsterdamMidnight("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    // the days the clocks change: midnight still has the offset of the day before
    expect(amsterdamMidnight("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(amsterdamMidnight("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(parseSince(["2026-07-15"])).toEqual({ ok: true, value: new Date("2026-07-14T22:00:00.000Z") });
  });

  it("reads a moment with its time zone", () => {
    expect(parseSince(["2026-11-29T09:44:33.083Z"])).toEqual({ ok: true, value: new Date("2026-11-29T09:44:33.083Z") });
    expect(parseSince(["2026-11-29T10:44+01:00"])).toEqual({ ok: true, value: new Date("2026-11-29T09:44:00.000Z") });
  });

  it("is absent without a value, and refuses anything else with a reason", () => {
    expect(parseSince(undefined)).toEqual({ ok: true, value: undefined });
    expect(parseSince(["2026-02-30"])).toEqual({ ok: false, message: "bestaat niet of ligt buiten 1900–2199" });
    expect(parseSince(["2026-11-29T10:00:00"])).toMatchObject({ ok: false }); // no zone: ambiguous
    expect(parseSince(["gisteren"])).toMatchObject({ ok: false });
    expect(parseSince(["2026-01-01", "2026-01-02"])).toEqual({ ok: false, message: "geef één waarde" });
  });
});

describe("parseSince outside the register's years", () => {
  it("refuses year 0 and far-future moments instead of sending them to the database", () => {
    expect(parseSince(["0000-01-01"]).ok).toBe(false);
    expect(parseSince(["0001-01-01T00:00:00Z"]).ok).toBe(false);
    expect(parseSince(["9999-12-31"]).ok).toBe(false);
  });
});
