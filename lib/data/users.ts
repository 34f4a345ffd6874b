import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";

const userSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  disabled: true,
  sessionGeneration: true,
  ministry: { select: { code: true, name: true } },
} as const;

function toCurrentUser(u: { id: string; name: string; email: string; role: string; ministry: { code: string; name: string } | null }): CurrentUser {
  return { id: u.id, name: u.name, email: u.email, role: u.role, ministryCode: u.ministry?.code ?? null, ministryName: u.ministry?.name ?? null };
}

/** Accounts are stored under their address in lower case; as typed, case and surrounding spaces do not matter. */
const byEmail = (email: string) => ({ email: email.trim().toLowerCase() });

/** The active user with this id, or null (unknown or disabled). */
export async function getActiveUser(id: string): Promise<CurrentUser | null> {
  const user = await db().user.findUnique({ where: { id }, select: userSelect });
  return user && !user.disabled ? toCurrentUser(user) : null;
}

/** The active user with this e-mail address (as typed: case and spaces do not matter), or null. */
export async function getActiveUserByEmail(email: string): Promise<CurrentUser | null> {
  const user = await db().user.findUnique({ where: byEmail(email), select: userSelect });
  return user && !user.disabled ? toCurrentUser(user) : null;
}

/**
 * The active user a session belongs to, or null when the session has ended: the account is unknown or disabled, or
 * its session generation moved on since the session was issued (sign-out, password change, role change). One lookup
 * by primary key, on every session read.
 */
export async function getSessionUser(id: string, generation: number): Promise<CurrentUser | null> {
  const user = await db().user.findUnique({ where: { id }, select: userSelect });
  return user && !user.disabled && user.sessionGeneration === generation ? toCurrentUser(user) : null;
}

type UserWriter = Pick<ReturnType<typeof db>, "user">;

/** Ends every session of this user: the ones already issued carry an older generation from now on. */
export async function endSessions(tx: UserWriter, userId: string): Promise<number> {
  const user = await tx.user.update({ where: { id: userId }, data: { sessionGeneration: { increment: 1 } }, select: { sessionGeneration: true } });
  return user.sessionGeneration;
}

/**
 * Sign-out: ends the user's sessions, when the signing-out session is still a current one (an already ended copy
 * signing out changes nothing). Every device of this user is signed out with it: sessions are not told apart.
 */
export async function endSessionsAtSignOut(userId: string, generation: number): Promise<void> {
  await db().user.updateMany({ where: { id: userId, sessionGeneration: generation }, data: { sessionGeneration: { increment: 1 } } });
}

/** For password sign-in only: the one place the hash is read. */
export async function findUserForPasswordSignIn(email: string) {
  return db().user.findUnique({
    where: byEmail(email),
    select: { ...userSelect, passwordHash: true },
  });
}

/** For SSO: a provisioned, active account with this email; binds the OIDC subject the first time. */
export async function findUserForSso(email: string, subject: string): Promise<(CurrentUser & { sessionGeneration: number }) | { error: string }> {
  const user = await db().user.findUnique({ where: byEmail(email), select: { ...userSelect, ssoSubject: true } });
  if (!user || user.disabled) return { error: `Er is geen actief account voor ${email}. Vraag een beheerder om u toe te voegen.` };
  if (user.ssoSubject && user.ssoSubject !== subject) return { error: "Dit account is aan een andere SSO-identiteit gekoppeld." };
  if (!user.ssoSubject) await db().user.update({ where: { id: user.id }, data: { ssoSubject: subject } });
  return { ...toCurrentUser(user), sessionGeneration: user.sessionGeneration };
}

/** Whether the account signs in with a password here (and not only through SSO). */
export async function hasPassword(id: string): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}
