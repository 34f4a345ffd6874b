// The public pages MPs' staff open, for anonymous readers, as the one HTTP cache answers them (lib/http-cache): an
// entity tag made of the URL, the register's fingerprint and the build; 304 Not Modified to a client (or a reverse
// proxy) that has it; otherwise the page from its last render while the register stands still (lib/page-cache/serve,
// with a fresh nonce per response). Signed-in readers see pages of their own (edit buttons, following): those are
// rendered each time and marked private. Always fresh: the fingerprint is looked up on every request.
import { registerEntityTag } from "@/lib/data/register-cache";
import { serverEnv } from "@/lib/env";
import { cacheHeaders, matchesIfNoneMatch } from "@/lib/http-cache";
import { PAGE_RENDER_HEADER, pageCacheEnabled, pageCacheOptions } from "./app-pages";
import { isPageViewRequest, servePage } from "./serve";

/** The register's public pages: list (every view and filter), commitment, document, dossier. (Home only redirects.) */
const PUBLIC_PAGES = [/^\/toezeggingen$/, /^\/toezeggingen\/[^/]+$/, /^\/documenten\/[^/]+$/, /^\/dossiers\/[^/]+$/];

/** next-auth's session cookie (also its chunked and __Secure- forms). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;

/** A plain page view of a public page by a reader without a session: the same page for everyone. */
export function isAnonymousPublicPageView(request: Request, pathname: string): boolean {
  if (!PUBLIC_PAGES.some((p) => p.test(pathname)) || !isPageViewRequest(request) || request.headers.has(PAGE_RENDER_HEADER)) return false;
  return !SESSION_COOKIE.test(request.headers.get("cookie") ?? "");
}

export interface PublicPageAnswer {
  /** the answer (304, or the page from the page cache), or null: render it the usual way */
  response: Response | null;
  /** the caching headers the rendered page gets (when it is a 200) */
  headers: Record<string, string> | null;
}

/** For a request isAnonymousPublicPageView accepted. Without a fingerprint (no database) the page renders as usual. */
export async function servePublicPage(request: Request, https: boolean): Promise<PublicPageAnswer> {
  const url = new URL(request.url);
  const current = await registerEntityTag(["page", "anonymous", `${url.pathname}${url.search}`]).catch(() => null);
  if (!current) return { response: null, headers: null };
  const headers = cacheHeaders(current.tag, "page", serverEnv().httpCache);
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), current.tag)) return { response: new Response(null, { status: 304, headers }), headers };
  if (!pageCacheEnabled()) return { response: null, headers };
  const served = await servePage(request, "anonymous", async () => current.fingerprint, pageCacheOptions(https));
  if (served?.status === 200) for (const [name, value] of Object.entries(headers)) served.headers.set(name, value);
  return { response: served, headers };
}
