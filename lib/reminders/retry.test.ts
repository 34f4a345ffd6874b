import { describe, expect, it } from "vitest";
import { MAX_SEND_ATTEMPTS, retryDelayMinutes, shouldGiveUp } from "./retry";

describe("retry policy", () => {
  it("waits 5, 10, 20 … minutes, at most six hours", () => {
    expect([1, 2, 3, 4].map(retryDelayMinutes)).toEqual([5, 10, 20, 40]);
    expect(retryDelayMinutes(20)).toBe(360);
  });

  it("gives up after the last attempt, having tried for more than a day", () => {
    expect(shouldGiveUp(MAX_SEND_ATTEMPTS - 1)).toBe(false);
    expect(shouldGiveUp(MAX_SEND_ATTEMPTS)).toBe(true);
    const waited = Array.from({ length: MAX_SEND_ATTEMPTS - 1 }, (_, i) => retryDelayMinutes(i + 1)).reduce((a, b) => a + b, 0);
    expect(waited).toBeGreaterThan(24 * 60);
  });
});
