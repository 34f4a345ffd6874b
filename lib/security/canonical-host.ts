// One address for the register: a page opened on another host name of the same server (127.0.0.1 where the public
// address is localhost, the bare IP where it is a name) is sent to the public origin (NEXTAUTH_URL) before anything
// else, so that sign-in's cookies, which belong to that host, are found again. Pure: proxy.ts applies it to pages.

export interface PageRequest {
  method: string;
  /** The path and query as requested. */
  pathAndQuery: string;
  /** X-Forwarded-Host when a proxy in front names the host, else Host. */
  host: string | null;
}

/** Where to send the request, or null when it is already on the public origin (or cannot be redirected safely). */
export function canonicalRedirect(request: PageRequest, publicOrigin: string | undefined): string | null {
  if (!publicOrigin || (request.method !== "GET" && request.method !== "HEAD") || !request.host) return null;
  let canonical: URL;
  try {
    canonical = new URL(publicOrigin);
  } catch {
    return null;
  }
  if (request.host.toLowerCase() === canonical.host.toLowerCase()) return null;
  // Joined, not resolved: new URL("//evil.example", origin) would leave the origin.
  const path = request.pathAndQuery.startsWith("/") ? request.pathAndQuery : `/${request.pathAndQuery}`;
  return `${canonical.origin}${path}`;
}
