// Drives next-auth's own request handler (the code behind /api/auth/*) with web Requests, as a browser would: fetch
// a CSRF token, post the sign-in form, read the session, sign out. Cookies are kept in a jar per "browser".
import { createRequire } from "node:module";
import path from "node:path";
import type { NextAuthOptions } from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth's core handler is what its Next.js route calls; the package does not export it, so it is loaded by path.
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as {
  AuthHandler: (params: { req: Request; options: NextAuthOptions }) => Promise<unknown>;
};

export const TEST_ORIGIN = "http://localhost:3000";
process.env.NEXTAUTH_URL ??= TEST_ORIGIN;
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-integration-test-secret";

export type CookieJar = Map<string, string>;

interface AuthResponse {
  status?: number;
  body?: unknown;
  redirect?: string;
  cookies?: Array<{ name: string; value: string; options?: { maxAge?: number } }>;
}

const cookieHeader = (jar: CookieJar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

async function call(jar: CookieJar, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<AuthResponse> {
  const request = new Request(`${TEST_ORIGIN}/api/auth/${path}`, {
    method: init.method ?? "GET",
    headers: { cookie: cookieHeader(jar), "content-type": "application/json", ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const response = (await AuthHandler({ req: request, options: { ...authOptions, secret: process.env.NEXTAUTH_SECRET } })) as AuthResponse;
  for (const c of response.cookies ?? []) {
    if (c.options?.maxAge === 0 || c.value === "") jar.delete(c.name);
    else jar.set(c.name, c.value);
  }
  return response;
}

export const SESSION_COOKIE = "next-auth.session-token";

/** Signs in with e-mail and password; the jar holds the session cookie afterwards when it worked. */
export async function signInWithPassword(
  jar: CookieJar,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<{ ok: boolean; error: string | null }> {
  const csrf = (await call(jar, "csrf")).body as { csrfToken: string };
  const response = await call(jar, "callback/credentials", { method: "POST", body: { csrfToken: csrf.csrfToken, email, password, json: "true" }, headers });
  const error = response.redirect ? new URL(response.redirect, TEST_ORIGIN).searchParams.get("error") : null;
  return { ok: jar.has(SESSION_COOKIE) && !error, error };
}

/** What /api/auth/session answers for this jar: the session, or null for "no session". */
export async function readSession(jar: CookieJar): Promise<{ uid?: string; current?: { role: string } } | null> {
  const body = (await call(jar, "session")).body as Record<string, unknown> | undefined;
  return body && Object.keys(body).length ? (body as { uid?: string }) : null;
}

export async function signOut(jar: CookieJar): Promise<void> {
  const csrf = (await call(jar, "csrf")).body as { csrfToken: string };
  await call(jar, "signout", { method: "POST", body: { csrfToken: csrf.csrfToken, json: "true" } });
}

export const copyOf = (jar: CookieJar): CookieJar => new Map(jar);
