import { describe, expect, it } from "vitest";
import { checkLetterText, checkUpload, decodeText, formatBytes, looksLikePdf, MAX_FILE_BYTES, MAX_TEXT_BYTES } from "./upload";

describe("checkUpload", () => {
  it("accepts .txt and .pdf by name or by type", () => {
    expect(checkUpload({ name: "brief.txt", type: "", size: 10 })).toEqual({ ok: true, kind: "txt" });
    expect(checkUpload({ name: "BRIEF.PDF", type: "", size: 10 })).toEqual({ ok: true, kind: "pdf" });
    expect(checkUpload({ name: "brief", type: "application/pdf", size: 10 })).toEqual({ ok: true, kind: "pdf" });
    expect(checkUpload({ name: "brief", type: "text/plain", size: 10 })).toEqual({ ok: true, kind: "txt" });
  });
  it("refuses other types, naming the file and what to choose instead", () => {
    const r = checkUpload({ name: "brief.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", size: 10 });
    expect(r).toEqual({ ok: false, message: expect.stringContaining("brief.docx: .docx-bestanden kunnen niet worden ingelezen") });
    expect(r.ok ? "" : r.message).toContain(".txt- of .pdf-bestand");
  });
  it("refuses an empty file and one over 10 MB, saying how big it is", () => {
    expect(checkUpload({ name: "leeg.txt", type: "text/plain", size: 0 })).toEqual({ ok: false, message: expect.stringContaining("is leeg") });
    expect(checkUpload({ name: "groot.pdf", type: "application/pdf", size: MAX_FILE_BYTES })).toMatchObject({ ok: true });
    expect(checkUpload({ name: "groot.pdf", type: "application/pdf", size: MAX_FILE_BYTES + 1 })).toEqual({
      ok: false,
      message: "groot.pdf is te groot (10 MB); het maximum is 10 MB.",
    });
    expect(checkUpload({ name: "groot.pdf", type: "", size: 12.34 * 1024 * 1024 })).toMatchObject({ message: expect.stringContaining("(12,3 MB)") });
  });
});

describe("formatBytes", () => {
  it("writes sizes the Dutch way", () => {
    expect(formatBytes(12)).toBe("12 bytes");
    expect(formatBytes(1536)).toBe("1,5 kB");
    expect(formatBytes(MAX_TEXT_BYTES)).toBe("600 kB");
  });
});

describe("looksLikePdf", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it("recognises the PDF header, also after a little junk", () => {
    expect(looksLikePdf(bytes("%PDF-1.7\n..."))).toBe(true);
    expect(looksLikePdf(bytes("\r\n%PDF-1.3"))).toBe(true);
    expect(looksLikePdf(bytes("Geachte voorzitter"))).toBe(false);
    expect(looksLikePdf(new Uint8Array())).toBe(false);
  });
});

describe("decodeText", () => {
  it("reads UTF-8 with or without a byte order mark", () => {
    expect(decodeText(new TextEncoder().encode("Heroriëntatie — vóór 1 juli"))).toBe("Heroriëntatie — vóór 1 juli");
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe("A");
  });
  it("falls back to Windows-1252 for older files", () => {
    // "één" in Windows-1252
    expect(decodeText(new Uint8Array([0xe9, 0xe9, 0x6e, 0x20, 0x80]))).toBe("één €");
  });
  it("drops NUL characters, which the database cannot store", () => {
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toBe("AB");
  });
});

describe("checkLetterText", () => {
  it("asks for text when there is none", () => {
    expect(checkLetterText("  \n ")).toContain("Er is geen tekst");
  });
  it("accepts a letter and refuses text beyond the limit, in bytes", () => {
    expect(checkLetterText("Geachte voorzitter, ik zal uw Kamer informeren.")).toBeNull();
    expect(checkLetterText("a".repeat(MAX_TEXT_BYTES))).toBeNull();
    expect(checkLetterText("a".repeat(MAX_TEXT_BYTES + 1))).toContain("De tekst is te lang");
    // two bytes each in UTF-8
    expect(checkLetterText("ë".repeat(MAX_TEXT_BYTES / 2 + 1))).toContain("te lang");
  });
});
