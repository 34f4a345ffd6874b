import { describe, expect, it } from "vitest";
import { formatDate, formatDays, formatRange } from "./dates";

describe("Dutch date formatting", () => {
  it("writes dates the Dutch way without shifting a day", () => {
    expect(formatDate("2022-06-21")).toBe("21 juni 2022");
    expect(formatDate("2021-12-31")).toBe("31 december 2021");
    expect(formatDate(null)).toBe("onbekend");
  });
  it("writes ranges honestly", () => {
    expect(formatRange("2022-03-01", "2022-05-31")).toBe("1 maart 2022 – 31 mei 2022");
    expect(formatRange("2022-09-20", "2022-09-20")).toBe("20 september 2022");
    expect(formatRange("2024-01-01", null)).toBe("vanaf 1 januari 2024");
    expect(formatRange(null, null)).toBe("geen datum");
  });
  it("counts days in Dutch", () => {
    expect(formatDays(1)).toBe("1 dag");
    expect(formatDays(1200)).toBe("1.200 dagen");
  });
});
