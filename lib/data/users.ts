import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";

const userSelect = { id: true, name: true, email: true, role: true, disabled: true, ministry: { select: { code: true, name: true } } } as const;

function toCurrentUser(u: { id: string; name: string; email: string; role: string; ministry: { code: string; name: string } | null }): CurrentUser {
  return { id: u.id, name: u.name, email: u.email, role: u.role, ministryCode: u.ministry?.code ?? null, ministryName: u.ministry?.name ?? null };
}

/** The active user with this id, or null (unknown or disabled). */
export async function getActiveUser(id: string): Promise<CurrentUser | null> {
  const user = await db().user.findUnique({ where: { id }, select: userSelect });
  return user && !user.disabled ? toCurrentUser(user) : null;
}

/** For password sign-in only: the one place the hash is read. */
export async function findUserForPasswordSignIn(email: string) {
  return db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { ...userSelect, passwordHash: true },
  });
}

/** For SSO: a provisioned, active account with this email; binds the OIDC subject the first time. */
export async function findUserForSso(email: string, subject: string): Promise<CurrentUser | { error: string }> {
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { ...userSelect, ssoSubject: true } });
  if (!user || user.disabled) return { error: `Er is geen actief account voor ${email}. Vraag een beheerder om u toe te voegen.` };
  if (user.ssoSubject && user.ssoSubject !== subject) return { error: "Dit account is aan een andere SSO-identiteit gekoppeld." };
  if (!user.ssoSubject) await db().user.update({ where: { id: user.id }, data: { ssoSubject: subject } });
  return toCurrentUser(user);
}
