// PDFs for the letter-import tests (unit and e2e), made with pdfkit (a dev dependency without bundled types; the
// little used of it is typed here). Not a test file itself, and not part of the app build.
import { createRequire } from "node:module";

interface PdfKitDocument {
  on(event: "data", listener: (chunk: Buffer) => void): this;
  on(event: "end", listener: () => void): this;
  text(text: string, options?: { paragraphGap?: number }): this;
  fontSize(size: number): this;
  moveDown(lines?: number): this;
  addPage(): this;
  rect(x: number, y: number, w: number, h: number): this;
  fill(color?: string): this;
  end(): void;
}

type PdfKitOptions = { userPassword?: string; pdfVersion?: string; margin?: number; info?: Record<string, string> };

const require = createRequire(import.meta.url);
const PDFDocument = require("pdfkit") as new (options?: PdfKitOptions) => PdfKitDocument;

/** A PDF drawn by `draw`. */
export async function makePdf(draw: (doc: PdfKitDocument) => void, options: PdfKitOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on("end", resolve));
  draw(doc);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** A letter's text as a PDF: paragraphs (separated by blank lines) as paragraphs, a page break every `perPage`. */
export function letterPdf(text: string, perPage = 8): Promise<Buffer> {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return makePdf((doc) => {
    doc.fontSize(11);
    paragraphs.forEach((paragraph, i) => {
      if (i > 0 && i % perPage === 0) doc.addPage();
      doc.text(paragraph, { paragraphGap: 0 }).moveDown(1);
    });
  });
}
