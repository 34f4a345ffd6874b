/** Shared assertions for the deadline tests (not a test file itself). */
import { expect } from "vitest";
import type { ParliamentaryCalendar } from "./parliamentary-calendar";
import { resolveDeadline } from "./resolver";
import type { DeadlinePrecision, ResolvedDeadline } from "./types";

export function expectDeadline(
  phrase: string,
  madeOn: string,
  expected: { earliest: string | null; latest: string | null; precision: DeadlinePrecision },
  calendar?: ParliamentaryCalendar,
): ResolvedDeadline {
  const result = resolveDeadline(phrase, madeOn, calendar);
  expect({ earliest: result.earliest, latest: result.latest, precision: result.precision }).toEqual(expected);
  expect(result.open).toBe(false);
  expect(result.phrase).toBe(phrase.trim());
  expect(result.explanation.length).toBeGreaterThan(10);
  return result;
}
