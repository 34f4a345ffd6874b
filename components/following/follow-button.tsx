"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import type { FollowAction, FollowState } from "./follow-state";

/** "Volgen" / "Niet meer volgen" on a commitment page; the answer is announced, the button flips. */
export function FollowButton({ number, following, action }: { number: string; following: boolean; action: FollowAction }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle", following } as FollowState);
  const now = state.following ?? following;
  return (
    <form action={formAction} className="no-print mt-3 space-y-2">
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="follow" value={now ? "0" : "1"} />
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-rijks bg-white px-3 py-1 text-sm font-medium text-rijks hover:bg-blue-50 disabled:opacity-60"
      >
        {pending ? "Bezig…" : now ? "Niet meer volgen" : "Volgen"}
      </button>
      <p className="text-xs text-muted">
        {now
          ? "U krijgt wijzigingen en herinneringen voor deze toezegging in uw dagelijkse e-mail."
          : "Volg deze toezegging om wijzigingen en herinneringen per e-mail te krijgen."}
      </p>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
