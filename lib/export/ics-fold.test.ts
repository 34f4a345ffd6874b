import { describe, expect, it } from "vitest";
import { foldContentLine } from "./ics-fold";
import { calendarStart, escapeText, eventLines } from "./ics-writer";
import { plainText, xmlSafe } from "./xml-text";

const octets = (s: string) => new TextEncoder().encode(s).length;

describe("foldContentLine", () => {
  it("folds at 75 octets, never inside a character, and unfolds to the original", () => {
    const line = `SUMMARY:${"ë€😀x".repeat(40)}`;
    const folded = foldContentLine(line);
    for (const part of folded.split("\r\n")) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    expect(folded).not.toContain("\ufffd");
  });

  it("leaves a short line alone", () => {
    expect(foldContentLine("STATUS:CONFIRMED")).toBe("STATUS:CONFIRMED");
  });
});

describe("ics-writer", () => {
  const event = {
    uid: "TZ-2021-0001@toezeggingen.example.nl",
    summary: "Termijn: advies; over, de\\politie",
    description: "regel één\nregel twee",
    start: "2022-03-01",
    endExclusive: "2022-04-01",
    url: "https://toezeggingen.example.nl/toezeggingen/TZ-2021-0001",
    status: "CONFIRMED" as const,
    categories: ["Open", "Deels, nagekomen"],
    lastModified: "2026-12-07T09:30:00.000Z",
  };

  it("writes an all-day event with escaped text and dates as DATE values", () => {
    const lines = eventLines(event, new Date("2026-12-08T10:00:00Z")).split("\r\n");
    expect(lines).toContain("DTSTART;VALUE=DATE:20220301");
    expect(lines).toContain("DTEND;VALUE=DATE:20220401");
    expect(lines).toContain("SUMMARY:Termijn: advies\\; over\\, de\\\\politie");
    expect(lines).toContain("DESCRIPTION:regel één\\nregel twee");
    expect(lines).toContain("CATEGORIES:Open,Deels\\, nagekomen");
    expect(lines).toContain("DTSTAMP:20261208T100000Z");
    expect(lines).toContain("LAST-MODIFIED:20261207T093000Z");
  });

  it("folds long lines at 75 octets and names the calendar escaped", () => {
    const long = eventLines({ ...event, description: "ë€😀x".repeat(60) }, new Date());
    for (const line of long.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(calendarStart({ productId: "-//T//NL", name: "zoekterm; a,b" })).toContain("X-WR-CALNAME:zoekterm\\; a\\,b\r\n");
    expect(escapeText("a\r\nb\nc")).toBe("a\\nb\\nc");
  });
});

describe("xmlSafe and plainText", () => {
  it("drop what XML 1.0 forbids and keep tab, LF, CR and surrogate pairs", () => {
    expect(xmlSafe("a\u0000b\u0001c\u001fd\te\nf\rg\ufffeh\uffffi\ud800j\udc00k😀")).toBe("abcd\te\nf\rghijk😀");
    expect(plainText("a\rb\r\nc\u0007")).toBe("a\nb\nc");
  });
});
