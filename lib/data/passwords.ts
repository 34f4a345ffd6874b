import "server-only";
// Passwords: changing one's own, a one-time link from an admin, and "wachtwoord vergeten" by mail. Every way that
// sets a password ends the account's sessions (lib/data/users.ts endSessions); the caller's own session is issued
// again by the caller when it should stay signed in.
import { randomBytes } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hashApiToken } from "@/lib/auth/api-token";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { passwordProblem } from "@/lib/auth/password-policy";
import { decide } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { fieldErrors } from "@/lib/validation/commitment";
import { changePasswordSchema, forgotPasswordSchema, resetPasswordSchema } from "@/lib/validation/password";
import { actorOf, permissionActor } from "./actor";
import { recordAuditEvent } from "./audit";
import { Forbidden, InvalidInput, NotFound, NotSignedIn } from "./errors";
import { clearSignInFailures } from "./sign-in-throttle";
import { endSessions } from "./users";

/** How long a link works: one mailed to the address itself is short-lived; one an admin passes on lives a day. */
export const MAILED_LINK_MINUTES = 60;
export const ISSUED_LINK_MINUTES = 24 * 60;
/** At most this many mailed links per account per hour: the form cannot be used to flood someone's mailbox. */
export const MAILED_LINKS_PER_HOUR = 3;

export const RESET_PATH = "/wachtwoord-herstellen";

const LINK_INVALID = 'Deze link is niet meer geldig: hij is al gebruikt, verlopen of ingetrokken. Vraag een nieuwe aan via "Wachtwoord vergeten".';

function check(problem: string | null, field = "password") {
  if (problem) throw new InvalidInput({ [field]: [problem] });
}

/** Changes the signed-in user's own password; answers the session generation the caller's new session carries. */
export async function changeOwnPassword(user: CurrentUser | null, raw: unknown): Promise<{ generation: number }> {
  if (!user) throw new NotSignedIn("U bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.");
  const parsed = changePasswordSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidInput(fieldErrors(parsed.error));
  const { current, password } = parsed.data;
  check(passwordProblem(password, [user.email, user.name]));
  const account = await db().user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!account?.passwordHash)
    throw new InvalidInput({ current: ["Uw account logt in via SSO en heeft hier geen wachtwoord. Uw wachtwoord wijzigt u bij uw SSO-dienst."] });
  if (!(await verifyPassword(account.passwordHash, current))) throw new InvalidInput({ current: ["Dit is niet uw huidige wachtwoord."] });
  if (current === password) throw new InvalidInput({ password: ["Het nieuwe wachtwoord is hetzelfde als het huidige. Kies een ander."] });
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const generation = await endSessions(tx, user.id);
    await recordAuditEvent(tx, { actor: actorOf(user), action: "user.password_changed", entityType: "user", entityId: user.id, changes: [] });
    return { generation };
  });
}

function newLinkSecret(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashApiToken(token) };
}

export function resetLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}${RESET_PATH}?token=${encodeURIComponent(token)}`;
}

/** An admin issues a one-time link for another account; shown once, to be passed on through a safe channel. */
export async function issuePasswordReset(
  by: CurrentUser | null,
  userId: string,
  origin: string,
  now = new Date(),
): Promise<{ link: string; expiresAt: Date; email: string }> {
  const decision = decide(permissionActor(by), "user.manage");
  if (!decision.allowed) throw decision.status === 401 ? new NotSignedIn(decision.message) : new Forbidden(decision.message);
  const target = await db().user.findUnique({ where: { id: userId }, select: { id: true, email: true, disabled: true } });
  if (!target) throw new NotFound("Dit account bestaat niet.");
  if (target.disabled) throw new InvalidInput({}, `Het account ${target.email} is uitgeschakeld. Schakel het eerst weer in.`);
  const { token, tokenHash } = newLinkSecret();
  const expiresAt = new Date(now.getTime() + ISSUED_LINK_MINUTES * 60_000);
  await db().$transaction(async (tx) => {
    await tx.passwordReset.create({ data: { userId: target.id, tokenHash, expiresAt, issuedBy: by!.id } });
    await recordAuditEvent(tx, { actor: actorOf(by!), action: "user.password_reset_issued", entityType: "user", entityId: target.id, changes: [] });
  });
  return { link: resetLink(origin, token), expiresAt, email: target.email };
}

/**
 * "Wachtwoord vergeten": a one-time link for an active account with a password, by mail. Answers nothing about
 * whether the address has an account: the caller shows the same message either way, and the mail is sent after
 * the answer (`deliver` is not awaited) so that the time taken does not tell either.
 */
export async function requestPasswordReset(
  raw: unknown,
  origin: string,
  deliver: (mail: { to: string; name: string; link: string; minutes: number }) => Promise<unknown>,
  now = new Date(),
): Promise<void> {
  const parsed = forgotPasswordSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidInput(fieldErrors(parsed.error));
  const user = await db().user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, name: true, email: true, disabled: true, passwordHash: true },
  });
  if (!user || user.disabled || !user.passwordHash) return;
  const recent = await db().passwordReset.count({ where: { userId: user.id, issuedBy: null, createdAt: { gt: new Date(now.getTime() - 60 * 60_000) } } });
  if (recent >= MAILED_LINKS_PER_HOUR) return;
  const { token, tokenHash } = newLinkSecret();
  await db().passwordReset.create({ data: { userId: user.id, tokenHash, expiresAt: new Date(now.getTime() + MAILED_LINK_MINUTES * 60_000) } });
  void deliver({ to: user.email, name: user.name, link: resetLink(origin, token), minutes: MAILED_LINK_MINUTES }).catch((error) =>
    console.error("[mail] sending a password reset link failed", { userId: user.id }, error),
  );
}

/** Whether a link still works (the page asks before showing the form). */
export async function resetLinkUsable(token: string, now = new Date()): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return false;
  const reset = await db().passwordReset.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { disabled: true } } },
  });
  return Boolean(reset && !reset.usedAt && reset.expiresAt > now && !reset.user.disabled);
}

/** Sets a new password through a one-time link: once, before it expires. Ends every session of the account. */
export async function resetPasswordWithLink(raw: unknown, now = new Date()): Promise<{ email: string }> {
  const parsed = resetPasswordSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    if (errors.token) throw new InvalidInput({}, LINK_INVALID);
    throw new InvalidInput(errors);
  }
  const { token, password } = parsed.data;
  const tokenHash = hashApiToken(token);
  const found = await db().passwordReset.findUnique({ where: { tokenHash }, select: { user: { select: { email: true, name: true } } } });
  if (found) check(passwordProblem(password, [found.user.email, found.user.name]));
  const passwordHash = await hashPassword(password);
  return db()
    .$transaction(async (tx) => {
      const reset = await tx.passwordReset.findUnique({
        where: { tokenHash },
        select: { id: true, userId: true, user: { select: { email: true, name: true, disabled: true } } },
      });
      // Claimed with a condition, so two submits of one link set the password once.
      const claimed = reset
        ? await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } })
        : { count: 0 };
      if (!reset || claimed.count !== 1 || reset.user.disabled) throw new InvalidInput({}, LINK_INVALID);
      await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } });
      // The other open links of this account stop working too: the password they were for is gone.
      await tx.passwordReset.updateMany({ where: { userId: reset.userId, usedAt: null }, data: { usedAt: now } });
      await endSessions(tx, reset.userId);
      await recordAuditEvent(tx, {
        actor: { id: reset.userId, name: reset.user.name, ministry: null },
        action: "user.password_reset_used",
        entityType: "user",
        entityId: reset.userId,
        changes: [],
      });
      return { email: reset.user.email };
    })
    .then(async (result) => {
      // A new password lifts the lock that wrong guesses put on the account.
      await clearSignInFailures(`email:${result.email}`);
      return result;
    });
}
