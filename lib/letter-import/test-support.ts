// PDFs for the letter-import tests (unit and e2e), made with pdfkit (a dev dependency without bundled types; the
// little used of it is typed here). Not a test file itself, and not part of the app build.
import { createRequire } from "node:module";
import zlib from "node:zlib";

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

/**
 * A PDF of `pages` pages that all show the same line of text (one shared content stream), written directly with a
 * correct cross-reference table: 10,000 pages come to some 1 MB and take milliseconds to make, where pdfkit takes
 * seconds. For the tests and the benchmark of letters that are too large.
 */
export function manyPagePdf(pages: number, line = "Geachte voorzitter, deze bladzijde herhaalt zich."): Buffer {
  const objects: string[] = [];
  // 1 catalog, 2 page tree, 3 font, 4 content, 5… pages
  const kids = Array.from({ length: pages }, (_, i) => `${i + 5} 0 R`).join(" ");
  const content = `BT /F1 12 Tf 72 720 Td (${line.replace(/[()\\]/g, "\\$&")}) Tj ET`;
  objects.push("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  for (let i = 0; i < pages; i++)
    objects.push("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** A PDF whose one content stream inflates to `megabytes` MB of spaces (a "flate bomb"): small on disk, huge in memory. */
export function flateBombPdf(megabytes: number): Buffer {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const deflate = zlib.deflateSync(Buffer.concat(Array.from({ length: megabytes }, () => chunk)), { level: 9 });
  const head = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n";
  const page = "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n";
  const stream = Buffer.concat([
    Buffer.from(`4 0 obj\n<< /Length ${deflate.length} /Filter /FlateDecode >>\nstream\n`, "latin1"),
    deflate,
    Buffer.from("\nendstream\nendobj\n", "latin1"),
  ]);
  // No cross-reference table: pdf.js rebuilds it, as it does for many real damaged files.
  return Buffer.concat([Buffer.from(head + page, "latin1"), stream, Buffer.from("trailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1")]);
}
