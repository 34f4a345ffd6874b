// Runs before every page: a fresh CSP nonce per request (Next.js puts it on its own scripts), and a redirect to the
// sign-in page for management pages. The redirect is a convenience only: every page, action and route checks the
// user again on the server. The dashboard is answered from its last render while the register has not changed
// (lib/page-cache): the render it repeats was itself made by the page, with every check. Public pages for anonymous
// readers carry an entity tag and public caching headers (lib/page-cache/public-pages, lib/http-cache).
import { type NextRequest, NextResponse } from "next/server";
import { proxySessionToken } from "@/lib/auth/proxy-token";
import { sessionUserOf } from "@/lib/auth/session-user";
import { freshRegisterFingerprint } from "@/lib/data/register-cache";
import { CACHED_PAGES, PAGE_RENDER_HEADER, pageCacheEnabled, pageCacheOptions } from "@/lib/page-cache/app-pages";
import { isAnonymousPublicPageView, servePublicPage } from "@/lib/page-cache/public-pages";
import { servePage } from "@/lib/page-cache/serve";
import { serverEnv } from "@/lib/env";
import { canonicalRedirect } from "@/lib/security/canonical-host";
import { contentSecurityPolicy } from "@/lib/security/csp";

const PROTECTED = [/^\/beheer(\/|$)/, /^\/profiel(\/|$)/, /^\/volgen(\/|$)/, /^\/overzicht(\/|$)/];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const https = request.nextUrl.protocol === "https:";
  // Another host name of this server first goes to the public one, where the session cookie lives. The page cache's
  // own render requests (to 127.0.0.1) are not page views; a client that sets the header only skips the redirect.
  if (!request.headers.has(PAGE_RENDER_HEADER)) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    const canonical = canonicalRedirect({ method: request.method, pathAndQuery: `${pathname}${search}`, host }, serverEnv().publicOrigin);
    if (canonical) return NextResponse.redirect(canonical, 308);
  }
  if (PROTECTED.some((p) => p.test(pathname))) {
    const token = await proxySessionToken(request);
    // An ended session (signed out, password changed) is refused here too: the page cache below answers without
    // rendering the page, so it must not answer a copied cookie.
    if (!token || !(await sessionUserOf(token))) {
      const url = new URL("/login", request.url);
      url.searchParams.set("callbackUrl", `${pathname}${search}`);
      return NextResponse.redirect(url);
    }
    if (CACHED_PAGES.has(pathname) && typeof token.uid === "string" && pageCacheEnabled()) {
      const served = await servePage(request, token.uid, freshRegisterFingerprint, pageCacheOptions(https));
      if (served) return served;
    }
  }
  // Public pages for anonymous readers: 304 while unchanged, or the page from its last render (lib/page-cache).
  let cacheHeaders: Record<string, string> | null = null;
  if (isAnonymousPublicPageView(request, pathname)) {
    const answer = await servePublicPage(request, https);
    if (answer.response) return answer.response;
    cacheHeaders = answer.headers;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, https);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(cacheHeaders ?? {})) response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages only: API routes answer JSON and set their own headers; static files need no nonce.
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)", missing: [{ type: "header", key: "next-router-prefetch" }] }],
};
