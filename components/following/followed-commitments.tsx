"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import type { FollowAction, FollowState, FollowedCommitmentRow } from "./follow-state";

/** The commitments the user follows, each with a button to stop; one message region for the outcome. */
export function FollowedCommitments({ rows, action }: { rows: FollowedCommitmentRow[]; action: FollowAction }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FollowState);
  return (
    <div className="space-y-3">
      <FormMessage status={state.status} message={state.message} />
      {rows.length === 0 ? (
        <p className="text-sm text-muted">U volgt nog geen toezeggingen. Kies &ldquo;Volgen&rdquo; op de pagina van een toezegging.</p>
      ) : (
        <ul className="divide-y divide-gray-200 rounded border border-gray-200 bg-white">
          {rows.map((r) => (
            <li key={r.number} className="flex flex-wrap items-start justify-between gap-3 p-3 text-sm">
              <div>
                <Link href={`/toezeggingen/${r.number}`} className="font-medium">
                  {r.number} {r.title}
                </Link>
                <p className="text-muted">
                  {r.status} · termijn: {r.deadline} · gevolgd sinds {r.since}
                </p>
              </div>
              <form action={formAction}>
                <input type="hidden" name="number" value={r.number} />
                <input type="hidden" name="follow" value="0" />
                <button type="submit" disabled={pending} className="rounded border border-gray-500 bg-white px-3 py-1 hover:bg-gray-50 disabled:opacity-60">
                  Niet meer volgen<span className="sr-only"> ({r.number})</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
