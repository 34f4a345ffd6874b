// Environment for `npm start`, validated once, with the defaults a newcomer needs (none to set).
import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/auth/client-address";
import { parseReminderConfig } from "@/lib/scheduler/config";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "moet met postgres:// of postgresql:// beginnen")
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  TZR_DATA_DIR: z.string().default("data"),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  PAGE_CACHE: z.enum(["on", "off"], { message: "kies on of off" }).default("on"),
  PAGE_CACHE_ORIGIN: z.url({ protocol: /^https?$/, message: "moet een http(s)-adres zijn, zoals http://127.0.0.1:3000" }).optional(),
});

/** Where the app reaches itself (the dashboard's page cache renders through it): its own address, or loopback. */
export function selfOrigin(host: string, port: number): string {
  if (["0.0.0.0", "::", "", "localhost"].includes(host)) return `http://127.0.0.1:${port}`;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

export function readStartEnv(env: NodeJS.ProcessEnv) {
  const parsed = schema.safeParse({ ...env, DATABASE_URL: env.DATABASE_URL || undefined });
  const reminders = parseReminderConfig(env);
  // scripts/next-server.ts reads TRUSTED_PROXIES with the same rule; checked here too so that a wrong value stops
  // npm start before migrations and the build, not after.
  const proxies = parseTrustedProxies(env.TRUSTED_PROXIES);
  if (!parsed.success || !reminders.ok || !proxies.ok) {
    const lines = [
      ...(parsed.success ? [] : parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`)),
      ...(reminders.ok ? [] : reminders.issues.map((issue) => `  ${issue}`)),
      ...(proxies.ok ? [] : [`  ${proxies.message}`]),
    ];
    console.error(`Ongeldige configuratie:\n${lines.join("\n")}`);
    process.exit(1);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.TZR_DATA_DIR),
    embeddedPort: e.EMBEDDED_DB_PORT,
    pageCache: e.PAGE_CACHE,
    pageCacheOrigin: e.PAGE_CACHE_ORIGIN ?? selfOrigin(e.HOST, e.PORT),
    ministriesFile: path.resolve("prisma/seed/ministries.json"),
    seedFiles: [path.resolve("prisma/seed/kamerstuk-29628-1030.json")],
  };
}
