// Where mail goes: an SMTP server when SMTP_URL is set, otherwise .eml files under <TZR_DATA_DIR>/mail/ (the
// embedded demo has no mail server, and the files show exactly what would have been sent).
import path from "node:path";
import { z } from "zod";

export type MailConfig = { kind: "smtp"; url: string; from: string } | { kind: "file"; dir: string; from: string };

const DEMO_FROM = "Toezeggingenregister <toezeggingen@localhost>";

const schema = z
  .object({
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, "moet met smtp:// of smtps:// beginnen, bijvoorbeeld smtp://gebruiker:wachtwoord@mail.example.nl:587")
      .optional(),
    MAIL_FROM: z.string().trim().min(3).max(200).optional(),
    TZR_DATA_DIR: z.string().default("data"),
  })
  .refine((e) => !e.SMTP_URL || e.MAIL_FROM, {
    // A real server rejects or spam-folders mail from an address it does not know: make the sender a choice.
    message: 'is verplicht als SMTP_URL is gezet, bijvoorbeeld "Toezeggingenregister <noreply@minjenv.nl>"',
    path: ["MAIL_FROM"],
  });

export type ParsedMailConfig = { ok: true; config: MailConfig } | { ok: false; issues: string[] };

export function parseMailConfig(env: Record<string, string | undefined>): ParsedMailConfig {
  const parsed = schema.safeParse({ ...env, SMTP_URL: env.SMTP_URL || undefined, MAIL_FROM: env.MAIL_FROM || undefined });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  const e = parsed.data;
  if (e.SMTP_URL) return { ok: true, config: { kind: "smtp", url: e.SMTP_URL, from: e.MAIL_FROM! } };
  return { ok: true, config: { kind: "file", dir: path.resolve(e.TZR_DATA_DIR, "mail"), from: e.MAIL_FROM ?? DEMO_FROM } };
}

/** The configuration without the password, for the start-up log. */
export function describeMailConfig(config: MailConfig): string {
  if (config.kind === "file") return `e-mail: als .eml-bestanden in ${config.dir} (geen SMTP_URL gezet)`;
  const url = new URL(config.url);
  return `e-mail: via ${url.protocol}//${url.hostname}${url.port ? `:${url.port}` : ""} als ${config.from}`;
}
