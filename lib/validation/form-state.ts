import type { MergeNotice } from "@/lib/commitment/merge";

/** What a server action hands back to its form: messages, field errors, and what the user typed (kept). */
export interface FormState<V = Record<string, unknown>> {
  status?: "idle" | "error" | "conflict" | "saved";
  message?: string;
  errors?: Record<string, string[]>;
  values?: V;
}

export const idleState: FormState = { status: "idle" };

/** After a refused edit (409) the form continues from the version now current; otherwise from the one it had. */
export function versionToSubmit(state: FormState, version: number | string | undefined): number | string | undefined {
  if (state.status !== "conflict") return version;
  return (state.values as { current?: { version?: number } } | undefined)?.current?.version ?? version;
}

/** The commitment as someone else left it, when an edit was refused. */
export function conflictCurrent(state: FormState): unknown {
  return (state.values as { current?: unknown } | undefined)?.current;
}

/** The three-way merge a refused edit proposes (lib/commitment/merge.ts), when the form sent where it started from. */
export function conflictMerge(state: FormState): MergeNotice | null {
  if (state.status !== "conflict") return null;
  return (state.values as { merge?: MergeNotice | null } | undefined)?.merge ?? null;
}
