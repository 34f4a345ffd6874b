"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { getCurrentUser } from "@/lib/auth/session";
import { issuePasswordReset } from "@/lib/data/passwords";
import { publicOrigin } from "@/lib/export/origin";
import { formatDateTime } from "@/lib/format/dates";
import type { MutationResult } from "@/lib/data/mutation-result";
import { createUser, updateUser } from "@/lib/data/user-admin";
import type { FormState } from "@/lib/validation/form-state";

// Thin, like the commitment actions: createUser/updateUser parse, authorize (user.manage, on the server, every
// time) and write with an audit event. These only turn FormData into their input and their result into form state.

const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : undefined;
};

const SIGNED_OUT = "U bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.";

function failure(result: Exclude<MutationResult<unknown>, { ok: true }>, values: Record<string, unknown>): FormState {
  return { status: "error", message: result.message, errors: result.errors, values };
}

export async function createUserAction(_: FormState, form: FormData): Promise<FormState> {
  const password = text(form, "password") ?? "";
  const input = {
    email: text(form, "email") ?? "",
    name: text(form, "name") ?? "",
    role: text(form, "role") ?? "",
    ministry: text(form, "ministry") ?? "",
    // Empty means "no password": the account can then only sign in through SSO.
    password: password === "" ? null : password,
  };
  // What was typed comes back to the form, except the password: it is not sent back to the browser.
  const { password: _omit, ...values } = input;
  try {
    const user = await getCurrentUser();
    if (!user) return { status: "error", message: SIGNED_OUT, values };
    const result = await createUser(user, input);
    if (!result.ok) return failure(result, values);
    revalidatePath("/beheer/gebruikers");
    const how = input.password ? "Geef het wachtwoord via een veilige weg door." : "Het account kan alleen via SSO inloggen.";
    return { status: "saved", message: `Account voor ${input.email.trim().toLowerCase()} is aangemaakt. ${how}` };
  } catch (error) {
    console.error("[action] creating a user failed", { email: input.email }, error);
    return { status: "error", message: "Er ging iets mis bij het aanmaken van het account. Er is niets opgeslagen; probeer het opnieuw.", values };
  }
}

export async function updateUserAction(_: FormState, form: FormData): Promise<FormState> {
  const id = text(form, "id") ?? "";
  const values = { role: text(form, "role") ?? "", ministry: text(form, "ministry") ?? "", disabled: form.get("disabled") === "on" };
  try {
    const user = await getCurrentUser();
    if (!user) return { status: "error", message: SIGNED_OUT, values };
    const result = await updateUser(user, id, values);
    if (!result.ok) return failure(result, values);
    if (result.unchanged) return { status: "saved", message: "Er was niets gewijzigd." };
    revalidatePath("/beheer/gebruikers");
    return { status: "saved", message: "Opgeslagen. De wijziging geldt vanaf het volgende verzoek van deze gebruiker." };
  } catch (error) {
    console.error("[action] updating a user failed", { id }, error);
    return { status: "error", message: "Er ging iets mis bij het opslaan. Er is niets gewijzigd; probeer het opnieuw.", values };
  }
}

/** A one-time link for a new password, shown once to the admin who passes it on (the link itself is not kept). */
export async function issuePasswordResetAction(_: FormState, form: FormData): Promise<FormState<{ link?: string }>> {
  const id = text(form, "id") ?? "";
  const outcome = await runAction("issue password reset", { id }, async () =>
    issuePasswordReset(await getCurrentUser(), id, publicOrigin("http://localhost:3000")),
  );
  if (!outcome.ok) return { status: "error", message: outcome.message };
  const { link, email, expiresAt } = outcome.value;
  return {
    status: "saved",
    message: `Eenmalige link voor ${email} gemaakt, geldig tot ${formatDateTime(expiresAt)}. Kopieer hem nu en geef hem via een veilige weg door: hij wordt niet opnieuw getoond.`,
    values: { link },
  };
}
