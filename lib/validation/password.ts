import { z } from "zod";
import { MAX_PASSWORD_LENGTH, passwordProblem } from "@/lib/auth/password-policy";

/** A new password under the NCSC rules (lib/auth/password-policy.ts). */
export const newPassword = z.string({ message: "Vul een nieuw wachtwoord in." }).superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const sameTwice = { path: ["repeat"], message: "De twee wachtwoorden zijn niet gelijk. Typ het nieuwe wachtwoord twee keer hetzelfde." };
const repeat = z.string().max(MAX_PASSWORD_LENGTH);

/** Changing one's own password on /profiel: the current one proves it is the account holder at the keyboard. */
export const changePasswordSchema = z
  .object({
    current: z.string({ message: "Vul uw huidige wachtwoord in." }).min(1, "Vul uw huidige wachtwoord in.").max(MAX_PASSWORD_LENGTH),
    password: newPassword,
    repeat,
  })
  .strict()
  .refine((v) => v.password === v.repeat, sameTwice);

/** Setting a new password through a one-time link. */
export const resetPasswordSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "Deze link is niet (meer) geldig. Vraag een nieuwe aan."),
    password: newPassword,
    repeat,
  })
  .strict()
  .refine((v) => v.password === v.repeat, sameTwice);

export const forgotPasswordSchema = z.object({
  email: z.string({ message: "Vul uw e-mailadres in." }).trim().toLowerCase().email("Vul een geldig e-mailadres in.").max(254),
});
