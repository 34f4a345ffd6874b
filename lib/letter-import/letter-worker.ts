// The letter worker: a child process (lib/platform/child-job) that reads a PDF's text or analyses a letter's text,
// so that neither ever runs on the server's event loop. Started and limited by lib/letter-import/off-thread.ts.
import { extractLetter, type Extraction } from "@/lib/extraction";
import { serveChildJob } from "@/lib/platform/child-job";
import { type PdfTextResult, readPdfText } from "./pdf-text";

export type LetterJob = { kind: "pdf"; bytes: Uint8Array; maxPages?: number } | { kind: "analyse"; text: string };
/** What each kind of job answers. */
export interface LetterJobResults {
  pdf: PdfTextResult;
  analyse: Extraction;
}
export type LetterJobProgress = { page: number; pages: number };

serveChildJob<LetterJob, LetterJobProgress, LetterJobResults[LetterJob["kind"]]>((job, progress) =>
  job.kind === "pdf" ? readPdfText(job.bytes, (page, pages) => progress({ page, pages }), job.maxPages) : extractLetter(job.text),
);
