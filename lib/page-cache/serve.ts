// Serving an expensive signed-in page (the dashboard) from its last render while nothing it shows has changed.
// The caller decides which pages qualify, who the reader is and what the register's fingerprint is now; this module
// keeps renders per (reader, URL) and answers with a fresh nonce each time. A miss renders the page through the app
// itself (a request to this same server, marked so that it is not served from the cache) and streams it to the
// reader while it is kept. Web-standard Request/Response only, so the proxy can call it and tests can drive it.
import type { PageStore } from "./page-store";
import { nonceOf, pageBody, repeatableHeaders, toRenderedPage, type RenderedPage } from "./rendered-page";

export interface PageCacheOptions {
  store: PageStore;
  /** where this server itself listens, e.g. http://127.0.0.1:3000 */
  origin: string;
  /** marks the render request; its value is known only to this process */
  renderHeader: { name: string; value: string };
  newNonce: () => string;
  contentSecurityPolicy: (nonce: string) => string;
  onError?: (message: string, error: unknown) => void;
}

/** Request headers passed on to the render: who is asking, and where the page will be shown. */
const FORWARDED = ["cookie", "user-agent", "accept-language", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto"];

/** A plain request for a page's HTML: not a React Server Component payload, prefetch or server action. */
export function isPageViewRequest(request: Request): boolean {
  if (request.method !== "GET") return false;
  const h = request.headers;
  // React Server Component payloads (client-side navigation, prefetch) and server actions are not the HTML page.
  if (h.has("rsc") || h.has("next-router-prefetch") || h.has("next-action")) return false;
  if (new URL(request.url).searchParams.has("_rsc")) return false;
  return true;
}

/** A browser's hard reload (Ctrl+Shift+R) asks for a fresh page; it gets one, and the cache keeps that. */
function wantsFresh(request: Request): boolean {
  const h = request.headers;
  return /no-cache|no-store/.test(h.get("cache-control") ?? "") || (h.get("pragma") ?? "").includes("no-cache");
}

function isRenderRequest(request: Request, options: Pick<PageCacheOptions, "renderHeader">): boolean {
  return request.headers.get(options.renderHeader.name) === options.renderHeader.value;
}

/** A kept page, with a nonce of its own. */
function respond(page: RenderedPage, options: PageCacheOptions): Response {
  const nonce = options.newNonce();
  const headers = new Headers(page.headers);
  headers.set("content-security-policy", options.contentSecurityPolicy(nonce));
  headers.set("x-page-cache", "hit");
  // One chunk: the whole page, written at once. (A Uint8Array body would be copied once more on its way out; the
  // kept pieces as separate chunks cost a write each, which halves the pages a second.)
  const body = pageBody(page, nonce);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(body);
      controller.close();
    },
  });
  return new Response(stream, { status: page.status, headers });
}

async function readAll(body: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    chunks.push(value);
  }
}

/** Renders the page through the app; the reader gets it as it streams in, the store gets it when it is complete. */
async function render(request: Request, url: URL, options: PageCacheOptions): Promise<{ response: Response; page: Promise<RenderedPage | null> }> {
  const headers = new Headers({ accept: "text/html", "accept-encoding": "identity", [options.renderHeader.name]: options.renderHeader.value });
  for (const name of FORWARDED) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  if (!headers.has("x-forwarded-host")) headers.set("x-forwarded-host", url.host);
  if (!headers.has("x-forwarded-proto")) headers.set("x-forwarded-proto", url.protocol.replace(":", ""));
  const rendered = await fetch(new URL(`${url.pathname}${url.search}`, options.origin), { headers, redirect: "manual", cache: "no-store" });
  const nonce = nonceOf(rendered.headers.get("content-security-policy"));
  const keep =
    rendered.status === 200 &&
    rendered.body !== null &&
    nonce !== null &&
    (rendered.headers.get("content-type") ?? "").startsWith("text/html") &&
    rendered.headers.getSetCookie().length === 0;
  const responseHeaders = new Headers(repeatableHeaders(rendered.headers));
  // A redirect names its target relative to the page; the answer from the proxy must name it in full.
  const location = rendered.headers.get("location");
  if (location) responseHeaders.set("location", new URL(location, url).toString());
  for (const cookie of rendered.headers.getSetCookie()) responseHeaders.append("set-cookie", cookie);
  const csp = rendered.headers.get("content-security-policy");
  if (csp) responseHeaders.set("content-security-policy", csp);
  if (!keep) return { response: new Response(rendered.body, { status: rendered.status, headers: responseHeaders }), page: Promise.resolve(null) };

  responseHeaders.set("x-page-cache", "miss");
  const [toReader, toStore] = rendered.body!.tee();
  const stored = repeatableHeaders(rendered.headers);
  const page = readAll(toStore).then((body) => toRenderedPage(rendered.status, stored, body, nonce!));
  return { response: new Response(toReader, { status: rendered.status, headers: responseHeaders }), page };
}

/**
 * The response for a page request, or null when the caller should render the page the usual way (not a request for
 * the HTML page, no fingerprint to be had, or the app could not be reached). `reader` identifies whose page it is
 * (the signed-in user); `fingerprint()` changes whenever anything the page shows may have changed, and is only asked
 * for requests this cache answers.
 */
export async function servePage(
  request: Request,
  reader: string,
  currentFingerprint: () => Promise<string>,
  options: PageCacheOptions,
): Promise<Response | null> {
  if (!isPageViewRequest(request) || isRenderRequest(request, options)) return null;
  // Without a fingerprint (the database is unreachable) the page renders as usual and says what is wrong.
  const fingerprint = await currentFingerprint().catch(() => null);
  if (fingerprint === null) return null;
  const url = new URL(request.url);
  const key = `${reader}\n${url.pathname}${url.search}`;
  if (!wantsFresh(request)) {
    const page = options.store.get(key, fingerprint);
    if (page) return respond(page, options);
    const underway = options.store.inFlight(key, fingerprint);
    if (underway) {
      const page = await underway.catch(() => null);
      if (page) return respond(page, options);
    }
  }
  // Registered before the render starts, so that requests arriving meanwhile wait for it instead of rendering too.
  let settle!: (page: Promise<RenderedPage | null>) => void;
  const kept = new Promise<RenderedPage | null>((resolve) => (settle = resolve));
  options.store.track(key, fingerprint, kept);
  try {
    const { response, page } = await render(request, url, options);
    settle(page);
    page.catch((error) => options.onError?.(`page cache: keeping ${url.pathname} failed`, error));
    return response;
  } catch (error) {
    settle(Promise.resolve(null));
    options.onError?.(`page cache: rendering ${url.pathname} through ${options.origin} failed; rendering it directly`, error);
    return null;
  }
}
