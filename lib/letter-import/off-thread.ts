import "server-only";
// Reading a PDF and analysing a letter, each in a child process with a time and memory limit (lib/platform/child-job),
// so that one large or hostile letter never stalls the server for anyone else. Both refuse with a Dutch message
// when a limit is reached, and stop when the caller's signal aborts (the browser went away).
import path from "node:path";
import type { Extraction } from "@/lib/extraction";
import { type ChildJobOutcome, runChildJob } from "@/lib/platform/child-job";
import type { LetterJob, LetterJobProgress, LetterJobResults } from "./letter-worker";
import type { PdfTextResult } from "./pdf-text";

const WORKER = path.join(process.cwd(), "lib/letter-import/letter-worker.ts");

export const PDF_TIME_LIMIT_MS = 60_000;
export const ANALYSIS_TIME_LIMIT_MS = 30_000;
export const LETTER_MEMORY_LIMIT_MB = 768;

const seconds = (ms: number) => `${ms / 1000} seconden`;

function refusal(outcome: Exclude<ChildJobOutcome<unknown>, { ok: true }>, what: "pdf" | "analyse", limitMs: number): string {
  const subject = what === "pdf" ? "Het lezen van deze pdf" : "Het analyseren van deze tekst";
  switch (outcome.reason) {
    case "timeout":
      return `${subject} duurde langer dan ${seconds(limitMs)} en is afgebroken. Importeer alleen de brief zelf, zonder bijlagen, of plak de tekst.`;
    case "memory":
      return `${subject} vroeg te veel geheugen en is afgebroken. Importeer alleen de brief zelf, zonder bijlagen, of plak de tekst.`;
    case "aborted":
      return `${subject} is afgebroken.`;
    default:
      console.error(`[letter-import] ${what} worker failed`, outcome);
      return `${subject} is mislukt. Probeer het opnieuw, of plak de tekst van de brief.`;
  }
}

export interface OffThreadOptions {
  signal?: AbortSignal;
  onPage?: (page: number, pages: number) => void;
  /** for tests only: more pages than MAX_PDF_PAGES, to have a long-running job */
  maxPages?: number;
}

/** One job in the letter worker, answered with what its kind answers. */
function runLetterJob<J extends LetterJob>(job: J, timeoutMs: number, options: OffThreadOptions): Promise<ChildJobOutcome<LetterJobResults[J["kind"]]>> {
  return runChildJob<J, LetterJobProgress, LetterJobResults[J["kind"]]>(WORKER, job, {
    timeoutMs,
    maxMemoryMb: LETTER_MEMORY_LIMIT_MB,
    signal: options.signal,
    onProgress: (p) => options.onPage?.(p.page, p.pages),
  });
}

/** The text of a PDF (as readPdfText), read in the letter worker. */
export async function readPdfTextOffThread(bytes: Uint8Array, options: OffThreadOptions = {}): Promise<PdfTextResult> {
  const outcome = await runLetterJob({ kind: "pdf", bytes, maxPages: options.maxPages }, PDF_TIME_LIMIT_MS, options);
  if (outcome.ok) return outcome.value;
  // A limit reached means the file is too much to read; a failure or crash, that it cannot be read.
  const code = outcome.reason === "failure" || outcome.reason === "crashed" ? "unreadable" : "too_large";
  return { ok: false, code, message: refusal(outcome, "pdf", PDF_TIME_LIMIT_MS) };
}

export type AnalysisOutcome = { ok: true; extraction: Extraction } | { ok: false; message: string };

/** extractLetter(text), run in the letter worker. */
export async function extractLetterOffThread(text: string, signal?: AbortSignal): Promise<AnalysisOutcome> {
  const outcome = await runLetterJob({ kind: "analyse", text }, ANALYSIS_TIME_LIMIT_MS, { signal });
  return outcome.ok ? { ok: true, extraction: outcome.value } : { ok: false, message: refusal(outcome, "analyse", ANALYSIS_TIME_LIMIT_MS) };
}
