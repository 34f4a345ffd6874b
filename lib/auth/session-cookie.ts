import "server-only";
// After a password change the user's own session goes on under the new session generation (the others end): the
// session cookie is issued again, as next-auth itself would encode it.
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { SESSION_MAX_AGE_SECONDS } from "./options";
import { serverEnv } from "@/lib/env";

function cookieName(): { name: string; secure: boolean } {
  // next-auth's own rule: the __Secure- prefix when the public address is https.
  const secure = serverEnv().https;
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure };
}

export async function continueSessionUnder(generation: number): Promise<void> {
  const secret = serverEnv().authSecret;
  const { name, secure } = cookieName();
  const jar = await cookies();
  const current = jar.get(name)?.value;
  if (!secret || !current) return;
  const token = await decode({ token: current, secret });
  if (!token) return;
  const value = await encode({ token: { ...token, gen: generation }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
  jar.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) });
}
