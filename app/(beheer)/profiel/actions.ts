"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { TokenFormState } from "@/components/profile/token-form-state";
import { TOKEN_NAME_MAX, TOKEN_NAME_MIN } from "@/components/profile/token-form-state";
import { runAction } from "@/lib/actions/run-action";
import { decide } from "@/lib/auth/permissions";
import { continueSessionUnder } from "@/lib/auth/session-cookie";
import { changeOwnPassword } from "@/lib/data/passwords";
import { getCurrentUser } from "@/lib/auth/session";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/data/api-tokens";
import { fieldErrors } from "@/lib/validation/commitment";
import type { FormState } from "@/lib/validation/form-state";

// The token name is only a label for its owner, so it is checked here rather than in a shared schema: the API has
// no endpoint that creates tokens (a token must not be able to mint more tokens).
const tokenNameSchema = z.object({
  name: z
    .string({ message: "Geef het token een naam." })
    .trim()
    .min(TOKEN_NAME_MIN, `Een naam heeft minstens ${TOKEN_NAME_MIN} tekens.`)
    .max(TOKEN_NAME_MAX, `Een naam heeft hoogstens ${TOKEN_NAME_MAX} tekens.`),
});

const SIGNED_OUT = "U bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.";

export async function createApiTokenAction(_: TokenFormState, form: FormData): Promise<TokenFormState> {
  const values = { name: typeof form.get("name") === "string" ? String(form.get("name")) : "" };
  try {
    const parsed = tokenNameSchema.safeParse(values);
    if (!parsed.success)
      return { status: "error", message: "Niet alles is goed ingevuld; zie de melding bij het veld.", errors: fieldErrors(parsed.error), values };
    // The session cookie alone is not trusted: the account is re-read, so a disabled account cannot mint tokens.
    const user = await getCurrentUser();
    if (!user) return { status: "error", message: SIGNED_OUT, values };
    const decision = decide(user, "token.manage_own");
    if (!decision.allowed) return { status: "error", message: decision.message, values };
    const name = parsed.data.name;
    // Two active tokens with one name could not be told apart in the list (or by the revoke button's name).
    const existing = await listApiTokens(user);
    if (existing.some((t) => !t.revokedAt && t.name.toLowerCase() === name.toLowerCase())) {
      return {
        status: "error",
        message: "Niet alles is goed ingevuld; zie de melding bij het veld.",
        errors: { name: [`U heeft al een actief token met de naam "${name}". Kies een andere naam.`] },
        values,
      };
    }
    const { token } = await createApiToken(user, name);
    revalidatePath("/profiel");
    return { status: "saved", message: `Token "${name}" is aangemaakt. Kopieer het nu: het wordt niet opnieuw getoond.`, token, tokenName: name };
  } catch (error) {
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
