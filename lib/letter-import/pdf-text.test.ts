import { describe, expect, it } from "vitest";
import { readPdfText } from "./pdf-text";
import { flateBombPdf, makePdf, manyPagePdf } from "./test-support";

const pdf = async (...args: Parameters<typeof makePdf>) => new Uint8Array(await makePdf(...args));

describe("readPdfText", () => {
  it("reads every page, reports each page read, and separates pages by a blank line", async () => {
    const bytes = await pdf((doc) => {
      doc.text("Geachte voorzitter, ik zal uw Kamer vóór de zomer van 2023 informeren over de heroriëntatie.");
      doc.addPage().text("Tweede bladzijde van de brief.");
      doc.addPage().text("Tweede Kamer, vergaderjaar 2022–2023, 29 628, nr. 9120");
    });
    const seen: string[] = [];
    const result = await readPdfText(bytes, (page, pages) => seen.push(`${page}/${pages}`));
    expect(result).toMatchObject({ ok: true, pages: 3 });
    expect(seen).toEqual(["1/3", "2/3", "3/3"]);
    const text = result.ok ? result.text : "";
    // pdfkit wraps the long line; the words and their accents come through, the page break as a blank line
    expect(text.replace(/\s+/g, " ")).toContain("ik zal uw Kamer vóór de zomer van 2023 informeren over de heroriëntatie.");
    expect(text).toContain("heroriëntatie.\n\nTweede bladzijde van de brief.");
    expect(text).toContain("2022–2023, 29 628, nr. 9120");
    expect(text).not.toMatch(/-- \d+ of \d+ --/);
  });

  it("says a PDF of images only is probably a scan", async () => {
    const bytes = await pdf((doc) => doc.rect(40, 40, 300, 400).fill("#333"));
    expect(await readPdfText(bytes)).toEqual({ ok: false, code: "no_text", message: expect.stringContaining("waarschijnlijk een scan") });
  });

  it("refuses a file that only claims to be a PDF, and a damaged one", async () => {
    expect(await readPdfText(new TextEncoder().encode("Geachte voorzitter"))).toMatchObject({ ok: false, code: "not_pdf" });
    const damaged = (await pdf((doc) => doc.text("Een brief."))).slice(0, 400);
    expect(await readPdfText(damaged)).toMatchObject({ ok: false, code: "unreadable", message: expect.stringContaining("kan niet worden gelezen") });
  });

  it("says so when a PDF needs a password", async () => {
    const bytes = await pdf((doc) => doc.text("Geheim."), { userPassword: "geheim", pdfVersion: "1.7" });
    expect(await readPdfText(bytes)).toMatchObject({ ok: false, code: "password" });
  });
});

describe("readPdfText refuses before reading a page", () => {
  it("a PDF of more pages than allowed, naming the count", async () => {
    const seen: string[] = [];
    const result = await readPdfText(new Uint8Array(manyPagePdf(10_000)), (page, pages) => seen.push(`${page}/${pages}`));
    expect(result).toEqual({ ok: false, code: "too_large", message: expect.stringContaining("Deze pdf heeft 10.000 bladzijden; het maximum is 500.") });
    expect(seen).toEqual([]);
  });

  it("a flate bomb", async () => {
    const result = await readPdfText(new Uint8Array(flateBombPdf(200)));
    expect(result).toEqual({ ok: false, code: "too_large", message: expect.stringContaining("pakt uit tot meer dan 150 MB") });
  });

  it("but reads a PDF just within the page limit", async () => {
    const result = await readPdfText(new Uint8Array(manyPagePdf(12)), undefined, 12);
    expect(result).toMatchObject({ ok: true, pages: 12 });
  });
});
