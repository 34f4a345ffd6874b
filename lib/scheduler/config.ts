// The reminder job's settings, validated once at start (scripts/start-env.ts calls this).
import { z } from "zod";
import { parseMailConfig, type MailConfig } from "@/lib/mail/config";

export interface ReminderConfig {
  intervalMinutes: number;
  digestHour: number;
  mail: MailConfig;
}

const schema = z.object({
  REMINDER_INTERVAL_MINUTES: z.coerce
    .number()
    .int("moet een geheel aantal minuten zijn")
    .min(1, "minstens 1")
    .max(24 * 60, "hoogstens 1440")
    .default(15),
  DIGEST_HOUR: z.coerce.number().int("moet een heel uur zijn (0–23)").min(0, "0–23").max(23, "0–23").default(7),
});

export type ParsedReminderConfig = { ok: true; config: ReminderConfig } | { ok: false; issues: string[] };

export function parseReminderConfig(env: Record<string, string | undefined>): ParsedReminderConfig {
  const parsed = schema.safeParse({ REMINDER_INTERVAL_MINUTES: env.REMINDER_INTERVAL_MINUTES || undefined, DIGEST_HOUR: env.DIGEST_HOUR || undefined });
  const mail = parseMailConfig(env);
  const issues = [...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)), ...(mail.ok ? [] : mail.issues)];
  if (!parsed.success || !mail.ok) return { ok: false, issues };
  return { ok: true, config: { intervalMinutes: parsed.data.REMINDER_INTERVAL_MINUTES, digestHour: parsed.data.DIGEST_HOUR, mail: mail.config } };
}
