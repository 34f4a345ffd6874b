import { describe, expect, it } from "vitest";
import { afterFailure, lockedFor, lockMessage, MAX_FAILURES, maxFailuresFor, WINDOW_MS } from "./throttle-policy";

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("sign-in throttling", () => {
  it("locks after the fifth failure within the window, not before", () => {
    let record = null;
    for (let i = 1; i < MAX_FAILURES; i++) {
      record = afterFailure(record, at(i * 1000));
      expect(lockedFor(record, at(i * 1000))).toBe(0);
    }
    record = afterFailure(record, at(MAX_FAILURES * 1000));
    expect(lockedFor(record, at(MAX_FAILURES * 1000))).toBe(15 * 60_000);
  });
  it("starts counting again when the window has passed", () => {
    let record = null;
    for (let i = 0; i < MAX_FAILURES - 1; i++) record = afterFailure(record, at(0));
    record = afterFailure(record, at(WINDOW_MS + 1));
    expect(record.failures).toBe(1);
    expect(record.lockedUntil).toBeNull();
  });
  it("lifts the lock when it expires", () => {
    let record = null;
    for (let i = 0; i < MAX_FAILURES; i++) record = afterFailure(record, at(0));
    expect(lockedFor(record, at(15 * 60_000 + 1))).toBe(0);
    expect(afterFailure(record, at(15 * 60_000 + 1)).failures).toBe(1);
  });
  it("tolerates many more failures from one client address than for one account", () => {
    expect(maxFailuresFor("email:a@b.nl")).toBe(5);
    expect(maxFailuresFor("ip:10.0.0.1")).toBe(50);
    let record = null;
    for (let i = 0; i < 49; i++) record = afterFailure(record, at(i), maxFailuresFor("ip:10.0.0.1"));
    expect(lockedFor(record, at(50))).toBe(0);
    record = afterFailure(record, at(50), maxFailuresFor("ip:10.0.0.1"));
    expect(lockedFor(record, at(50))).toBeGreaterThan(0);
  });
  it("says how long to wait", () => {
    expect(lockMessage(60_000)).toContain("over 1 minuut");
    expect(lockMessage(14 * 60_000 + 1)).toContain("over 15 minuten");
  });
});
