/** What a server action hands back to its form: messages, field errors, and what the user typed (kept). */
export interface FormState<V = Record<string, unknown>> {
  status?: "idle" | "error" | "conflict" | "saved";
  message?: string;
  errors?: Record<string, string[]>;
  values?: V;
}

export const idleState: FormState = { status: "idle" };
