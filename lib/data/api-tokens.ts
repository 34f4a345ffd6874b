import "server-only";
import { db } from "@/lib/db";
import { generateApiToken, hashApiToken } from "@/lib/auth/api-token";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "./audit";
import { getActiveUser } from "./users";
import { decide } from "@/lib/auth/permissions";
import { issuesToErrors } from "@/lib/validation/primitives";
import { tokenNameSchema } from "@/lib/validation/api-token";
import { actorOf, permissionActor } from "./actor";
import { Forbidden, InvalidInput } from "./errors";

/** The active user a bearer token belongs to, or null (unknown, revoked, or a disabled account). */
export async function userForApiToken(token: string): Promise<CurrentUser | null> {
  const row = await db().apiToken.findUnique({ where: { tokenHash: hashApiToken(token) }, select: { id: true, userId: true, revokedAt: true } });
  if (!row || row.revokedAt) return null;
  const user = await getActiveUser(row.userId);
  if (user) await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return user;
}

export async function listApiTokens(user: CurrentUser) {
  return db().apiToken.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/**
 * Creates a token named `rawName` (tokenNameSchema; unique among the user's active tokens, since two could not be
 * told apart in the list). The plain token is returned this once and never stored.
 */
const SEE_FIELD = "Niet alles is goed ingevuld; zie de melding bij het veld.";

export async function createApiToken(user: CurrentUser, rawName: unknown): Promise<{ token: string; name: string }> {
  const decision = decide(permissionActor(user), "token.manage_own");
  if (!decision.allowed) throw new Forbidden(decision.message);
  const parsed = tokenNameSchema.safeParse({ name: rawName });
  if (!parsed.success) throw new InvalidInput(issuesToErrors(parsed.error), SEE_FIELD);
  const { name } = parsed.data;
  const existing = await listApiTokens(user);
  if (existing.some((t) => !t.revokedAt && t.name.toLowerCase() === name.toLowerCase())) {
    throw new InvalidInput({ name: [`U heeft al een actief token met de naam "${name}". Kies een andere naam.`] }, SEE_FIELD);
  }
  const { token, prefix, hash } = generateApiToken();
  await db().$transaction(async (tx) => {
    const row = await tx.apiToken.create({ data: { userId: user.id, name, prefix, tokenHash: hash } });
    await recordAuditEvent(tx, {
      actor: actorOf(user),
      action: "token.created",
      entityType: "api_token",
      entityId: row.id,
      changes: [
        { field: "name", before: null, after: name },
        { field: "prefix", before: null, after: prefix },
      ],
    });
  });
  return { token, name };
}

export async function revokeApiToken(user: CurrentUser, id: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const updated = await tx.apiToken.updateMany({ where: { id, userId: user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (updated.count === 0) return false;
    await recordAuditEvent(tx, {
      actor: actorOf(user),
      action: "token.revoked",
      entityType: "api_token",
      entityId: id,
      changes: [{ field: "revokedAt", before: null, after: new Date().toISOString() }],
    });
    return true;
  });
}
