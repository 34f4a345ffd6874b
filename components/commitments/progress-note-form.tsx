"use client";

import { useActionState } from "react";
import { Field, FormMessage, inputClass, SubmitButton } from "@/components/forms/field";
import type { FormState } from "@/lib/validation/form-state";

export function ProgressNoteForm({ action, number, today }: { action: (s: FormState, f: FormData) => Promise<FormState>; number: string; today: string }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  const values = (state.values ?? {}) as Record<string, string | undefined>;
  const errors = state.errors ?? {};
  return (
    <form action={formAction} className="space-y-3 rounded border border-gray-200 bg-white p-4" key={JSON.stringify(state.values ?? null)} noValidate>
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="number" value={number} />
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <Field id="note-date" label="Datum" required errors={errors.date}>
          {(p) => <input {...p} name="date" type="date" defaultValue={values.date ?? today} className={inputClass} />}
        </Field>
        <Field id="note-text" label="Voortgang" required errors={errors.text}>
          {(p) => <textarea {...p} name="text" rows={2} defaultValue={values.text ?? ""} className={inputClass} />}
        </Field>
      </div>
      <SubmitButton pending={pending}>Voortgang vastleggen</SubmitButton>
    </form>
  );
}
