"use server";

import { runAction } from "@/lib/actions/run-action";
import { resetPasswordWithLink } from "@/lib/data/passwords";
import type { FormState } from "@/lib/validation/form-state";

const field = (form: FormData, key: string) => (typeof form.get(key) === "string" ? String(form.get(key)) : "");

export async function resetPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  const input = { token: field(form, "token"), password: field(form, "password"), repeat: field(form, "repeat") };
  const outcome = await runAction("reset password by link", {}, () => resetPasswordWithLink(input));
  if (!outcome.ok) return { status: "error", message: outcome.message, errors: outcome.errors };
  return { status: "saved", message: `Het wachtwoord voor ${outcome.value.email} is ingesteld. Log nu in met het nieuwe wachtwoord.` };
}
