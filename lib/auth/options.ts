import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clearSignInFailures, recordSignInFailure, throttleLockedFor } from "@/lib/data/sign-in-throttle";
import { endSessionsAtSignOut, findUserForPasswordSignIn, findUserForSso } from "@/lib/data/users";
import { sessionUserOf } from "./session-user";
import { signInSchema } from "@/lib/validation/sign-in";
import { lockMessage } from "./throttle-policy";
import { signInThrottleKeys } from "./client-address";
import { verifyAgainstNothing, verifyPassword } from "./passwords";
import { ssoProvider } from "./sso";
import { serverEnv } from "@/lib/env";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // a working day

const credentials = CredentialsProvider({
  id: "credentials",
  name: "E-mail en wachtwoord",
  credentials: { email: { label: "E-mailadres", type: "email" }, password: { label: "Wachtwoord", type: "password" } },
  async authorize(input, request) {
    const parsed = signInSchema.safeParse(input);
    if (!parsed.success) throw new Error("Vul een geldig e-mailadres en een wachtwoord in.");
    const { email, password } = parsed.data;
    const keys = signInThrottleKeys(email, request?.headers, serverEnv().clientAddressResolved);
    const locked = await throttleLockedFor(keys);
    if (locked > 0) throw new Error(lockMessage(locked));
    const user = await findUserForPasswordSignIn(email);
    const ok = user?.passwordHash && !user.disabled ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
    if (!ok || !user) {
      await recordSignInFailure(keys);
      const nowLocked = await throttleLockedFor(keys);
      throw new Error(nowLocked > 0 ? lockMessage(nowLocked) : "E-mailadres of wachtwoord klopt niet.");
    }
    await clearSignInFailures(`email:${email}`);
    return { id: user.id, name: user.name, email: user.email, sessionGeneration: user.sessionGeneration };
  },
});

/** Thrown by the session callback for a session that has ended. */
class SessionEnded extends Error {
  constructor() {
    super("session ended");
  }
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [credentials, ...(ssoProvider() ? [ssoProvider()!] : [])],
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== "sso") return true;
      const email = typeof profile?.email === "string" ? profile.email : null;
      if (!email || !account.providerAccountId) return "/login?error=SsoNoEmail";
      const result = await findUserForSso(email, account.providerAccountId);
      return "error" in result ? `/login?error=SsoNoAccount` : true;
    },
    async jwt({ token, user, account, profile }) {
      // The token carries the user id and the session generation it was issued under; roles and ministry are read
      // fresh on every request, and the generation is compared there (session callback below).
      if (account?.provider === "sso" && typeof profile?.email === "string") {
        const result = await findUserForSso(profile.email, account.providerAccountId);
        if (!("error" in result)) {
          token.uid = result.id;
          token.gen = result.sessionGeneration;
        }
      } else if (user) {
        token.uid = user.id;
        token.gen = (user as { sessionGeneration?: unknown }).sessionGeneration;
      }
      return token;
    },
    async session({ session, token }) {
      // Every session read (getServerSession, /api/auth/session) checks the account: an ended session throws, which
      // next-auth answers as "no session" and clears the cookie.
      const current = await sessionUserOf(token);
      if (!current) throw new SessionEnded();
      return { expires: session.expires, user: { name: current.name, email: current.email }, uid: current.id, current };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.uid === "string" && typeof token.gen === "number") await endSessionsAtSignOut(token.uid, token.gen);
    },
  },
  logger: {
    // next-auth logs request bodies on some errors; keep credentials out of the logs.
    error(code, metadata) {
      if (metadata instanceof SessionEnded) return; // an ended session is not an error of the app

      console.error(`[auth] ${code}`, metadata instanceof Error ? metadata.message : "");
    },
    warn(code) {
      console.warn(`[auth] ${code}`);
    },
    debug() {},
  },
};
