// The API's reads, feeds and calendars as the one HTTP cache answers them (lib/http-cache): an entity tag made of
// the URL, the register's fingerprint and the build; 304 Not Modified to a client that has it; and, for responses
// that are worth keeping, the body kept until the register changes, so that the next reader of that URL costs one
// fingerprint lookup instead of the queries. Always fresh: the fingerprint is looked up on every request.
import "server-only";
import { registerEntityTag } from "@/lib/data/register-cache";
import { serverEnv } from "@/lib/env";
import { publicOrigin } from "@/lib/export/origin";
import { cacheHeaders, matchesIfNoneMatch } from "@/lib/http-cache";
import { KeptValues } from "@/lib/platform/kept-values";

interface KeptResponse {
  status: number;
  headers: Array<[string, string]>;
  body: Uint8Array;
}

/** 64 MB of answers; the least recently used go first. */
const kept = new KeptValues<KeptResponse>({ maxSize: 64 * 1024 * 1024, sizeOf: (r) => r.body.byteLength + 512 });

/** A response that is not kept (a server error): passed on to whoever waited for it. */
class NotKept extends Error {
  constructor(readonly response: KeptResponse) {
    super("not kept");
  }
}

async function toKept(response: Response): Promise<KeptResponse> {
  const body = new Uint8Array(await response.arrayBuffer());
  const headers = [...response.headers].filter(([name]) => !/^(content-length|cache-control|date)$/i.test(name));
  return { status: response.status, headers, body };
}

/** A 200 gets the caching headers; anything else is not to be kept by anyone. */
function withCaching(status: number, headers: HeadersInit, caching: Record<string, string> | null): Headers {
  const out = new Headers(headers);
  if (caching && status === 200) for (const [name, value] of Object.entries(caching)) out.set(name, value);
  else out.set("Cache-Control", "no-store");
  return out;
}

function answer(response: KeptResponse, caching: Record<string, string> | null): Response {
  const body = response.body.byteLength ? (response.body as Uint8Array<ArrayBuffer>) : null;
  return new Response(body, { status: response.status, headers: withCaching(response.status, response.headers, caching) });
}

export interface CachedGetOptions {
  /** false for large streamed downloads (CSV, XLSX): answered 304 when unchanged, otherwise made again */
  keep?: boolean;
}

/** `make()`'s response for this request, through the cache; without a fingerprint (no database) made as usual. */
export async function cachedGet(request: Request, make: () => Promise<Response>, options: CachedGetOptions = {}): Promise<Response> {
  const url = new URL(request.url);
  // the origin the answer's absolute links are made with (NEXTAUTH_URL, else the request's)
  const key = `${publicOrigin(url)}${url.pathname}${url.search}`;
  const current = await registerEntityTag(["api", key]).catch(() => null);
  if (!current) return make();
  const headers = { ...cacheHeaders(current.tag, "api", serverEnv().httpCache), "Access-Control-Allow-Origin": "*" };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), current.tag)) return new Response(null, { status: 304, headers });
  if (options.keep === false) {
    const response = await make();
    if (response.status !== 200) return response;
    return new Response(response.body, { status: 200, headers: withCaching(200, response.headers, headers) });
  }
  try {
    const response = await kept.getOrMake(key, current.fingerprint, async () => {
      const made = await toKept(await make());
      if (made.status >= 500) throw new NotKept(made);
      return made;
    });
    return answer(response, headers);
  } catch (error) {
    if (error instanceof NotKept) return answer(error.response, null);
    throw error;
  }
}
