// The session token as the proxy sees it. Decoding it derives a key (HKDF) and decrypts (JWE) on every request; the
// proxy runs before every page, and the dashboard's answers from the page cache cost less than that decoding. The
// same cookie always decodes to the same token, so a decoded token is reused for that exact cookie until it
// expires. Pages and routes still decode it themselves (lib/auth/session.ts) and check the user in the database.
import { getToken, type JWT } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { serverEnv } from "@/lib/env";

const MAX_ENTRIES = 1000;
const decoded = new Map<string, JWT>();

const unexpired = (token: JWT, now: number) => typeof token.exp !== "number" || token.exp * 1000 > now;

export async function proxySessionToken(request: NextRequest, now = Date.now()): Promise<JWT | null> {
  const cookies = request.headers.get("cookie");
  if (!cookies) return null;
  const kept = decoded.get(cookies);
  if (kept && unexpired(kept, now)) return kept;
  decoded.delete(cookies);
  const token = await getToken({ req: request, secret: serverEnv().authSecret });
  if (!token || !unexpired(token, now)) return null;
  decoded.set(cookies, token);
  if (decoded.size > MAX_ENTRIES) decoded.delete(decoded.keys().next().value!);
  return token;
}
