import { describe, expect, it } from "vitest";
import { foldContentLine, refoldCalendar } from "./ics-fold";
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

describe("refoldCalendar", () => {
  it("unfolds the library's tab folds and refolds by octets", () => {
    const input = `BEGIN:VCALENDAR\r\nX-WR-CALNAME:${"é".repeat(70)}\r\n\t${"é".repeat(10)}\r\nEND:VCALENDAR\r\n`;
    const out = refoldCalendar(input);
    expect(out.endsWith("END:VCALENDAR\r\n")).toBe(true);
    for (const line of out.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(out.replace(/\r\n /g, "")).toBe(`BEGIN:VCALENDAR\r\nX-WR-CALNAME:${"é".repeat(80)}\r\nEND:VCALENDAR\r\n`);
  });
});

describe("xmlSafe and plainText", () => {
  it("drop what XML 1.0 forbids and keep tab, LF, CR and surrogate pairs", () => {
    expect(xmlSafe("a\u0000b\u0001c\u001fd\te\nf\rg\ufffeh\uffffi\ud800j\udc00k😀")).toBe("abcd\te\nf\rghijk😀");
    expect(plainText("a\rb\r\nc\u0007")).toBe("a\nb\nc");
  });
});
