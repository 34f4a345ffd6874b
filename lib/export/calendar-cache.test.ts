import { beforeEach, describe, expect, it } from "vitest";
import { cachedCalendar, clearCalendarCache } from "./calendar-cache";

describe("cachedCalendar", () => {
  beforeEach(() => clearCalendarCache());

  it("builds once per key, also for clients asking at the same moment", async () => {
    let builds = 0;
    const build = async () => `kalender ${++builds}`;
    const [a, b] = await Promise.all([cachedCalendar("k", build, 0), cachedCalendar("k", build, 0)]);
    expect([a, b, builds]).toEqual(["kalender 1", "kalender 1", 1]);
    expect(await cachedCalendar("other", build, 1)).toBe("kalender 2");
  });

  it("builds again after ten minutes", async () => {
    let builds = 0;
    const build = async () => `kalender ${++builds}`;
    await cachedCalendar("k", build, 0);
    expect(await cachedCalendar("k", build, 10 * 60_000)).toBe("kalender 1");
    expect(await cachedCalendar("k", build, 10 * 60_000 + 1)).toBe("kalender 2");
  });

  it("does not remember a failure", async () => {
    await expect(cachedCalendar("k", () => Promise.reject(new Error("database weg")), 0)).rejects.toThrow("database weg");
    expect(await cachedCalendar("k", async () => "kalender", 0)).toBe("kalender");
  });

  it("forgets the least recently used calendars beyond 32", async () => {
    let builds = 0;
    const build = async () => `kalender ${++builds}`;
    for (let i = 0; i < 33; i++) await cachedCalendar(`k${i}`, build, 0);
    expect(await cachedCalendar("k32", build, 0)).toBe("kalender 33"); // still there
    expect(await cachedCalendar("k0", build, 0)).toBe("kalender 34"); // was evicted
  });
});
