"use server";

import { revalidatePath } from "next/cache";
import type { TokenFormState } from "@/components/profile/token-form-state";
import { runAction } from "@/lib/actions/run-action";
import { decide } from "@/lib/auth/permissions";
import { continueSessionUnder } from "@/lib/auth/session-cookie";
import { changeOwnPassword } from "@/lib/data/passwords";
import { getCurrentUser } from "@/lib/auth/session";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/data/api-tokens";
import { AppError } from "@/lib/data/errors";
import type { FormState } from "@/lib/validation/form-state";

const SIGNED_OUT = "U bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.";

export async function createApiTokenAction(_: TokenFormState, form: FormData): Promise<TokenFormState> {
  const values = { name: typeof form.get("name") === "string" ? String(form.get("name")) : "" };
  try {
    // The session cookie alone is not trusted: the account is re-read, so a disabled account cannot mint tokens.
    const user = await getCurrentUser();
    if (!user) return { status: "error", message: SIGNED_OUT, values };
    const { token, name } = await createApiToken(user, values.name);
    revalidatePath("/profiel");
    return { status: "saved", message: `Token "${name}" is aangemaakt. Kopieer het nu: het wordt niet opnieuw getoond.`, token, tokenName: name };
  } catch (error) {
    if (error instanceof AppError) return { status: "error", message: error.message, errors: error.errors, values };
    console.error("[action] creating an API token failed", error);
    return { status: "error", message: "Er ging iets mis bij het aanmaken van het token. Er is niets aangemaakt; probeer het opnieuw.", values };
  }
}

export async function revokeApiTokenAction(_: FormState, form: FormData): Promise<FormState> {
  const id = String(form.get("id") ?? "");
  try {
    const user = await getCurrentUser();
    if (!user) return { status: "error", message: SIGNED_OUT };
    const decision = decide(user, "token.manage_own");
    if (!decision.allowed) return { status: "error", message: decision.message };
    // Only the user's own, still active tokens count; anything else (someone else's id, a double click) is "not found".
    const token = (await listApiTokens(user)).find((t) => t.id === id && !t.revokedAt);
    const revoked = token ? await revokeApiToken(user, token.id) : false;
    revalidatePath("/profiel");
    if (!token || !revoked) return { status: "error", message: "Dit token is al ingetrokken of bestaat niet (meer). De lijst hieronder is bijgewerkt." };
    return { status: "saved", message: `Token "${token.name}" is ingetrokken. Programma's die het nog gebruiken krijgen nu de melding "Niet ingelogd" (401).` };
  } catch (error) {
    console.error("[action] revoking an API token failed", { id }, error);
    return { status: "error", message: "Er ging iets mis bij het intrekken. Het token is mogelijk nog geldig; probeer het opnieuw." };
  }
}

const field = (form: FormData, key: string) => (typeof form.get(key) === "string" ? String(form.get(key)) : "");

export async function changePasswordAction(_: FormState, form: FormData): Promise<FormState> {
  const input = { current: field(form, "current"), password: field(form, "password"), repeat: field(form, "repeat") };
  const outcome = await runAction("change own password", {}, async () => {
    const { generation } = await changeOwnPassword(await getCurrentUser(), input);
    // The other sessions of this account have ended; this one goes on under the new generation.
    await continueSessionUnder(generation);
  });
  if (!outcome.ok) return { status: "error", message: outcome.message, errors: outcome.errors };
  return { status: "saved", message: "Uw wachtwoord is gewijzigd. U bent op uw andere apparaten uitgelogd; hier blijft u ingelogd." };
}
