"use client";

import { useRef, useState, useTransition } from "react";
import { Field, inputClass } from "@/components/forms/field";
import type { AnalyseResult, LetterReview } from "@/lib/letter-import/review";
import { checkUpload, formatBytes, MAX_FILE_BYTES } from "@/lib/letter-import/upload";
import { readPdfOnServer, readTextFile, type ProgressReport } from "./letter-file-reading";

const nl = new Intl.NumberFormat("nl-NL");

function progressLabel(p: ProgressReport): string {
  const percent = p.fraction === null ? "" : ` ${Math.round(p.fraction * 100)}%`;
  if (p.phase === "reading") return `Bezig met lezen…${percent}`;
  if (p.phase === "uploading") return `Bezig met versturen…${percent}`;
  return p.page && p.pages ? `Tekst uit de pdf halen: bladzijde ${p.page} van ${p.pages}…${percent}` : "Tekst uit de pdf halen…";
}

type Notice = { tone: "ok" | "error"; text: string } | null;

/** Step 1: a file (.txt read here, .pdf read on the server) or pasted text, then the analysis. */
export function LetterUpload({
  text,
  onText,
  onAnalysed,
  analyse,
}: {
  text: string;
  onText: (text: string) => void;
  onAnalysed: (review: LetterReview) => void;
  analyse: (state: null, form: FormData) => Promise<AnalyseResult>;
}) {
  const [progress, setProgress] = useState<ProgressReport | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [fileInvalid, setFileInvalid] = useState(false);
  const [error, setError] = useState<{ message: string; text?: string[] } | null>(null);
  const [pending, startTransition] = useTransition();
  const lastPercent = useRef(-1);

  // Screen readers hear the status region; report whole steps of 5% so it does not chatter.
  const report = (p: ProgressReport) => {
    const percent = p.fraction === null ? -1 : Math.floor((p.fraction * 100) / 5) * 5;
    if (percent === lastPercent.current && p.page === undefined) return;
    lastPercent.current = percent;
    setProgress({ ...p, fraction: percent < 0 ? null : percent / 100 });
  };

  async function chooseFile(file: File | undefined) {
    setNotice(null);
    setError(null);
    if (!file) return;
    const check = checkUpload(file);
    if (!check.ok) {
      setFileInvalid(true);
      setNotice({ tone: "error", text: check.message });
      return;
    }
    setFileInvalid(false);
    lastPercent.current = -1;
    report({ phase: check.kind === "txt" ? "reading" : "uploading", fraction: 0 });
    const outcome = check.kind === "txt" ? await readTextFile(file, report) : await readPdfOnServer(file, report);
    setProgress(null);
    if (!outcome.ok) {
      setFileInvalid(true);
      setNotice({ tone: "error", text: outcome.message });
      return;
    }
    onText(outcome.text);
    const pages = outcome.pages ? `${outcome.pages === 1 ? "1 bladzijde" : `${outcome.pages} bladzijden`}, ` : "";
    setNotice({
      tone: "ok",
      text: `${file.name} is gelezen (${pages}${nl.format(outcome.text.length)} tekens). Controleer de tekst hieronder en kies “Brief analyseren”.`,
    });
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    startTransition(async () => {
      const result = await analyse(null, form);
      if (result.ok) onAnalysed(result.review);
      else setError({ message: result.message, text: result.errors?.text });
    });
  }

  const busy = pending || progress !== null;
  return (
    <form onSubmit={submit} className="space-y-5" noValidate aria-labelledby="stap-brief">
      <h2 id="stap-brief" tabIndex={-1} className="text-xl font-semibold">
        Stap 1 van 2: de brief
      </h2>
      <div className="space-y-1">
        <label htmlFor="letter-file" className="block text-sm font-medium">
          Bestand met de brief
        </label>
        <p id="letter-file-hint" className="text-xs text-muted">
          Een .txt- of .pdf-bestand van maximaal {formatBytes(MAX_FILE_BYTES)}. Een pdf moet tekst bevatten; een scan kan niet worden gelezen.
        </p>
        <input
          id="letter-file"
          type="file"
          accept=".txt,.pdf,text/plain,application/pdf"
          aria-describedby="letter-file-hint letter-file-status"
          aria-invalid={fileInvalid || undefined}
          disabled={busy}
          onChange={(e) => void chooseFile(e.target.files?.[0])}
          className="block text-sm file:mr-3 file:rounded file:border file:border-gray-500 file:bg-white file:px-3 file:py-1.5 file:text-sm"
        />
        <div id="letter-file-status" role="status" aria-live="polite" className="min-h-6 text-sm">
          {progress ? (
            <div className="flex flex-wrap items-center gap-3">
              <progress
                aria-labelledby="letter-progress-label"
                max={100}
                value={progress.fraction === null ? undefined : Math.round(progress.fraction * 100)}
                className="h-3 w-64 accent-rijks"
              />
              <span id="letter-progress-label">{progressLabel(progress)}</span>
            </div>
          ) : notice ? (
            <p className={notice.tone === "ok" ? "text-ok" : "font-medium text-overdue"}>{notice.text}</p>
          ) : null}
        </div>
      </div>

      <Field
        id="letter-text"
        label="Tekst van de brief"
        required
        errors={error?.text}
        hint="Plak de tekst van de brief, of kies hierboven een bestand: de tekst verschijnt dan hier."
      >
        {(p) => (
          <textarea
            {...p}
            name="text"
            rows={14}
            value={text}
            onChange={(e) => onText(e.target.value)}
            className={`${inputClass} font-mono text-xs`}
            spellCheck={false}
          />
        )}
      </Field>
      <p className="text-xs text-muted">{nl.format(text.length)} tekens</p>

      <div aria-live="polite" role="status">
        {error && !error.text ? <p className="rounded border border-red-300 bg-red-50 p-3 text-sm text-overdue">{error.message}</p> : null}
      </div>
      <button
        type="submit"
        disabled={busy}
        aria-disabled={busy}
        className="rounded bg-rijks px-4 py-2 text-sm font-medium text-white hover:bg-rijks/90 disabled:opacity-60"
      >
        {pending ? "Bezig met analyseren…" : "Brief analyseren"}
      </button>
    </form>
  );
}
