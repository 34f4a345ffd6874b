"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { checkFileSize } from "@/lib/import/limits";
import { idleImportState, type ImportFormState } from "@/lib/import/report";
import { ProblemTable, ReportHeading, RowTable } from "./import-report";
import { ImportSummary } from "./import-summary";

interface Props {
  action: (state: ImportFormState, form: FormData) => Promise<ImportFormState>;
  /** the file input's accept attribute */
  accept: string;
  label: string;
  hint: string;
  /** "Kolom" (CSV) or "Veld" (JSON): what a problem's second coordinate is called */
  columnName: string;
}

const button = "rounded px-4 py-2 text-sm font-medium disabled:opacity-60";

/**
 * Choose a file → check it (dry run: nothing changes) → import it, or only its valid rows. The file stays chosen
 * between the steps: the form is submitted by hand (not through the action prop, which resets the form), and the
 * import step sends the checked file's hash so the server imports exactly what was checked.
 */
export function ImportForm({ action, accept, label, hint, columnName }: Props) {
  const [state, dispatch, pending] = useActionState(action, idleImportState);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  // Said before uploading: a file over the limit would only be refused after travelling to the server.
  const [localProblem, setLocalProblem] = useState<string | null>(null);
  const report = stale ? undefined : state.report;
  const unchangedRows = state.unchangedRows ?? [];
  const checked = report && !report.written;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget, submitter);
    const file = data.get("bestand");
    const problem = file instanceof File && file.name !== "" ? checkFileSize(file.size) : "Kies eerst een bestand.";
    setLocalProblem(problem);
    if (problem) {
      setStale(true);
      return;
    }
    setStale(false);
    setBusy(submitter?.value ?? "dry-run");
    startTransition(() => dispatch(data));
  }

  return (
    <form onSubmit={submit} className="space-y-5" noValidate aria-busy={pending}>
      <div className="space-y-4 rounded border border-gray-200 bg-white p-4">
        <Field
          id="bestand"
          label={label}
          hint={hint}
          required
          errors={localProblem ? [localProblem] : state.status === "error" && !stale ? state.fileProblems : undefined}
        >
          {(p) => (
            <input
              {...p}
              type="file"
              name="bestand"
              accept={accept}
              onChange={() => {
                setStale(true);
                setLocalProblem(null);
              }}
              className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-rijks-light file:px-3 file:py-1`}
            />
          )}
        </Field>
        {checked ? <input type="hidden" name="controle" value={report.fileHash} /> : null}
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="dubbelen" />
          Ook dubbelen importeren (toezeggingen die al in het register staan, uit hetzelfde Kamerstuk)
        </label>
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            name="mode"
            value="dry-run"
            disabled={pending}
            className={`${button} border border-rijks bg-white text-rijks hover:bg-rijks-light`}
          >
            {pending && busy === "dry-run" ? "Bezig met controleren…" : checked ? "Opnieuw controleren" : "Controleren"}
          </button>
          {checked && !report.blocked && report.writable > 0 ? (
            <button type="submit" name="mode" value="all" disabled={pending} className={`${button} bg-rijks text-white hover:bg-rijks/90`}>
              {pending && busy === "all" ? "Bezig met importeren…" : "Importeren"}
            </button>
          ) : null}
          {checked && report.blocked && report.writable > 0 ? (
            <button type="submit" name="mode" value="valid-only" disabled={pending} className={`${button} bg-rijks text-white hover:bg-rijks/90`}>
              {pending && busy === "valid-only" ? "Bezig met importeren…" : "Alleen geldige rijen importeren"}
            </button>
          ) : null}
        </div>
      </div>

      <FormMessage
        status={state.status === "error" || (checked && report.mode !== "dry-run") ? "error" : "saved"}
        message={stale ? undefined : state.message}
      />

      {report?.written ? <ImportSummary report={report} unchangedRows={unchangedRows} columnName={columnName} /> : null}
      {checked ? (
        <section aria-labelledby="controle" className="space-y-4">
          <h2 id="controle" className="text-lg font-semibold">
            Controle: wat het importeren doet
          </h2>
          <ReportHeading report={report} unchangedRows={unchangedRows} />
          {report.notices.length ? (
            <ul className="list-disc pl-5 text-sm">
              {report.notices.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
          {report.blocked ? (
            <p className="rounded border border-red-300 bg-red-50 p-3 text-sm text-overdue">
              {report.counts.ongeldig + report.counts.conflict} {report.counts.ongeldig + report.counts.conflict === 1 ? "rij is" : "rijen zijn"} ongeldig of in
              conflict. Zolang dat zo is, importeert ‘Importeren’ niets. Verbeter het bestand en controleer opnieuw
              {report.writable > 0
                ? ", of importeer alleen de geldige rijen; de andere blijven dan buiten beschouwing."
                : "; er zijn geen geldige rijen met wijzigingen."}
            </p>
          ) : report.writable === 0 ? (
            <p className="rounded border border-gray-200 bg-white p-3 text-sm">Het bestand verandert niets aan het register.</p>
          ) : null}
          <ProblemTable report={report} columnName={columnName} />
          <RowTable report={report} unchangedRows={unchangedRows} caption="Wat er per rij gebeurt" linked />
        </section>
      ) : null}
    </form>
  );
}
