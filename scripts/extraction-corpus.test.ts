import { describe, expect, it } from "vitest";
import { evaluateCorpus } from "./extraction-corpus";

// The corpus totals as a floor: a change that makes extraction worse on the real letters fails here. Raise a floor
// when extraction gets better (issue 10 aims at recall ≥ 90%, precision ≥ 85%, id and date ≥ 95%, references ≥ 95%).
const FLOOR = {
  recall: 0.93,
  precision: 0.88,
  idRight: 36,
  dateRight: 42,
  ministerRight: 24,
  refsFound: 28,
  windowsHit: 13,
};

describe("extraction on the corpus of real letters (tests/fixtures/letters)", () => {
  const { letters, totals } = evaluateCorpus();

  it("scores every labelled letter", () => {
    expect(letters.length).toBeGreaterThanOrEqual(49);
    expect(totals.id.of).toBe(36);
    expect(totals.date.of).toBe(43);
    expect(totals.minister.of).toBe(24);
  });

  it("does no worse than the floor", () => {
    expect(totals.commitments.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(totals.commitments.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(totals.id.right).toBeGreaterThanOrEqual(FLOOR.idRight);
    expect(totals.date.right).toBeGreaterThanOrEqual(FLOOR.dateRight);
    expect(totals.minister.right).toBeGreaterThanOrEqual(FLOOR.ministerRight);
    expect(totals.refs.found).toBeGreaterThanOrEqual(FLOOR.refsFound);
    expect(totals.windows.hit).toBeGreaterThanOrEqual(FLOOR.windowsHit);
  });
});
