import "server-only";
import { db } from "@/lib/db";
import { generateApiToken, hashApiToken } from "@/lib/auth/api-token";
import type { CurrentUser } from "@/lib/auth/current-user";
import { recordAuditEvent } from "./audit";
import { getActiveUser } from "./users";
import { decide } from "@/lib/auth/permissions";
import { actorOf, permissionActor } from "./actor";

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

/** Creates a token; the plain token is returned this once and never stored. */
export async function createApiToken(user: CurrentUser, name: string): Promise<{ token: string }> {
  const decision = decide(permissionActor(user), "token.manage_own");
  if (!decision.allowed) throw new Error(decision.message);
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
  return { token };
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
