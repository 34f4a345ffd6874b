// Requests refused before they reach Next, because Next would answer them with a bare 500 (without our security
// headers) or not at all: a method no route has, a path with a broken %-escape, a body larger than any form or
// upload may be, a server action posted from another site. Pure: scripts/next-server.ts applies it to each request.

export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** The largest body anything accepts: imports of up to 10 MB (lib/import/limits) plus the form around them. */
export const MAX_BODY_BYTES = 11 * 1024 * 1024;

export interface GuardedRequest {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

export interface Refusal {
  status: 400 | 403 | 404 | 405 | 413;
  message: string;
  headers?: Record<string, string>;
}

/** A request header's (first) value. */
export function header(request: Pick<GuardedRequest, "headers">, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A multipart form body (with or without its boundary parameter), which Next may take for a server action. */
export function isMultipart(contentType: string | undefined): boolean {
  return /^\s*multipart\/form-data\s*(;|$)/i.test(contentType ?? "");
}

function decodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export function refusalFor(request: GuardedRequest): Refusal | null {
  const method = (request.method ?? "").toUpperCase();
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) {
    return { status: 405, message: `De methode ${method || "(geen)"} wordt hier niet ondersteund.`, headers: { Allow: ALLOWED_METHODS.join(", ") } };
  }
  const url = request.url ?? "/";
  const path = url.split("?")[0] ?? "/";
  if (!decodable(path) || !decodable((url.split("?")[1] ?? "").replace(/\+/g, " "))) {
    return { status: 400, message: "Het adres bevat een ongeldige %-reeks (zoals %ZZ)." };
  }
  const length = Number(header(request, "content-length") ?? 0);
  if (Number.isFinite(length) && length > MAX_BODY_BYTES) {
    return { status: 413, message: `Het verzoek is te groot (${Math.ceil(length / 1024 / 1024)} MB); het maximum is 11 MB.` };
  }
  // Next takes a multipart POST to a page for a form posted without JavaScript: the same origin rule holds for it.
  const mayBeAction = header(request, "next-action") !== undefined || (isMultipart(header(request, "content-type")) && !path.startsWith("/api/"));
  if (method === "POST" && mayBeAction) {
    const origin = header(request, "origin");
    const host = header(request, "x-forwarded-host") ?? header(request, "host");
    if (origin !== undefined && (origin === "null" || hostOf(origin) !== host)) {
      return { status: 403, message: "Dit formulier is vanaf een andere website verstuurd en is geweigerd." };
    }
  }
  return null;
}
