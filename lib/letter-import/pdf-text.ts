// Runs in the letter worker's child process (lib/letter-import/letter-worker.ts), never on the server's event loop.
import { inflatesBeyond, MAX_PDF_PAGES, TOO_MUCH_INFLATED_MESSAGE, tooManyPagesMessage } from "./pdf-limits";
import { looksLikePdf } from "./upload";

export type PdfTextResult =
  | { ok: true; text: string; pages: number }
  | { ok: false; code: "not_pdf" | "no_text" | "password" | "unreadable" | "too_large"; message: string };

/** Fewer letters than this on all pages together: there is no text layer, only images (a scan). */
const MIN_LETTERS = 20;

const SCANNED =
  "Deze pdf bevat geen tekst, alleen afbeeldingen: waarschijnlijk een scan. Gebruik de digitale versie van de brief " +
  "(bijvoorbeeld van officielebekendmakingen.nl) of plak de tekst hieronder.";

/**
 * The text of a PDF, page by page (`onPage` hears of each page read, for a progress indicator). Pages are joined by
 * a blank line, so a page break never glues two paragraphs together. A PDF of more than `maxPages` pages, or one that
 * inflates beyond MAX_INFLATED_BYTES, is refused before any page is read.
 */
export async function readPdfText(bytes: Uint8Array, onPage?: (page: number, pages: number) => void, maxPages = MAX_PDF_PAGES): Promise<PdfTextResult> {
  if (!looksLikePdf(bytes))
    return { ok: false, code: "not_pdf", message: "Dit bestand is geen pdf, ook al heeft het die naam. Kies de pdf van de brief, of een .txt-bestand." };
  if (inflatesBeyond(bytes)) return { ok: false, code: "too_large", message: TOO_MUCH_INFLATED_MESSAGE };
  // Loaded by Node from node_modules, not bundled: bundled, pdf.js cannot find its worker module next to it
  // ("Setting up fake worker failed"). Listing pdf-parse in next.config's serverExternalPackages does the same.
  const { PDFParse, PasswordException } = await import(/* webpackIgnore: true */ "pdf-parse");
  // pdf.js may take over (detach) the buffer it is given; hand it a copy so the caller's bytes stay usable.
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    // The page count comes from the page tree, before any page's text is read.
    const { total: pages } = await parser.getInfo();
    if (pages > maxPages) return { ok: false, code: "too_large", message: tooManyPagesMessage(pages) };
    const first = await parser.getText({ partial: [1] });
    const texts = [first.pages[0]?.text ?? ""];
    onPage?.(1, pages);
    for (let page = 2; page <= pages; page++) {
      const result = await parser.getText({ partial: [page] });
      texts.push(result.pages[0]?.text ?? "");
      onPage?.(page, pages);
    }
    const text = texts
      .map((t) => t.trim())
      .filter(Boolean)
      .join("\n\n");
    if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return { ok: false, code: "no_text", message: SCANNED };
    return { ok: true, text: text.replace(/\u0000/g, ""), pages };
  } catch (error) {
    if (error instanceof PasswordException) {
      return {
        ok: false,
        code: "password",
        message: "Deze pdf is beveiligd met een wachtwoord en kan daarom niet worden gelezen. Gebruik een onbeveiligde versie of plak de tekst.",
      };
    }
    // A damaged file is the uploader's to fix, not a fault of ours; note it for whoever looks at the logs.
    console.warn("[letter-import] unreadable pdf", { bytes: bytes.length, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    return {
      ok: false,
      code: "unreadable",
      message: "Deze pdf kan niet worden gelezen: het bestand is beschadigd of onvolledig. Probeer een andere versie, of plak de tekst.",
    };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
