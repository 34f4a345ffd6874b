import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decide } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { fieldErrors, updateCommitmentSchema } from "@/lib/validation/commitment";
import { actorOf, permissionActor } from "./actor";
import { recordAuditEvent, type FieldChange } from "./audit";
import { dossierIdsFor, resolveReferences, upsertMinister } from "./commitment-support";
import { getCommitment } from "./commitments";
import { loadForMutation } from "./commitment-load";
import { conflict, invalid, missing, MutationAbort, refused, type MutationResult } from "./mutation-result";

const refKey = (r: { documentId: string; role: string }) => `${r.role}:${r.documentId}`;

/**
 * Edits a commitment's fields. The edit names the version it started from; when someone else saved in between,
 * nothing is written and the current version comes back (409). An edit that changes nothing writes nothing.
 */
export async function updateCommitment(user: CurrentUser | null, number: string, raw: unknown): Promise<MutationResult> {
  if (!user) return refused(401, "Log in om een toezegging te wijzigen.");
  const parsed = updateCommitmentSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const input = parsed.data;
  const actor = actorOf(user);

  try {
    return await db().$transaction(
      async (tx) => {
        const current = await loadForMutation(tx, number);
        if (!current) return missing(number);
        for (const ministryCode of new Set([current.ministry.code, input.ministry])) {
          const decision = decide(permissionActor(user), "commitment.edit", { ministryCode });
          if (!decision.allowed) return refused(decision.status, decision.message);
        }
        if (input.version !== current.version) throw new MutationAbort(conflict(null));
        const ministry = await tx.ministry.findUnique({ where: { code: input.ministry }, select: { id: true } });
        if (!ministry) return invalid({ ministry: [`Onbekend ministerie "${input.ministry}".`] });

        const changes: FieldChange[] = [];
        const compare = (field: string, before: unknown, after: unknown) => {
          if (before !== after) changes.push({ field, before, after });
        };
        compare("title", current.title, input.title);
        compare("text", current.text, input.text);
        compare("madeOn", current.madeOnIso, input.madeOn);
        compare("activity", current.activity, input.activity);
        compare("minister", `${current.minister.name}, ${current.minister.function}`, `${input.ministerName}, ${input.ministerFunction}`);
        compare("ministry", current.ministry.code, input.ministry);
        compare("committee", current.committee, input.committee);
        compare("addressee", current.addressee, input.addressee);

        let references = current.references;
        if (input.references) {
          references = await resolveReferences(tx, input.references, actor);
          const before = current.references.map(refKey).sort();
          const after = references.map(refKey).sort();
          if (before.join() !== after.join()) changes.push({ field: "references", before, after });
        }
        if (!changes.length) return { ok: true as const, value: { number }, unchanged: true };

        const ministerId = await upsertMinister(tx, input.ministerName, input.ministerFunction, ministry.id);
        const updated = await tx.commitment.updateMany({
          where: { id: current.id, version: input.version },
          data: {
            title: input.title,
            text: input.text,
            madeOn: input.madeOn ? new Date(`${input.madeOn}T00:00:00Z`) : null,
            activity: input.activity,
            ministerId,
            ministryId: ministry.id,
            committee: input.committee,
            addressee: input.addressee,
            version: { increment: 1 },
          },
        });
        if (updated.count === 0) throw new MutationAbort(conflict(null));
        if (input.references) {
          await tx.commitmentReference.deleteMany({ where: { commitmentId: current.id } });
          await tx.commitmentReference.createMany({ data: references.map((r) => ({ commitmentId: current.id, ...r })), skipDuplicates: true });
          await tx.commitmentDossier.deleteMany({ where: { commitmentId: current.id } });
          const dossierIds = await dossierIdsFor(tx, references);
          if (dossierIds.length) await tx.commitmentDossier.createMany({ data: dossierIds.map((dossierId) => ({ commitmentId: current.id, dossierId })) });
        }
        await recordAuditEvent(tx, { actor, action: "commitment.updated", entityType: "commitment", entityId: number, commitmentId: current.id, changes });
        return { ok: true as const, value: { number } };
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof MutationAbort) return withCurrent(error.result, number);
    throw error;
  }
}

/** A refused edit shows the other person's change: the commitment as it is now. */
export async function withCurrent(result: MutationResult<never>, number: string): Promise<MutationResult> {
  if (!result.ok && result.status === 409) return { ...result, current: await getCommitment(number) };
  return result;
}
