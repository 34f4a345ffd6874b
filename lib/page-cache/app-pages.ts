// Which pages the proxy serves from their last render, and how: one store per server process (kept on globalThis,
// like the database client, so that every bundle in the process shares it).
import { randomBytes, randomUUID } from "node:crypto";
import { contentSecurityPolicy } from "@/lib/security/csp";
import { PageStore } from "./page-store";
import type { PageCacheOptions } from "./serve";
import { serverEnv } from "@/lib/env";

/**
 * The dashboard: the one page whose render costs real time (aggregates over the whole register, a few hundred KB of
 * HTML) and that managers open again and again while the register stands still. Everything else renders each time.
 */
export const CACHED_PAGES: ReadonlySet<string> = new Set(["/overzicht"]);

/** 64 MB: some 250 renders of the full dashboard; the least recently used go first. */
const MAX_BYTES = 64 * 1024 * 1024;

const state = globalThis as unknown as { tzrPageCache?: { store: PageStore; secret: string } };

export function pageCacheEnabled(): boolean {
  return serverEnv().pageCache;
}

/** Marks the page cache's own render requests (with a secret value, checked where it matters: lib/page-cache/serve). */
export const PAGE_RENDER_HEADER = "x-tzr-page-render";

/** Where this server itself listens; `npm start` sets PAGE_CACHE_ORIGIN, `next start` alone sets PORT. */
export function pageCacheOrigin(): string {
  return serverEnv().pageCacheOrigin;
}

export function pageCacheOptions(https: boolean): PageCacheOptions {
  state.tzrPageCache ??= { store: new PageStore(MAX_BYTES), secret: randomBytes(24).toString("base64url") };
  const { store, secret } = state.tzrPageCache;
  return {
    store,
    origin: pageCacheOrigin(),
    renderHeader: { name: PAGE_RENDER_HEADER, value: secret },
    newNonce: () => Buffer.from(randomUUID()).toString("base64"),
    contentSecurityPolicy: (nonce) => contentSecurityPolicy(nonce, https),
    onError: (message, error) => console.error(message, error),
  };
}
