import { describe, expect, it } from "vitest";
import { bucketTotals, fillMonthBuckets } from "./month-buckets";

describe("fillMonthBuckets", () => {
  const months = ["2021-10", "2021-11", "2021-12", "2022-01"];

  it("has one bucket per month of the window, zeros where there was no row", () => {
    const buckets = fillMonthBuckets(months, [{ month: "2021-11", outstanding: 2, fulfilled: 1 }], "2021-12-15");
    expect(buckets.map((b) => [b.month, b.outstanding, b.fulfilled])).toEqual([
      ["2021-10", 0, 0],
      ["2021-11", 2, 1],
      ["2021-12", 0, 0],
      ["2022-01", 0, 0],
    ]);
  });

  it("names the months, shows the year on the first and on January, and marks the current month", () => {
    const buckets = fillMonthBuckets(months, [], "2021-12-15");
    expect(buckets.map((b) => b.name)).toEqual(["oktober 2021", "november 2021", "december 2021", "januari 2022"]);
    expect(buckets.map((b) => b.short)).toEqual(["okt", "nov", "dec", "jan"]);
    expect(buckets.map((b) => b.year)).toEqual(["2021", "", "", "2022"]);
    expect(buckets.map((b) => b.current)).toEqual([false, false, true, false]);
  });

  it("drops rows outside the window rather than inventing months", () => {
    const buckets = fillMonthBuckets(months, [{ month: "2023-05", outstanding: 7, fulfilled: 0 }], "2021-12-15");
    expect(bucketTotals(buckets)).toEqual({ outstanding: 0, fulfilled: 0 });
  });
});
