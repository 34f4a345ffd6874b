// What a response tells the caches between us and the reader (RFC 9111). Pure: no framework, no database.
//
// Anonymous readers of public pages and of the API all see the same thing for a URL, so a reverse proxy or CDN may
// keep it ("public") and serve it again as long as the site allows ("s-maxage", default 0: revalidate every time,
// which costs us one 304) and meanwhile revalidate in the background ("stale-while-revalidate"). Browsers always ask
// again ("max-age=0") and get 304 while nothing changed. A signed-in reader's page is theirs alone: "private, no-store".

export interface SharedCacheSettings {
  /** seconds a shared cache may serve a kept response without asking (HTTP_CACHE_SHARED_MAX_AGE) */
  sharedMaxAge: number;
  /** seconds it may then serve it while it asks (HTTP_CACHE_STALE_WHILE_REVALIDATE) */
  staleWhileRevalidate: number;
}

export type Audience = "public" | "private";

export function cacheControl(audience: Audience, settings: SharedCacheSettings): string {
  if (audience === "private") return "private, no-store";
  const parts = ["public", "max-age=0", `s-maxage=${settings.sharedMaxAge}`];
  if (settings.staleWhileRevalidate > 0) parts.push(`stale-while-revalidate=${settings.staleWhileRevalidate}`);
  return parts.join(", ");
}

/**
 * What makes two requests for one URL get different answers. Pages: the session cookie (a signed-in reader sees
 * their own page) and the encoding. The API's reads are the same for everyone: only the encoding.
 */
export const VARY = { page: "Cookie, Accept-Encoding", api: "Accept-Encoding" } as const;

/** The headers of a cacheable response, for a 200 and for its 304 alike (RFC 9110 §15.4.5). */
export function cacheHeaders(tag: string, kind: keyof typeof VARY, settings: SharedCacheSettings): Record<string, string> {
  return { ETag: tag, "Cache-Control": cacheControl("public", settings), Vary: VARY[kind] };
}
