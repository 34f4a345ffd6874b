import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Vul een geldig e-mailadres in.").max(254),
  password: z.string().min(1, "Vul uw wachtwoord in.").max(1000),
});
