"use client";

import { useActionState } from "react";
import { Field, FormMessage, inputClass, SubmitButton } from "@/components/forms/field";
import type { FormState } from "@/lib/validation/form-state";

export function ForgotPasswordForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  const typed = (state.values as { email?: string } | undefined)?.email ?? "";
  return (
    <form action={formAction} className="space-y-4" key={typed} noValidate>
      <FormMessage status={state.status} message={state.message} />
      <Field id="email" label="E-mailadres" required errors={state.errors?.email}>
        {(p) => <input {...p} name="email" type="email" autoComplete="username" defaultValue={typed} className={inputClass} />}
      </Field>
      <SubmitButton pending={pending}>Link versturen</SubmitButton>
    </form>
  );
}
