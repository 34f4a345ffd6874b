import { afterAll, describe, expect, it } from "vitest";
import { resolveDeadline } from "./index";

// Zones where DST starts at midnight (the day has no 00:00) or with unusual offsets.
const ZONES = ["America/Santiago", "America/Havana", "America/Asuncion", "Pacific/Kiritimati", "Pacific/Apia", "Asia/Tehran"];
const PHRASES = ["binnen 1 dag", "voor 1 januari", "week 1", "eind deze maand", "binnen een maand", "vanaf 2019"];

function snapshot(): string[] {
  const lines: string[] = [];
  // Walk day by day through two years that contain many DST transitions.
  for (let time = Date.UTC(2022, 0, 1); time < Date.UTC(2024, 0, 1); time += 86_400_000) {
    const madeOn = new Date(time).toISOString().slice(0, 10);
    for (const phrase of PHRASES) {
      const result = resolveDeadline(phrase, madeOn);
      lines.push(`${madeOn} ${phrase} ${result.earliest} ${result.latest}`);
    }
  }
  return lines;
}

describe("time-zone independence", () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it("gives the same calendar dates in every process time zone", () => {
    process.env.TZ = "UTC";
    const reference = snapshot();
    expect(reference).toContain("2022-09-10 binnen 1 dag 2022-09-10 2022-09-11");
    const utcOffset = new Date(2022, 0, 1).getTimezoneOffset();
    for (const zone of ZONES) {
      process.env.TZ = zone;
      // Guard against a vacuous test: the zone switch must really take effect.
      expect(new Date(2022, 0, 1).getTimezoneOffset(), zone).not.toBe(utcOffset);
      expect(snapshot(), zone).toEqual(reference);
    }
  });
});
