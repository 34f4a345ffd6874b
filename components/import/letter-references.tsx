"use client";

import { inputClass } from "@/components/forms/field";
import { useKeyedRows } from "@/components/forms/use-keyed-rows";
import { parseCitationOrId } from "@/lib/validation/commitment";

/**
 * The Kamerstukken a new commitment cites (role "aangehaald"), typed as citations and parsed as you type. The letter
 * itself is its source and is not repeated here.
 */
export function LetterReferences({
  prefix,
  candidateNumber,
  initial,
  letterLabel,
  errors,
}: {
  /** "c3": ids and names are per candidate */
  prefix: string;
  candidateNumber: number;
  initial: string[];
  letterLabel: string;
  errors: (row: number) => string[] | undefined;
}) {
  const { rows, add, remove, update } = useKeyedRows(() => initial.map((citation) => ({ citation })));
  const name = `c.${prefix.slice(1)}.ref`;

  return (
    <fieldset className="space-y-2 rounded border border-gray-300 p-3">
      <legend className="px-1 text-sm font-medium">Kamerstukken</legend>
      <p className="text-xs text-muted">
        Bron: deze brief{letterLabel ? ` (${letterLabel})` : ""}. Hieronder de stukken die de zin aanhaalt, bijvoorbeeld “Kamerstuk 29 628, nr. 985”.
      </p>
      {rows.length === 0 ? <p className="text-sm text-muted">De zin haalt geen Kamerstukken aan.</p> : null}
      {rows.map((row, index) => {
        const id = `${prefix}-ref-${row.key}`;
        const parsed = row.citation.trim() ? parseCitationOrId(row.citation) : null;
        const serverError = errors(index);
        return (
          <div key={row.key} className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-start">
            <div>
              <label htmlFor={id} className="sr-only">
                Aangehaald Kamerstuk {index + 1} van kandidaat {candidateNumber}
              </label>
              <input
                id={id}
                name={name}
                value={row.citation}
                onChange={(e) => update(row.key, { citation: e.target.value })}
                aria-describedby={`${id}-feedback`}
                aria-invalid={(parsed && !parsed.ok) || serverError ? true : undefined}
                className={inputClass}
              />
              <p id={`${id}-feedback`} aria-live="polite" className="mt-1 text-xs">
                {serverError ? (
                  <span className="text-overdue">{serverError.join(" ")}</span>
                ) : parsed?.ok ? (
                  <span className="text-ok">✓ {parsed.citation.label}</span>
                ) : parsed ? (
                  <span className="text-overdue">{parsed.message}</span>
                ) : null}
              </p>
            </div>
            <button
              type="button"
              onClick={() => remove(row.key)}
              className="text-sm text-overdue underline"
              aria-label={`Aangehaald Kamerstuk ${index + 1} van kandidaat ${candidateNumber} verwijderen`}
            >
              Verwijderen
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => add({ citation: "" })} className="text-sm underline">
        + Kamerstuk toevoegen
      </button>
    </fieldset>
  );
}
