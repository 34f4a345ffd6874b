// One large letter must not stall the register for anyone else: a PDF is read, and a letter analysed, in a child
// process (lib/letter-import/off-thread). Proven by order, not by time: while a 10,000-page PDF is being read, a
// list request is answered, and the reading is still going on when it is; then the reading is stopped as a
// disconnecting browser stops it.
import { describe, expect, it } from "vitest";
import { listCommitments } from "@/lib/data/commitments";
import { extractLetterOffThread, readPdfTextOffThread } from "@/lib/letter-import/off-thread";
import { manyPagePdf } from "@/lib/letter-import/test-support";
import { databaseForBlock, testDatabaseKinds, useManagementDatabase } from "../../support/management-fixtures";

describe.each(testDatabaseKinds)("letter work off the event loop (%s)", (kind) => {
  databaseForBlock(() => useManagementDatabase(kind));

  it("answers a list request while a 10,000-page PDF is still being read, and stops the reading on disconnect", async () => {
    const events: string[] = [];
    const disconnect = new AbortController();
    let firstPage: () => void = () => {};
    const reading = new Promise<void>((resolve) => (firstPage = resolve));
    const pages: number[] = [];
    // Allowed 20,000 pages here, so that the reading really goes on for all of them (MAX_PDF_PAGES refuses it at once).
    const pdf = readPdfTextOffThread(new Uint8Array(manyPagePdf(10_000)), {
      maxPages: 20_000,
      signal: disconnect.signal,
      onPage: (page, total) => {
        pages.push(page);
        if (page === 1) {
          events.push(`reading page 1 of ${total}`);
          firstPage();
        }
      },
    }).then((result) => {
      events.push(`pdf answered: ${result.ok ? "text" : result.message}`);
      return result;
    });

    await reading;
    const list = await listCommitments({ limit: 25 });
    events.push(`list answered with ${list.items.length} commitments`);
    const pagesWhenListed = pages.length;
    disconnect.abort();
    const result = await pdf;

    expect(events).toEqual([
      "reading page 1 of 10000",
      `list answered with ${list.items.length} commitments`,
      "pdf answered: Het lezen van deze pdf is afgebroken.",
    ]);
    expect(list.items.length).toBeGreaterThan(0);
    expect(pagesWhenListed).toBeLessThan(10_000);
    expect(result.ok).toBe(false);
  });

  it("refuses a 10,000-page PDF at the page limit, with the count, and reads nothing", async () => {
    const pages: number[] = [];
    const result = await readPdfTextOffThread(new Uint8Array(manyPagePdf(10_000)), { onPage: (p) => pages.push(p) });
    expect(result).toMatchObject({ ok: false, code: "too_large", message: expect.stringContaining("10.000 bladzijden") });
    expect(pages).toEqual([]);
  });

  it("analyses a letter in the worker as on the server: the same candidates", async () => {
    const text =
      "Geachte voorzitter,\n\nIk zal uw Kamer voor de zomer van 2023 informeren over de evaluatie van de Politiewet.\n\nDe minister van Justitie en Veiligheid,\nD. Yeşilgöz-Zegerius";
    const analysed = await extractLetterOffThread(text);
    expect(analysed.ok).toBe(true);
    const { extractLetter } = await import("@/lib/extraction");
    expect(analysed.ok && analysed.extraction).toEqual(extractLetter(text));
  });
});
