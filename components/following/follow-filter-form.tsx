"use client";

import { useActionState } from "react";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { FILTER_NAME_MAX } from "@/lib/reminders/follow-filter";
import type { FormState } from "@/lib/validation/form-state";

/** "Deze selectie volgen" under the list: the current query string plus a name the user chooses. */
export function FollowFilterForm({
  query,
  suggestedName,
  action,
}: {
  query: string;
  suggestedName: string;
  action: (state: FormState, form: FormData) => Promise<FormState>;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  const values = (state.values ?? {}) as Record<string, string | undefined>;
  return (
    <details className="no-print mt-4 rounded border border-gray-200 bg-white p-3 text-sm" open={state.status === "error" || undefined}>
      <summary className="cursor-pointer font-medium">Deze selectie volgen</summary>
      <form action={formAction} className="mt-3 space-y-3" key={JSON.stringify(state.values ?? null)} noValidate>
        <p className="text-muted">U krijgt een e-mail wanneer er een toezegging bijkomt die aan deze filters voldoet, of wanneer er een verandert.</p>
        <input type="hidden" name="query" value={query} />
        <div className="flex flex-wrap items-end gap-3">
          <div className="w-full max-w-sm">
            <Field id="follow-filter-name" label="Naam van de selectie" required errors={state.errors?.name ?? state.errors?.query}>
              {(p) => (
                <input
                  {...p}
                  name="name"
                  maxLength={FILTER_NAME_MAX}
                  defaultValue={values.name ?? suggestedName.slice(0, FILTER_NAME_MAX)}
                  className={inputClass}
                />
              )}
            </Field>
          </div>
          <button type="submit" disabled={pending} className="rounded bg-rijks px-4 py-2 text-sm font-medium text-white hover:bg-rijks/90 disabled:opacity-60">
            {pending ? "Bezig…" : "Volgen"}
          </button>
        </div>
        <FormMessage status={state.status} message={state.message} />
      </form>
    </details>
  );
}
