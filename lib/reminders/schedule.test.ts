import { describe, expect, it } from "vitest";
import type { DeadlinePrecision } from "@/lib/deadline";
import { addDays } from "./dates";
import { CATCH_UP_DAYS, dueReminder, REMINDER_DAYS_BEFORE, reminderSchedule, reminderWindow } from "./schedule";

/** Every distinct reminder that comes due while stepping day by day from `from` to `to` (inclusive). */
function remindersBetween(latest: string, precision: DeadlinePrecision, from: string, to: string) {
  const seen = new Map<string, string>();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const due = dueReminder(latest, precision, day);
    if (due && !seen.has(`${due.kind}@${due.dueOn}`)) seen.set(`${due.kind}@${due.dueOn}`, day);
  }
  return [...seen.entries()].map(([key, firstDay]) => ({ key, firstDay }));
}

describe("reminderSchedule", () => {
  it("gives the intervals of the README table", () => {
    expect(REMINDER_DAYS_BEFORE).toEqual({
      day: [14, 3],
      week: [14, 3],
      month: [30, 7],
      quarter: [60, 14],
      season: [60, 14],
      "half-year": [60, 14],
      year: [90, 30],
      open: [],
    });
  });

  it("schedules a month-precision deadline 30 and 7 days before, and overdue on the day after", () => {
    expect(reminderSchedule("2031-05-31", "month")).toEqual([
      { kind: "before_30", dueOn: "2031-05-01" },
      { kind: "before_7", dueOn: "2031-05-24" },
      { kind: "overdue", dueOn: "2031-06-01" },
    ]);
  });

  it("counts across month and year ends, and leap days", () => {
    expect(reminderSchedule("2028-03-10", "day").map((r) => r.dueOn)).toEqual(["2028-02-25", "2028-03-07", "2028-03-11"]);
    expect(reminderSchedule("2025-12-31", "year").map((r) => r.dueOn)).toEqual(["2025-10-02", "2025-12-01", "2026-01-01"]);
  });

  it("has nothing for open precision, a missing latest date or a missing precision", () => {
    expect(reminderSchedule("2031-05-31", "open")).toEqual([]);
    expect(reminderSchedule(null, "month")).toEqual([]);
    expect(reminderSchedule("2031-05-31", null)).toEqual([]);
  });
});

describe("dueReminder", () => {
  const latest = "2031-05-31";
  it("is not due before its day, and is due on it", () => {
    expect(dueReminder(latest, "month", "2031-04-30")).toBeNull();
    expect(dueReminder(latest, "month", "2031-05-01")).toEqual({ kind: "before_30", dueOn: "2031-05-01" });
  });

  it("stays due for the catch-up days (the caller sends it once), then lapses", () => {
    expect(dueReminder(latest, "month", addDays("2031-05-01", CATCH_UP_DAYS))).toEqual({ kind: "before_30", dueOn: "2031-05-01" });
    expect(dueReminder(latest, "month", addDays("2031-05-01", CATCH_UP_DAYS + 1))).toBeNull();
  });

  it("gives way to the next reminder once that is due", () => {
    // "week" precision: 14 and 3 days before are 11 days apart, more than the catch-up.
    expect(dueReminder("2031-05-20", "week", "2031-05-17")).toEqual({ kind: "before_3", dueOn: "2031-05-17" });
    // A deadline 5 days after its 14-days-before reminder day was missed: the 3-days-before one takes over.
    expect(dueReminder("2031-05-20", "day", "2031-05-18")).toEqual({ kind: "before_3", dueOn: "2031-05-17" });
  });

  it("is overdue once, on the first day after the latest deadline, and never after the catch-up", () => {
    expect(dueReminder(latest, "month", "2031-05-31")).toEqual({ kind: "before_7", dueOn: "2031-05-24" });
    expect(dueReminder(latest, "month", "2031-06-01")).toEqual({ kind: "overdue", dueOn: "2031-06-01" });
    const overdue = remindersBetween(latest, "month", "2031-06-01", "2033-12-31");
    expect(overdue).toEqual([{ key: "overdue@2031-06-01", firstDay: "2031-06-01" }]);
  });

  it("does not flood with old deadlines: a deadline long past has nothing due", () => {
    expect(dueReminder("2022-05-31", "season", "2026-11-29")).toBeNull();
  });

  it("reminds of a deadline 'in 2025' twice in the whole year, not every month", () => {
    const inYear = remindersBetween("2025-12-31", "year", "2025-01-01", "2025-12-31");
    expect(inYear).toEqual([
      { key: "before_90@2025-10-02", firstDay: "2025-10-02" },
      { key: "before_30@2025-12-01", firstDay: "2025-12-01" },
    ]);
  });

  it.each(Object.keys(REMINDER_DAYS_BEFORE) as DeadlinePrecision[])(
    "for %s precision, each scheduled reminder comes due exactly once, on its day",
    (precision) => {
      const latest = "2031-05-31";
      const schedule = reminderSchedule(latest, precision);
      const seen = remindersBetween(latest, precision, "2030-01-01", "2032-12-31");
      expect(seen).toEqual(schedule.map((r) => ({ key: `${r.kind}@${r.dueOn}`, firstDay: r.dueOn })));
    },
  );
});

describe("reminderWindow", () => {
  it("includes every latest date that can have a reminder due today (so the query misses none)", () => {
    const today = "2031-05-15";
    const { from, to } = reminderWindow(today);
    for (let latest = "2030-12-01"; latest <= "2031-12-31"; latest = addDays(latest, 1)) {
      for (const precision of Object.keys(REMINDER_DAYS_BEFORE) as DeadlinePrecision[]) {
        if (dueReminder(latest, precision, today)) expect(latest >= from && latest <= to, `${latest} ${precision}`).toBe(true);
      }
    }
    expect({ from, to }).toEqual({ from: "2031-05-07", to: "2031-08-13" });
  });
});
