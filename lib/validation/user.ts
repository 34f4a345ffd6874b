import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { newPassword } from "./password";
import { text } from "./primitives";

export { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";

/** A ministry code, or null when left empty (admins and coordinators need none). */
const optionalMinistry = z
  .string()
  .trim()
  .max(20)
  .transform((s) => (s === "" ? null : s))
  .nullable()
  .optional()
  .transform((v) => v ?? null);

export const newUserSchema = z
  .object({
    email: z.string({ message: "Vul een e-mailadres in." }).trim().toLowerCase().email("Vul een geldig e-mailadres in.").max(254),
    name: text({ message: "Vul een naam in." }).trim().min(2, "Vul een naam in.").max(120),
    role: z.enum(ROLES, { message: "Kies een rol: editor, coordinator of admin." }),
    ministry: optionalMinistry,
    password: newPassword
      .nullable()
      .optional()
      .transform((v) => v ?? null),
  })
  .strict()
  .refine((u) => u.role !== "editor" || u.ministry, { path: ["ministry"], message: "Een redacteur hoort bij een ministerie." });

export type NewUserInput = z.infer<typeof newUserSchema>;

export const userUpdateSchema = z
  .object({
    role: z.enum(ROLES, { message: "Kies een rol." }),
    ministry: optionalMinistry,
    disabled: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  })
  .strict()
  .refine((u) => u.role !== "editor" || u.ministry, { path: ["ministry"], message: "Een redacteur hoort bij een ministerie." });
