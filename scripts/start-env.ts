// Environment for `npm start`, validated once, with the defaults a newcomer needs (none to set).
import path from "node:path";
import { z } from "zod";
import { checkServerEnv, configurationMessage } from "@/lib/env";

/** The start script's own settings; the server's (DATABASE_URL, PORT, TRUSTED_PROXIES, mail, …) are lib/env's. */
const schema = z.object({
  HOST: z.string().default("0.0.0.0"),
  TZR_DATA_DIR: z.string().default("data"),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(0),
});

/** Where the app reaches itself (the dashboard's page cache renders through it): its own address, or loopback. */
export function selfOrigin(host: string, port: number): string {
  if (["0.0.0.0", "::", "", "localhost"].includes(host)) return `http://127.0.0.1:${port}`;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

export function readStartEnv(env: NodeJS.ProcessEnv) {
  const parsed = schema.safeParse(env);
  // The server checks the same settings again when it starts (instrumentation.ts); checked here first so that a
  // wrong value stops npm start before migrations and the build, not after.
  const server = checkServerEnv(env);
  if (!parsed.success || !server.ok) {
    const lines = [...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)), ...(server.ok ? [] : server.issues)];
    console.error(configurationMessage(lines));
    process.exit(1);
  }
  const e = parsed.data;
  const s = server.env;
  return {
    databaseUrl: s.databaseUrl,
    port: s.port,
    host: e.HOST,
    dataDir: path.resolve(e.TZR_DATA_DIR),
    embeddedPort: e.EMBEDDED_DB_PORT,
    pageCache: s.pageCache ? "on" : "off",
    pageCacheOrigin: env.PAGE_CACHE_ORIGIN || selfOrigin(e.HOST, s.port),
    ministriesFile: path.resolve("prisma/seed/ministries.json"),
    seedFiles: [path.resolve("prisma/seed/kamerstuk-29628-1030.json")],
  };
}
