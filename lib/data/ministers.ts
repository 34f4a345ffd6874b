import "server-only";
// The register's ministers: one per person, function and ministry (lib/commitment/minister-identity.ts).
// Every writer that names a minister goes through resolveMinister, so no import or form creates a near-duplicate.
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decide } from "@/lib/auth/permissions";
import { COMMITMENT_ACTIONS } from "@/lib/commitment/audit-actions";
import { ambiguousMinisterMessage, matchMinister, possibleDuplicates, type KnownMinister, type MinisterMatch } from "@/lib/commitment/minister-identity";
import { db, type Tx } from "@/lib/db";
import { actorOf, permissionActor } from "./actor";
import { recordAuditEvent } from "./audit";
import { Forbidden, InvalidInput, NotFound, NotSignedIn } from "./errors";

export async function loadKnownMinisters(tx: Tx): Promise<KnownMinister[]> {
  return tx.minister.findMany({ select: { id: true, name: true, function: true, ministryId: true }, orderBy: { id: "asc" } });
}

/** What a name refers to, read without writing (an import's dry run shows it). */
export async function findMinister(tx: Tx, name: string, fn: string, ministryId: number): Promise<MinisterMatch> {
  return matchMinister(await loadKnownMinisters(tx), name, fn, ministryId);
}

/**
 * The minister's id: the exact spelling, else the one minister the name can be (same function and ministry),
 * else a new one. A name that could be several throws InvalidInput naming them (the transaction rolls back).
 * ON CONFLICT makes two simultaneous first mentions safe.
 */
export async function resolveMinister(tx: Tx, name: string, fn: string, ministryId: number, field = "ministerName"): Promise<number> {
  const match = await findMinister(tx, name, fn, ministryId);
  if (match.kind === "exact" || match.kind === "same-person") return match.minister.id;
  if (match.kind === "ambiguous")
    throw new InvalidInput({ [field]: [ambiguousMinisterMessage(name, match.candidates)] }, ambiguousMinisterMessage(name, match.candidates));
  await tx.$executeRaw`INSERT INTO minister (name, function, ministry_id) VALUES (${name}, ${fn}, ${ministryId})
    ON CONFLICT (name, function) DO NOTHING`;
  const row = await tx.minister.findUniqueOrThrow({ where: { name_function: { name, function: fn } }, select: { id: true } });
  return row.id;
}

export interface MinisterRow extends KnownMinister {
  ministryCode: string;
  commitments: number;
}

/** Every minister with how many commitments they have, and the pairs that may be one person; for beheerders. */
export async function listMinistersForMerge(user: CurrentUser | null): Promise<{ ministers: MinisterRow[]; duplicates: Array<[MinisterRow, MinisterRow]> }> {
  authorizeMerge(user);
  const rows = await db().minister.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, function: true, ministryId: true, ministry: { select: { code: true } }, _count: { select: { commitments: true } } },
  });
  const ministers = rows.map((r) => ({
    id: r.id,
    name: r.name,
    function: r.function,
    ministryId: r.ministryId,
    ministryCode: r.ministry.code,
    commitments: r._count.commitments,
  }));
  return { ministers, duplicates: possibleDuplicates(ministers) };
}

function authorizeMerge(user: CurrentUser | null): CurrentUser {
  if (!user) throw new NotSignedIn("Log in om bewindspersonen samen te voegen.");
  const decision = decide(permissionActor(user), "minister.merge");
  if (!decision.allowed) throw decision.status === 401 ? new NotSignedIn(decision.message) : new Forbidden(decision.message);
  return user;
}

const mergeSchema = z.object({
  keep: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
  merge: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

/**
 * Merges one minister into another: every commitment of `merge` moves to `keep` (its version goes up, with one
 * audit event per commitment, so history and feeds say so), and `merge` is removed. One transaction.
 */
export async function mergeMinisters(user: CurrentUser | null, raw: unknown): Promise<{ moved: string[]; kept: string; removed: string }> {
  const actor = authorizeMerge(user);
  const parsed = mergeSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidInput({ merge: ["Kies twee bewindspersonen."] }, "Kies welke bewindspersoon blijft en welke erin opgaat.");
  const { keep, merge } = parsed.data;
  if (keep === merge)
    throw new InvalidInput({ merge: ["Kies twee verschillende bewindspersonen."] }, "Een bewindspersoon kan niet met zichzelf worden samengevoegd.");
  return db().$transaction(async (tx) => {
    const [kept, removed] = await Promise.all([
      tx.minister.findUnique({ where: { id: keep }, include: { ministry: { select: { code: true } } } }),
      tx.minister.findUnique({ where: { id: merge }, include: { ministry: { select: { code: true } } } }),
    ]);
    if (!kept || !removed) throw new NotFound("Een van de gekozen bewindspersonen bestaat niet (meer). Laad de pagina opnieuw.");
    const commitments = await tx.commitment.findMany({ where: { ministerId: merge }, select: { id: true, number: true }, orderBy: { id: "asc" } });
    const before = `${removed.name}, ${removed.function}`;
    const after = `${kept.name}, ${kept.function}`;
    const reason = `Bewindspersoon "${removed.name}" (${removed.ministry.code}) samengevoegd met "${kept.name}" (${kept.ministry.code}).`;
    await tx.commitment.updateMany({ where: { ministerId: merge }, data: { ministerId: keep, version: { increment: 1 } } });
    for (const c of commitments) {
      await recordAuditEvent(tx, {
        actor: actorOf(actor),
        action: COMMITMENT_ACTIONS.ministerMerged,
        entityType: "commitment",
        entityId: c.number,
        commitmentId: c.id,
        changes: [{ field: "minister", before, after }],
        reason,
      });
    }
    await tx.minister.delete({ where: { id: merge } });
    return { moved: commitments.map((c) => c.number), kept: kept.name, removed: removed.name };
  });
}
