// A rendered HTML page kept for reuse. The page's CSP nonce must differ on every response, so the body is kept
// cut at every occurrence of the nonce it was rendered with; serving it again joins the pieces with a new one.
// Pure: no framework, no database.

export interface RenderedPage {
  status: number;
  /** response headers worth repeating (no Date, no length, no cookies, no CSP: those belong to each response) */
  headers: Array<[string, string]>;
  /** the body between the occurrences of the nonce */
  parts: Buffer[];
  /** what the page takes in memory, roughly: for the store's limit */
  bytes: number;
}

/** Response headers that describe one response, not the page: never stored, never repeated. */
const PER_RESPONSE = new Set([
  "date",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "set-cookie",
  "content-security-policy",
]);

export function repeatableHeaders(headers: Iterable<[string, string]>): Array<[string, string]> {
  return [...headers].filter(([name]) => !PER_RESPONSE.has(name.toLowerCase()));
}

/** The nonce a Content-Security-Policy header allows scripts with, or null when it names none. */
export function nonceOf(contentSecurityPolicy: string | null): string | null {
  const match = contentSecurityPolicy?.match(/'nonce-([A-Za-z0-9+/=_-]+)'/);
  return match?.[1] ?? null;
}

export function toRenderedPage(status: number, headers: Array<[string, string]>, body: Buffer, nonce: string): RenderedPage {
  if (!nonce) throw new Error("a rendered page needs the nonce it was rendered with");
  const needle = Buffer.from(nonce);
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(needle, from); at !== -1; at = body.indexOf(needle, from)) {
    parts.push(body.subarray(from, at));
    from = at + needle.length;
  }
  parts.push(body.subarray(from));
  const headerBytes = headers.reduce((sum, [name, value]) => sum + name.length + value.length, 0);
  return { status, headers, parts, bytes: body.length + headerBytes };
}

/** The page's body with `nonce` wherever the original one stood. */
export function pageBody(page: RenderedPage, nonce: string): Buffer {
  if (page.parts.length === 1) return page.parts[0]!;
  const glue = Buffer.from(nonce);
  const body = Buffer.allocUnsafe(page.parts.reduce((sum, part) => sum + part.length, 0) + glue.length * (page.parts.length - 1));
  let at = 0;
  page.parts.forEach((part, i) => {
    if (i > 0) at += glue.copy(body, at);
    at += part.copy(body, at);
  });
  return body;
}
