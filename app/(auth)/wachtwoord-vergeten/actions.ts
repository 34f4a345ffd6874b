"use server";

import { runAction } from "@/lib/actions/run-action";
import { requestPasswordReset } from "@/lib/data/passwords";
import { publicOrigin } from "@/lib/export/origin";
import { parseMailConfig } from "@/lib/mail/config";
import { passwordResetMessage } from "@/lib/mail/password-reset-message";
import { createMailTransport } from "@/lib/mail/transport";
import type { FormState } from "@/lib/validation/form-state";

// The same answer whether or not the address has an account: the form must not tell who is registered.
const SENT =
  "Als er een account met een wachtwoord voor dit adres is, ontvangt u binnen enkele minuten een e-mail met een link om een nieuw wachtwoord te kiezen. De link werkt één uur. Geen e-mail? Kijk in uw map met ongewenste e-mail of vraag een beheerder.";

export async function forgotPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  const email = typeof form.get("email") === "string" ? String(form.get("email")) : "";
  const outcome = await runAction("forgot password", {}, () =>
    requestPasswordReset({ email }, publicOrigin("http://localhost:3000"), async (mail) => {
      const config = parseMailConfig(process.env);
      if (!config.ok) throw new Error(`mail configuration: ${config.issues.join("; ")}`);
      const transport = createMailTransport(config.config);
      try {
        await transport.send({ to: mail.to, ...passwordResetMessage(mail.name, mail.link, mail.minutes) });
      } finally {
        transport.close();
      }
    }),
  );
  if (!outcome.ok) return { status: "error", message: outcome.message, errors: outcome.errors, values: { email } };
  return { status: "saved", message: SENT };
}
