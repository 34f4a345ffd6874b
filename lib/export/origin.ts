// The site's public origin, for the absolute URLs in calendars and feeds (a subscriber's client resolves them
// long after the request). Behind a proxy, `next start` builds request.url from its own listen address, not from
// the Host header (vercel/next.js#37536: intentional), so request.url says http://localhost:3000 there.
// NEXTAUTH_URL is the public https address every real deployment sets (README); without it, the request's own
// origin is right (local runs, tests).
export function publicOrigin(fallback: string | URL): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // a malformed NEXTAUTH_URL breaks sign-in loudly elsewhere; here the request's origin will do
    }
  }
  return new URL(fallback).origin;
}
