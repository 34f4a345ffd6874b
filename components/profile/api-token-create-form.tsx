"use client";

import { useActionState } from "react";
import { Field, FormMessage, inputClass, SubmitButton } from "@/components/forms/field";
import { NewTokenNotice } from "./new-token-notice";
import { TOKEN_NAME_MAX, TOKEN_NAME_MIN, type TokenFormState } from "./token-form-state";

export function ApiTokenCreateForm({ action }: { action: (state: TokenFormState, form: FormData) => Promise<TokenFormState> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as TokenFormState);
  const values = (state.values ?? {}) as Record<string, string | undefined>;
  const errors = state.errors ?? {};
  return (
    <div className="space-y-4">
      {/* Re-mount the field when the server answers with what was typed; after success React clears the form. */}
      <form action={formAction} className="space-y-3" key={JSON.stringify(state.values ?? null)} noValidate>
        <FormMessage status={state.status} message={state.message} />
        <div className="flex flex-wrap items-end gap-3">
          <div className="w-full max-w-md">
            <Field
              id="token-name"
              label="Naam van het nieuwe token"
              required
              errors={errors.name}
              hint={`Waarvoor gebruikt u het, bijvoorbeeld: koppeling zaaksysteem (${TOKEN_NAME_MIN} tot ${TOKEN_NAME_MAX} tekens).`}
            >
              {(p) => <input {...p} name="name" maxLength={TOKEN_NAME_MAX + 20} autoComplete="off" defaultValue={values.name ?? ""} className={inputClass} />}
            </Field>
          </div>
          <SubmitButton pending={pending}>Token aanmaken</SubmitButton>
        </div>
      </form>
      {state.status === "saved" && state.token ? <NewTokenNotice token={state.token} name={state.tokenName ?? ""} /> : null}
    </div>
  );
}
