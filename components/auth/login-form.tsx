"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Field, FormMessage, inputClass, SubmitButton } from "@/components/forms/field";

const SSO_ERRORS: Record<string, string> = {
  SsoNoAccount: "Er is geen actief account voor uw SSO-identiteit. Vraag een beheerder om u toe te voegen.",
  SsoNoEmail: "De SSO-dienst gaf geen e-mailadres door; inloggen via SSO lukt zo niet.",
  SessionRequired: "Log in om verder te gaan.",
};

export function LoginForm({ callbackUrl, ssoName, initialError }: { callbackUrl: string; ssoName: string | null; initialError?: string }) {
  const [error, setError] = useState<string | undefined>(
    initialError ? (SSO_ERRORS[initialError] ?? "Inloggen is niet gelukt. Probeer het opnieuw.") : undefined,
  );
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", { email: data.get("email"), password: data.get("password"), redirect: false, callbackUrl });
    setPending(false);
    if (result?.ok && !result.error) {
      window.location.assign(result.url ?? callbackUrl);
    } else {
      setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "E-mailadres of wachtwoord klopt niet.");
    }
  }

  return (
    <div className="space-y-6">
      <FormMessage status="error" message={error} />
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <Field id="email" label="E-mailadres" required>
          {(p) => <input {...p} name="email" type="email" autoComplete="username" className={inputClass} />}
        </Field>
        <Field id="password" label="Wachtwoord" required>
          {(p) => <input {...p} name="password" type="password" autoComplete="current-password" className={inputClass} />}
        </Field>
        <SubmitButton pending={pending}>Inloggen</SubmitButton>
      </form>
      {ssoName ? (
        <div className="border-t border-gray-200 pt-4">
          <button
            type="button"
            onClick={() => void signIn("sso", { callbackUrl })}
            className="rounded border border-rijks px-4 py-2 text-sm font-medium text-rijks hover:bg-rijks-light"
          >
            Inloggen met {ssoName}
          </button>
        </div>
      ) : null}
    </div>
  );
}
