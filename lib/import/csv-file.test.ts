import { describe, expect, it } from "vitest";
import { decodeWindows1252, detectDelimiter, readCsvTable } from "./csv-file";
import { MAX_IMPORT_BYTES } from "./limits";

const enc = (s: string) => new TextEncoder().encode(s);

function table(s: string | Uint8Array) {
  const result = readCsvTable(typeof s === "string" ? enc(s) : s);
  if (!result.ok) throw new Error(result.message);
  return result.table;
}

function message(s: string | Uint8Array) {
  const result = readCsvTable(typeof s === "string" ? enc(s) : s);
  if (result.ok) throw new Error("expected a refusal");
  return result.message;
}

describe("detectDelimiter", () => {
  it("takes the separator that occurs most in the header line, outside quotes", () => {
    expect(detectDelimiter("nummer,titel,tekst\r\n")).toBe(",");
    expect(detectDelimiter("nummer;titel;tekst\r\na,b,c,d,e")).toBe(";");
    expect(detectDelimiter('"a;b;c",titel,tekst')).toBe(",");
    expect(detectDelimiter("nummer\ttitel")).toBe("\t");
    expect(detectDelimiter("nummer")).toBe(",");
  });
});

describe("readCsvTable", () => {
  it("reads UTF-8 with and without a byte order mark", () => {
    expect(table("\ufeffnummer,titel\r\nTZ-2021-0001,Coördinatie\r\n")).toMatchObject({
      header: ["nummer", "titel"],
      records: [{ row: 2, cells: ["TZ-2021-0001", "Coördinatie"] }],
      encoding: "utf-8",
    });
    expect(table("nummer,titel\nTZ-2021-0001,Coördinatie").header).toEqual(["nummer", "titel"]);
  });

  it("reads Dutch Excel's semicolons and quoted line breaks, numbering rows as Excel shows them", () => {
    const t = table('nummer;titel\r\nTZ-1;"twee\r\nregels"\r\n\r\nTZ-3;"met ""quote"""\r\n');
    expect(t.delimiter).toBe(";");
    expect(t.records).toEqual([
      { row: 2, cells: ["TZ-1", "twee\r\nregels"] },
      { row: 4, cells: ["TZ-3", 'met "quote"'] },
    ]);
  });

  it("skips blank rows (also ;;; from Excel) but keeps their row numbers", () => {
    expect(table("a;b\r\n;\r\n1;2\r\n").records).toEqual([{ row: 3, cells: ["1", "2"] }]);
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    const t = table(Uint8Array.from([0x61, 0x0a, 0x43, 0x6f, 0xeb, 0x92, 0x73, 0x0a]));
    expect(t.encoding).toBe("windows-1252");
    expect(t.records[0]!.cells[0]).toBe("Coë’s");
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x85, 0x96, 0xe9]))).toBe("€…–é");
  });

  it("refuses empty, binary, oversized files and broken quoting with a message", () => {
    expect(message("")).toBe("Het bestand is leeg.");
    expect(message("\ufeff  \r\n")).toBe("Het bestand is leeg.");
    expect(message(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toContain("Excel-bestand (.xlsx)");
    expect(message(Uint8Array.from([0xff, 0xfe, 0x61, 0x00]))).toContain("UTF-16");
    expect(message(Uint8Array.from([0x61, 0x00, 0x62]))).toBe("Dit is geen tekstbestand (het bevat binaire gegevens).");
    expect(message(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61))).toContain("het maximum is 10 MB");
    expect(message("nummer,titel\r\n")).toBe("Het bestand bevat alleen kolomnamen en geen rijen.");
    expect(message('nummer,titel\r\n1,"open')).toMatch(/^Dit is geen geldige CSV/);
  });

  it("refuses more than 20,000 rows", () => {
    expect(message(`a\n${"1\n".repeat(20_001)}`)).toBe("Het bestand heeft 20.001 rijen; het maximum is 20.000. Splits het in kleinere bestanden.");
    expect(table(`a\n${"1\n".repeat(20_000)}`).records).toHaveLength(20_000);
  });
});
