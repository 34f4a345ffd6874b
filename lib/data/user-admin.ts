import "server-only";
import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/passwords";
import { decide } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { fieldErrors } from "@/lib/validation/commitment";
import { newUserSchema, userUpdateSchema } from "@/lib/validation/user";
import { actorOf, permissionActor } from "./actor";
import { recordAuditEvent, type Actor } from "./audit";
import { endSessions } from "./users";
import { invalid, refused, type MutationResult } from "./mutation-result";

/** The system actor for command-line and start-up work (no person behind it). */
export const SYSTEM_ACTOR: Actor = { id: null, name: "Systeem (opdrachtregel)", ministry: null };

/**
 * Creates an account. `by` is the admin doing it, or "system" for `npm run user:create` and the demo accounts
 * (both run with access to the server itself).
 */
export async function createUser(by: CurrentUser | "system", raw: unknown): Promise<MutationResult<{ id: string }>> {
  if (by !== "system") {
    const decision = decide(permissionActor(by), "user.manage");
    if (!decision.allowed) return refused(decision.status, decision.message);
  }
  const parsed = newUserSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const input = parsed.data;
  const ministry = input.ministry ? await db().ministry.findUnique({ where: { code: input.ministry }, select: { id: true } }) : null;
  if (input.ministry && !ministry) return invalid({ ministry: [`Onbekend ministerie "${input.ministry}".`] });
  if (await db().user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return invalid({ email: [`Er is al een account voor ${input.email}.`] });
  }
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const actor = by === "system" ? SYSTEM_ACTOR : actorOf(by);
  const id = await db().$transaction(async (tx) => {
    // ON CONFLICT: two admins adding the same address at once get one account and one clear refusal.
    const inserted = await tx.$queryRaw<Array<{ id: string }>>`INSERT INTO app_user (id, email, name, role, ministry_id, password_hash, updated_at)
      VALUES (${randomUUID()}, ${input.email}, ${input.name}, ${input.role}::user_role, ${ministry?.id ?? null}, ${passwordHash}, now())
      ON CONFLICT (email) DO NOTHING RETURNING id`;
    if (!inserted.length) return null;
    const user = { id: inserted[0]!.id };
    await recordAuditEvent(tx, {
      actor,
      action: "user.created",
      entityType: "user",
      entityId: user.id,
      // never the password or its hash
      changes: [
        { field: "email", before: null, after: input.email },
        { field: "role", before: null, after: input.role },
        { field: "ministry", before: null, after: input.ministry },
      ],
    });
    return user.id;
  });
  if (!id) return invalid({ email: [`Er is al een account voor ${input.email}.`] });
  return { ok: true, value: { id } };
}

export async function updateUser(by: CurrentUser | null, id: string, raw: unknown): Promise<MutationResult<{ id: string }>> {
  const decision = decide(permissionActor(by), "user.manage");
  if (!decision.allowed) return refused(decision.status, decision.message);
  const parsed = userUpdateSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const input = parsed.data;
  if (by!.id === id && (input.disabled || input.role !== "admin")) {
    return invalid({ role: ["U kunt uw eigen beheerdersrechten niet intrekken; laat een andere beheerder dat doen."] });
  }
  return db().$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id }, include: { ministry: { select: { code: true } } } });
    if (!current) return { ok: false as const, status: 404 as const, message: "Dit account bestaat niet." };
    const ministry = input.ministry ? await tx.ministry.findUnique({ where: { code: input.ministry }, select: { id: true } }) : null;
    if (input.ministry && !ministry) return invalid({ ministry: [`Onbekend ministerie "${input.ministry}".`] });
    const changes = [
      { field: "role", before: current.role, after: input.role },
      { field: "ministry", before: current.ministry?.code ?? null, after: input.ministry },
      { field: "disabled", before: current.disabled, after: input.disabled },
    ].filter((c) => c.before !== c.after);
    if (!changes.length) return { ok: true as const, value: { id }, unchanged: true };
    await tx.user.update({ where: { id }, data: { role: input.role, ministryId: ministry?.id ?? null, disabled: input.disabled } });
    // A changed role or ministry, or a disabled account, ends the sessions issued under the old ones at once.
    await endSessions(tx, id);
    await recordAuditEvent(tx, { actor: actorOf(by!), action: "user.updated", entityType: "user", entityId: id, changes });
    return { ok: true as const, value: { id } };
  });
}

export async function listUsers(by: CurrentUser | null) {
  const decision = decide(permissionActor(by), "user.manage");
  if (!decision.allowed) return null;
  return db().user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, disabled: true, ssoSubject: true, ministry: { select: { code: true } } },
  });
}

export async function countUsers(): Promise<number> {
  return db().user.count();
}
