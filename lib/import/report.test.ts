import { describe, expect, it } from "vitest";
import { buildReport, countsSentence, rowRanges } from "./report";

describe("report helpers", () => {
  it("counts outcomes and says whether the import is blocked", () => {
    const base = { source: "csv" as const, fileName: "a.csv", fileHash: "x", mode: "dry-run" as const, notices: [] };
    const report = buildReport(
      base,
      [
        { row: 2, number: "TZ-1", outcome: "bijwerken", fields: ["Titel"], problems: [] },
        { row: 3, number: "TZ-2", outcome: "ongewijzigd", fields: [], problems: [] },
        { row: 4, number: null, outcome: "ongeldig", fields: [], problems: [] },
      ],
      false,
    );
    expect(report).toMatchObject({ blocked: true, writable: 1, written: false });
    expect(countsSentence(report.counts)).toBe("1 bijwerken, 1 ongewijzigd, 1 ongeldig");
  });
  it("writes row numbers as ranges", () => {
    expect(rowRanges([5, 2, 3, 4, 9, 11, 12])).toBe("2–5, 9, 11–12");
    expect(rowRanges([])).toBe("");
  });
});
