// The server's settings, read from the environment and checked in one place (zod). Every reader in lib/ takes them
// from here; instrumentation.ts checks them when a server process starts, so plain `next start` refuses a wrong
// setting with the same messages as `npm start` (scripts/start-env.ts adds only the start script's own settings).
// Parsed again only when one of the variables changes (tests change them), so a reader may call it per request.
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/auth/client-address";
import { isValidIsoDate } from "@/lib/validation/primitives";
import type { SharedCacheSettings } from "@/lib/http-cache/policy";
import { parseReminderConfig, type ReminderConfig } from "@/lib/scheduler/config";

const KEYS = [
  "NEXTAUTH_URL",
  "NEXTAUTH_SECRET",
  "DATABASE_URL",
  "DATABASE_POOL_SIZE",
  "TRUSTED_PROXIES",
  "TZR_CLIENT_ADDRESS_RESOLVED",
  "PORT",
  "PAGE_CACHE",
  "PAGE_CACHE_ORIGIN",
  "HTTP_CACHE_SHARED_MAX_AGE",
  "HTTP_CACHE_STALE_WHILE_REVALIDATE",
  "TZR_TODAY",
  "TZR_DATA_DIR",
  "SSO_ISSUER",
  "SSO_CLIENT_ID",
  "SSO_CLIENT_SECRET",
  "SSO_NAME",
  "SMTP_URL",
  "MAIL_FROM",
  "REMINDER_INTERVAL_MINUTES",
  "DIGEST_HOUR",
] as const;

const httpUrl = (example: string) => z.url({ protocol: /^https?$/, message: `moet een http(s)-adres zijn, zoals ${example}` });

const seconds = z.coerce
  .number({ message: "verwacht een aantal seconden" })
  .int("verwacht een geheel aantal seconden")
  .min(0, "verwacht 0 of meer seconden")
  .max(86_400, "hoogstens 86400 seconden (een dag)");

const schema = z
  .object({
    NEXTAUTH_URL: httpUrl("https://toezeggingen.minjenv.nl").optional(),
    NEXTAUTH_SECRET: z.string().min(16, "moet minstens 16 tekens lang zijn (bijvoorbeeld: openssl rand -base64 32)").optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "moet met postgres:// of postgresql:// beginnen")
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number({ message: "verwacht een getal" }).int("verwacht een geheel getal").min(1).max(200).optional(),
    TRUSTED_PROXIES: z.string().optional(),
    TZR_CLIENT_ADDRESS_RESOLVED: z.literal("1").optional(),
    PORT: z.coerce.number({ message: "verwacht een poortnummer" }).int().min(1).max(65535).default(3000),
    PAGE_CACHE: z.enum(["on", "off"], { message: "kies on of off" }).default("on"),
    PAGE_CACHE_ORIGIN: httpUrl("http://127.0.0.1:3000").optional(),
    HTTP_CACHE_SHARED_MAX_AGE: seconds.default(0),
    HTTP_CACHE_STALE_WHILE_REVALIDATE: seconds.default(0),
    TZR_TODAY: z.string().refine(isValidIsoDate, "verwacht een datum als 2026-12-07").optional(),
    SSO_ISSUER: httpUrl("https://sso.example.nl/realms/rijk").optional(),
    SSO_CLIENT_ID: z.string().optional(),
    SSO_CLIENT_SECRET: z.string().optional(),
    SSO_NAME: z.string().max(60).optional(),
  })
  .refine(
    (e) => [e.SSO_ISSUER, e.SSO_CLIENT_ID, e.SSO_CLIENT_SECRET].every((v) => v === undefined) || (e.SSO_ISSUER && e.SSO_CLIENT_ID && e.SSO_CLIENT_SECRET),
    {
      message: "SSO_ISSUER, SSO_CLIENT_ID en SSO_CLIENT_SECRET horen samen: zet ze alle drie, of geen",
      path: ["SSO_ISSUER"],
    },
  );

export interface ServerEnv {
  /** The public origin (from NEXTAUTH_URL), for links, redirects and cookies; undefined on a bare local run. */
  publicOrigin: string | undefined;
  https: boolean;
  authSecret: string | undefined;
  databaseUrl: string | undefined;
  databasePoolSize: number | undefined;
  trustedProxies: number;
  /** scripts/next-server.ts resolved each request's client address (and dropped what the client wrote). */
  clientAddressResolved: boolean;
  port: number;
  pageCache: boolean;
  pageCacheOrigin: string;
  /** what shared caches in front (a reverse proxy, a CDN) may do with public responses: lib/http-cache */
  httpCache: SharedCacheSettings;
  /** TZR_TODAY: "today" pinned, for demos and tests. */
  pinnedToday: string | undefined;
  sso: { issuer: string; clientId: string; clientSecret: string; name: string } | null;
  reminders: ReminderConfig;
}

export type CheckedEnv = { ok: true; env: ServerEnv } | { ok: false; issues: string[] };

/** Checks the settings; the issues name each variable and what is wrong with it. */
export function checkServerEnv(source: Record<string, string | undefined>): CheckedEnv {
  const values = Object.fromEntries(KEYS.map((key) => [key, source[key] === "" ? undefined : source[key]]));
  const parsed = schema.safeParse(values);
  const proxies = parseTrustedProxies(values.TRUSTED_PROXIES);
  const reminders = parseReminderConfig(values);
  const issues = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)),
    ...(proxies.ok ? [] : [proxies.message]),
    ...(reminders.ok ? [] : reminders.issues),
  ];
  if (!parsed.success || !proxies.ok || !reminders.ok) return { ok: false, issues };
  const e = parsed.data;
  return {
    ok: true,
    env: {
      publicOrigin: e.NEXTAUTH_URL ? new URL(e.NEXTAUTH_URL).origin : undefined,
      https: (e.NEXTAUTH_URL ?? "").startsWith("https://"),
      authSecret: e.NEXTAUTH_SECRET,
      databaseUrl: e.DATABASE_URL,
      databasePoolSize: e.DATABASE_POOL_SIZE,
      trustedProxies: proxies.value,
      clientAddressResolved: e.TZR_CLIENT_ADDRESS_RESOLVED === "1",
      port: e.PORT,
      pageCache: e.PAGE_CACHE === "on",
      pageCacheOrigin: e.PAGE_CACHE_ORIGIN ?? `http://127.0.0.1:${e.PORT}`,
      httpCache: { sharedMaxAge: e.HTTP_CACHE_SHARED_MAX_AGE, staleWhileRevalidate: e.HTTP_CACHE_STALE_WHILE_REVALIDATE },
      pinnedToday: e.TZR_TODAY,
      sso:
        e.SSO_ISSUER && e.SSO_CLIENT_ID && e.SSO_CLIENT_SECRET
          ? { issuer: e.SSO_ISSUER, clientId: e.SSO_CLIENT_ID, clientSecret: e.SSO_CLIENT_SECRET, name: e.SSO_NAME ?? "Rijks-SSO" }
          : null,
      reminders: reminders.config,
    },
  };
}

/** What a server or start script prints before it refuses to start. */
export function configurationMessage(issues: readonly string[]): string {
  return `Ongeldige configuratie:\n${issues.map((issue) => `  ${issue}`).join("\n")}`;
}

export class ConfigurationError extends Error {
  constructor(readonly issues: string[]) {
    super(configurationMessage(issues));
    this.name = "ConfigurationError";
  }
}

let cached: { signature: string; env: ServerEnv } | undefined;

/** The settings of this process; throws ConfigurationError when one is wrong (a server refuses to start then). */
export function serverEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const signature = KEYS.map((key) => source[key] ?? "").join("\u0000");
  if (source === process.env && cached?.signature === signature) return cached.env;
  const checked = checkServerEnv(source);
  if (!checked.ok) throw new ConfigurationError(checked.issues);
  if (source === process.env) cached = { signature, env: checked.env };
  return checked.env;
}
