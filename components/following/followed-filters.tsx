"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import type { FormState } from "@/lib/validation/form-state";
import type { FollowedFilterRow } from "./follow-state";

/** The selections of the list the user follows, each with a button to stop. */
export function FollowedFilters({ rows, action }: { rows: FollowedFilterRow[]; action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  return (
    <div className="space-y-3">
      <FormMessage status={state.status} message={state.message} />
      {rows.length === 0 ? (
        <p className="text-sm text-muted">
          U volgt nog geen selecties. Stel op <Link href="/toezeggingen">de lijst</Link> filters in en kies &ldquo;Deze selectie volgen&rdquo;.
        </p>
      ) : (
        <ul className="divide-y divide-gray-200 rounded border border-gray-200 bg-white">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-wrap items-start justify-between gap-3 p-3 text-sm">
              <div>
                <Link href={r.href} className="font-medium">
                  {r.name}
                </Link>
                <p className="text-muted">
                  {r.description} · gevolgd sinds {r.since}
                </p>
              </div>
              <form action={formAction}>
                <input type="hidden" name="id" value={r.id} />
                <button type="submit" disabled={pending} className="rounded border border-gray-500 bg-white px-3 py-1 hover:bg-gray-50 disabled:opacity-60">
                  Niet meer volgen<span className="sr-only"> ({r.name})</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
