// Which pages the proxy serves from their last render, and how: one store per server process (kept on globalThis,
// like the database client, so that every bundle in the process shares it).
import { randomBytes, randomUUID } from "node:crypto";
import { contentSecurityPolicy } from "@/lib/security/csp";
import { PageStore } from "./page-store";
import type { PageCacheOptions } from "./serve";

/**
 * The dashboard: the one page whose render costs real time (aggregates over the whole register, a few hundred KB of
 * HTML) and that managers open again and again while the register stands still. Everything else renders each time.
 */
export const CACHED_PAGES: ReadonlySet<string> = new Set(["/overzicht"]);

/** 64 MB: some 250 renders of the full dashboard; the least recently used go first. */
const MAX_BYTES = 64 * 1024 * 1024;

const state = globalThis as unknown as { tzrPageCache?: { store: PageStore; secret: string } };

export function pageCacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PAGE_CACHE !== "off";
}

/** Where this server itself listens; `npm start` sets PAGE_CACHE_ORIGIN, `next start` alone sets PORT. */
export function pageCacheOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return env.PAGE_CACHE_ORIGIN || `http://127.0.0.1:${env.PORT || 3000}`;
}

export function pageCacheOptions(https: boolean): PageCacheOptions {
  state.tzrPageCache ??= { store: new PageStore(MAX_BYTES), secret: randomBytes(24).toString("base64url") };
  const { store, secret } = state.tzrPageCache;
  return {
    store,
    origin: pageCacheOrigin(),
    renderHeader: { name: "x-tzr-page-render", value: secret },
    newNonce: () => Buffer.from(randomUUID()).toString("base64"),
    contentSecurityPolicy: (nonce) => contentSecurityPolicy(nonce, https),
    onError: (message, error) => console.error(message, error),
  };
}
