"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import type { FormState } from "@/lib/validation/form-state";

export type ResetAction = (state: FormState<{ link?: string }>, form: FormData) => Promise<FormState<{ link?: string }>>;

/** An admin makes a one-time link for a new password; it is shown here once. */
export function PasswordResetForm({ userId, email, action }: { userId: string; email: string; action: ResetAction }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState<{ link?: string }>);
  const link = state.status === "saved" ? state.values?.link : undefined;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="id" value={userId} />
      <FormMessage status={state.status} message={state.message} />
      {link ? (
        <label className="block text-sm">
          <span className="font-medium">Link voor een nieuw wachtwoord</span>
          <input
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 block w-full rounded border border-gray-500 bg-gray-50 px-2 py-1.5 font-mono text-xs"
          />
        </label>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-rijks bg-white px-3 py-1 text-sm text-rijks hover:bg-rijks-light disabled:opacity-60"
      >
        {pending ? "Bezig…" : "Link voor nieuw wachtwoord maken"}
        <span className="sr-only"> ({email})</span>
      </button>
    </form>
  );
}
