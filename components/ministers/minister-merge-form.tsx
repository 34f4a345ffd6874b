"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import type { FormState } from "@/lib/validation/form-state";

export interface MinisterOption {
  id: number;
  label: string;
}

export type MergeAction = (state: FormState, form: FormData) => Promise<FormState>;

function MinisterSelect({ name, ministers, selected, ...props }: { name: string; ministers: MinisterOption[]; selected?: number } & Record<string, unknown>) {
  return (
    <select {...props} name={name} defaultValue={selected ?? ""} className="block w-full rounded border border-gray-500 bg-white px-2 py-1.5 text-sm">
      <option value="">Kies een bewindspersoon</option>
      {ministers.map((m) => (
        <option key={m.id} value={m.id}>
          {m.label}
        </option>
      ))}
    </select>
  );
}

/** An admin chooses which minister stays and which one is merged into it; preset when a pair was proposed. */
export function MinisterMergeForm({ ministers, action, keep, merge }: { ministers: MinisterOption[]; action: MergeAction; keep?: number; merge?: number }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  return (
    <form action={formAction} className="max-w-2xl space-y-4">
      <FormMessage status={state.status} message={state.message} />
      <Field id="keep" label="Blijft bestaan" required errors={state.errors?.keep}>
        {(props) => <MinisterSelect {...props} name="keep" ministers={ministers} selected={keep} />}
      </Field>
      <Field
        id="merge"
        label="Gaat erin op (wordt verwijderd)"
        hint="Haar of zijn toezeggingen gaan naar de bewindspersoon hierboven; elke toezegging vermeldt dat in haar geschiedenis."
        required
        errors={state.errors?.merge}
      >
        {(props) => <MinisterSelect {...props} name="merge" ministers={ministers} selected={merge} />}
      </Field>
      <button type="submit" disabled={pending} className="rounded bg-rijks px-4 py-2 text-sm font-medium text-white hover:bg-rijks/90 disabled:opacity-60">
        {pending ? "Bezig met samenvoegen…" : "Samenvoegen"}
      </button>
    </form>
  );
}
