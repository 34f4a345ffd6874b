"use client";

import { useActionState } from "react";
import { Field, FormMessage, inputClass, SubmitButton } from "@/components/forms/field";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import type { FormState } from "@/lib/validation/form-state";

const HINT = `Minstens ${MIN_PASSWORD_LENGTH} tekens; verder geen eisen. Een zin van een paar woorden is sterk en te onthouden. Veelgebruikte wachtwoorden worden geweigerd.`;

/**
 * A new password, typed twice: on /profiel (with the current password) and behind a one-time link (with its token).
 * Passwords never come back from the server, so after a refusal the fields are empty and the message says why.
 */
export function NewPasswordForm({
  action,
  withCurrent = false,
  token,
  submitLabel,
  after,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  withCurrent?: boolean;
  token?: string;
  submitLabel: string;
  after?: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  const errors = state.errors ?? {};
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <FormMessage status={state.status} message={state.message} />
      {state.status === "saved" && after ? after : null}
      {token ? <input type="hidden" name="token" value={token} /> : null}
      {withCurrent ? (
        <Field id="current-password" label="Huidig wachtwoord" required errors={errors.current}>
          {(p) => <input {...p} name="current" type="password" autoComplete="current-password" className={inputClass} />}
        </Field>
      ) : null}
      <Field id="new-password" label="Nieuw wachtwoord" required hint={HINT} errors={errors.password}>
        {(p) => <input {...p} name="password" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field id="repeat-password" label="Nieuw wachtwoord nog een keer" required errors={errors.repeat}>
        {(p) => <input {...p} name="repeat" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
