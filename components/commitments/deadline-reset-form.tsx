"use client";

import { useActionState, useState } from "react";
import { Field, FormMessage, inputClass, SubmitButton } from "@/components/forms/field";
import { conflictCurrent, type FormState, versionToSubmit } from "@/lib/validation/form-state";
import { ConflictNotice } from "./conflict-notice";
import { DeadlinePreview } from "./deadline-preview";

export function DeadlineResetForm({
  action,
  number,
  version,
  today,
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  number: string;
  version: number;
  today: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  const values = (state.values ?? {}) as Record<string, string | undefined>;
  const [phrase, setPhrase] = useState(values.deadlinePhrase ?? "");
  const errors = state.errors ?? {};
  const currentVersion = versionToSubmit(state, version);
  return (
    <form action={formAction} className="space-y-4" key={JSON.stringify(state.values ?? null)} noValidate>
      <FormMessage status={state.status} message={state.message} />
      {state.status === "conflict" ? <ConflictNotice current={conflictCurrent(state)} /> : null}
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="version" value={currentVersion} />
      <Field
        id="deadlinePhrase"
        label="Nieuwe termijn, zoals toegezegd"
        required
        errors={errors.deadlinePhrase}
        hint="De termijn wordt gelezen vanaf vandaag, bijvoorbeeld: voor de zomer van 2027."
      >
        {(p) => (
          <>
            <input
              {...p}
              aria-describedby={[p["aria-describedby"], "reset-preview"].filter(Boolean).join(" ")}
              name="deadlinePhrase"
              value={phrase}
              onChange={(e) => setPhrase(e.target.value)}
              className={inputClass}
            />
            <DeadlinePreview id="reset-preview" phrase={phrase} madeOn={today} />
          </>
        )}
      </Field>
      <Field
        id="reason"
        label="Reden"
        required
        errors={errors.reason}
        hint="Waarom verschuift de termijn? Bijvoorbeeld de brief waarin de nieuwe termijn is gemeld."
      >
        {(p) => <textarea {...p} name="reason" rows={3} defaultValue={values.reason ?? ""} className={inputClass} />}
      </Field>
      <SubmitButton pending={pending}>Termijn opnieuw vaststellen</SubmitButton>
    </form>
  );
}
