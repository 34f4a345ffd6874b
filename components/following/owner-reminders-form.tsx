"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import type { FollowAction, FollowState } from "./follow-state";

/** Editors: switch the reminders for their ministry's commitments on or off. */
export function OwnerRemindersForm({ on, ministryName, action }: { on: boolean; ministryName: string; action: FollowAction }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle", following: on } as FollowState);
  const now = state.following ?? on;
  return (
    <form action={formAction} className="space-y-2 text-sm">
      <p>
        Als redacteur krijgt u herinneringen voor de termijnen van alle toezeggingen van {ministryName}.{" "}
        {now ? <strong>Deze herinneringen staan aan.</strong> : <strong>Deze herinneringen staan uit.</strong>} Toezeggingen die u volgt blijven herinneringen
        geven.
      </p>
      <input type="hidden" name="on" value={now ? "0" : "1"} />
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-rijks bg-white px-3 py-1 font-medium text-rijks hover:bg-blue-50 disabled:opacity-60"
      >
        {pending ? "Bezig…" : now ? "Herinneringen voor mijn ministerie uitzetten" : "Herinneringen voor mijn ministerie aanzetten"}
      </button>
      <FormMessage status={state.status} message={state.message} />
    </form>
  );
}
