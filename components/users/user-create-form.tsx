"use client";

import { useActionState } from "react";
import { Field, FormMessage, inputClass, SubmitButton } from "@/components/forms/field";
import type { FormState } from "@/lib/validation/form-state";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/user";
import { MinistryOptions, ROLE_HINT, RoleOptions } from "./role-options";
import type { MinistryOption } from "./user-row-data";

export function UserCreateForm({ action, ministries }: { action: (state: FormState, form: FormData) => Promise<FormState>; ministries: MinistryOption[] }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  const values = (state.values ?? {}) as Record<string, string | undefined>;
  const errors = state.errors ?? {};
  return (
    <form action={formAction} className="space-y-4 rounded border border-gray-200 bg-white p-4" key={JSON.stringify(state.values ?? null)} noValidate>
      <FormMessage status={state.status} message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="new-email" label="E-mailadres" required errors={errors.email} hint="Het adres waarmee de gebruiker inlogt, ook via SSO.">
          {(p) => <input {...p} name="email" type="email" autoComplete="off" defaultValue={values.email ?? ""} className={inputClass} />}
        </Field>
        <Field id="new-name" label="Naam" required errors={errors.name}>
          {(p) => <input {...p} name="name" autoComplete="off" defaultValue={values.name ?? ""} className={inputClass} />}
        </Field>
        <Field id="new-role" label="Rol" required errors={errors.role} hint={ROLE_HINT}>
          {(p) => (
            <select {...p} name="role" defaultValue={values.role ?? "editor"} className={inputClass}>
              <RoleOptions />
            </select>
          )}
        </Field>
        <Field
          id="new-ministry"
          label="Ministerie"
          errors={errors.ministry}
          hint="Verplicht voor een redacteur. Coördinatoren en beheerders werken voor alle ministeries."
        >
          {(p) => (
            <select {...p} name="ministry" defaultValue={values.ministry ?? ""} className={inputClass}>
              <MinistryOptions ministries={ministries} emptyLabel="Geen ministerie" />
            </select>
          )}
        </Field>
        <Field
          id="new-password"
          label="Eerste wachtwoord (optioneel)"
          errors={errors.password}
          hint={`Minstens ${MIN_PASSWORD_LENGTH} tekens. Laat leeg voor een account dat alleen via SSO inlogt.`}
        >
          {(p) => <input {...p} name="password" type="password" autoComplete="new-password" className={inputClass} />}
        </Field>
      </div>
      <SubmitButton pending={pending}>Gebruiker toevoegen</SubmitButton>
    </form>
  );
}
