"use client";

import { inputClass } from "@/components/forms/field";
import { useKeyedRows } from "@/components/forms/use-keyed-rows";
import { tryParseKamerstukCitation } from "@/lib/kamerstuk";

const ROLE_OPTIONS = [
  { value: "source", label: "Bron (waar gedaan)" },
  { value: "related", label: "Aangehaald" },
  { value: "fulfilment", label: "Nakoming" },
];

/** Kamerstuk references typed as citations, each parsed as you type into its canonical document. */
export function ReferenceRows({ initial, errors }: { initial: Array<{ citation: string; role: string }>; errors?: Record<string, string[]> }) {
  const { rows, add, remove, update } = useKeyedRows(() => [...initial, { citation: "", role: "source" }]);

  return (
    <fieldset className="space-y-3 rounded border border-gray-300 p-3">
      <legend className="px-1 text-sm font-medium">Kamerstukken</legend>
      <p className="text-xs text-muted">
        Typ een verwijzing zoals hij in de brief staat, bijvoorbeeld “Kamerstuk 29 628, nr. 1030” of “Aanhangsel Handelingen II 2020/21, nr. 2065”.
      </p>
      {rows.map((row, index) => {
        const parsed = row.citation.trim() ? tryParseKamerstukCitation(row.citation) : null;
        const serverError = errors?.[`references.${index}.citation`] ?? errors?.[`references.${index}.role`];
        const feedbackId = `ref-${row.key}-feedback`;
        return (
          <div key={row.key} className="grid gap-2 sm:grid-cols-[1fr_12rem_auto] sm:items-start">
            <div>
              <label htmlFor={`ref-${row.key}`} className="sr-only">
                Verwijzing {index + 1}
              </label>
              <input
                id={`ref-${row.key}`}
                name="refCitation"
                value={row.citation}
                onChange={(e) => update(row.key, { citation: e.target.value })}
                aria-describedby={feedbackId}
                aria-invalid={(parsed && !parsed.ok) || serverError ? true : undefined}
                className={inputClass}
                placeholder="Kamerstuk 29 628, nr. 1030"
              />
              <p id={feedbackId} aria-live="polite" className="mt-1 text-xs">
                {serverError ? (
                  <span className="text-overdue">{serverError.join(" ")}</span>
                ) : parsed?.ok ? (
                  <span className="text-ok">
                    ✓ {parsed.citation.label} →{" "}
                    <a href={parsed.citation.url} rel="external noopener">
                      {parsed.citation.id}
                    </a>
                  </span>
                ) : parsed ? (
                  <span className="text-overdue">{parsed.error.message}</span>
                ) : null}
              </p>
            </div>
            <div>
              <label htmlFor={`ref-role-${row.key}`} className="sr-only">
                Rol van verwijzing {index + 1}
              </label>
              <select
                id={`ref-role-${row.key}`}
                name="refRole"
                value={row.role}
                onChange={(e) => update(row.key, { role: e.target.value })}
                className={inputClass}
              >
                {ROLE_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" onClick={() => remove(row.key)} className="text-sm text-overdue underline" aria-label={`Verwijzing ${index + 1} verwijderen`}>
              Verwijderen
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => add({ citation: "", role: "related" })} className="text-sm underline">
        + Nog een verwijzing
      </button>
    </fieldset>
  );
}
