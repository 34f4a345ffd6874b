// A signed-in session for the dashboard: a coordinator account in the scratch database, and one sign-in through
// next-auth's credentials flow over HTTP, exactly as a browser does it. The session cookie it returns is then sent
// with every measured request.
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { hashPassword } from "@/lib/auth/passwords";
import type { PgConnectionParams } from "@/lib/platform/pg-connection";

export interface BenchUser {
  id: string;
  email: string;
  password: string;
}

/** The app's own hash (argon2id, lib/auth/passwords.ts), inserted as createUser("system", …) would. */
export async function createBenchUser(params: PgConnectionParams): Promise<BenchUser> {
  const user: BenchUser = { id: randomUUID(), email: "bench.coordinator@example.nl", password: randomBytes(18).toString("base64url") };
  const client = new pg.Client({ ...params });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO app_user (id, email, name, role, ministry_id, password_hash, updated_at)
       VALUES ($1, $2, 'Benchmark Coördinator', 'coordinator', NULL, $3, now())`,
      [user.id, user.email, await hashPassword(user.password)],
    );
  } finally {
    await client.end();
  }
  return user;
}

/** Cookies the server set, merged into `jar` (name → value). */
function collect(res: Response, jar: Map<string, string>): void {
  for (const header of res.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const eq = pair!.indexOf("=");
    if (eq > 0) jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/**
 * Signs in: GET /api/auth/csrf (token and its cookie), then POST /api/auth/callback/credentials. Returns the Cookie
 * header value that carries the session (`next-auth.session-token`, the name next-auth uses over http).
 */
export async function signIn(baseUrl: string, user: Pick<BenchUser, "email" | "password">): Promise<string> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrfRes.ok) throw new Error(`sign-in: GET /api/auth/csrf answered HTTP ${csrfRes.status}`);
  collect(csrfRes, jar);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("sign-in: no csrfToken from /api/auth/csrf");
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email: user.email, password: user.password, callbackUrl: `${baseUrl}/overzicht`, json: "true" }),
  });
  collect(res, jar);
  const body = await res.text();
  const session = jar.get("next-auth.session-token");
  if (!session) throw new Error(`sign-in failed: HTTP ${res.status}, no session cookie; ${body.slice(0, 300)}`);
  return `next-auth.session-token=${session}`;
}
