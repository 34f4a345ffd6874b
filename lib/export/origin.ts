// The site's public origin, for the absolute URLs in calendars and feeds (a subscriber's client resolves them
// long after the request). Behind a proxy, `next start` builds request.url from its own listen address, not from
// the Host header (vercel/next.js#37536: intentional), so request.url says http://localhost:3000 there.
// NEXTAUTH_URL is the public https address every real deployment sets (README); without it, the request's own
// origin is right (local runs, tests).
import { serverEnv } from "@/lib/env";
export function publicOrigin(fallback: string | URL): string {
  return serverEnv().publicOrigin ?? new URL(fallback).origin;
}
