import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decide, statusPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { checkTransition } from "@/lib/status/transitions";
import { fieldErrors, parseCitationOrId, statusChangeSchema } from "@/lib/validation/commitment";
import { actorOf, permissionActor } from "./actor";
import { recordAuditEvent, type FieldChange } from "./audit";
import { today } from "./clock";
import { loadForMutation } from "./commitment-load";
import { withCurrent } from "./commitment-update";
import { ensureDocument } from "./documents";
import { conflict, invalid, missing, MutationAbort, refused, type MutationResult } from "./mutation-result";

const KIND_BY_TARGET = { open: "reopen", partially_fulfilled: "progress", fulfilled: "fulfil", lapsed: "lapse", withdrawn: "withdraw" } as const;

const FIELD_NAMES = { to: "to", reason: "reason", note: "note", documentId: "fulfilledBy" } as const;

/** Moves a commitment through the status workflow (lib/status/transitions), with the one audit event. */
export async function changeCommitmentStatus(user: CurrentUser | null, number: string, raw: unknown): Promise<MutationResult> {
  if (!user) return refused(401, "Log in om de status van een toezegging te wijzigen.");
  const parsed = statusChangeSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const input = parsed.data;
  const parsedCitation = input.fulfilledBy ? parseCitationOrId(input.fulfilledBy) : null;
  // The fulfilling document only matters when the commitment becomes fulfilled; elsewhere it is ignored.
  const citation = parsedCitation?.ok && input.to === "fulfilled" ? parsedCitation.citation : null;
  const actor = actorOf(user);

  try {
    return await db().$transaction(
      async (tx) => {
        const current = await loadForMutation(tx, number);
        if (!current) return missing(number);
        // Authorize on what is asked (the target status) before judging whether it is complete.
        const decision = decide(permissionActor(user), statusPermission(KIND_BY_TARGET[input.to]), { ministryCode: current.ministry.code });
        if (!decision.allowed) return refused(decision.status, decision.message);
        const check = checkTransition(current.status, { to: input.to, reason: input.reason, note: input.note, documentId: citation?.id ?? null });
        if (!check.ok) return invalid({ [FIELD_NAMES[check.field]]: [check.message] }, check.message);
        if (input.version !== current.version) throw new MutationAbort(conflict(null));

        // The day it was fulfilled: the fulfilling document's date when the register knows it, else today.
        const fulfilmentDoc = citation ? await tx.document.findUnique({ where: { id: citation.id }, select: { date: true } }) : null;
        const fulfilledOn = input.to === "fulfilled" ? (fulfilmentDoc?.date ?? new Date(`${today()}T00:00:00Z`)) : null;
        const updated = await tx.commitment.updateMany({
          where: { id: current.id, version: input.version },
          data: { status: input.to, fulfilledOn, version: { increment: 1 } },
        });
        if (updated.count === 0) throw new MutationAbort(conflict(null));

        const changes: FieldChange[] = [{ field: "status", before: current.status, after: input.to }];
        if (citation) {
          await ensureDocument(tx, citation, {}, actor);
          const already = current.references.some((r) => r.documentId === citation.id && r.role === "fulfilment");
          if (!already) {
            await tx.commitmentReference.create({ data: { commitmentId: current.id, documentId: citation.id, role: "fulfilment" } });
            changes.push({ field: "fulfilledBy", before: null, after: citation.id });
          }
        }
        if (check.kind === "progress" && input.note) {
          await tx.progressNote.create({
            data: { commitmentId: current.id, date: new Date(), text: input.note, authorId: user.id, authorName: user.name, authorMinistry: user.ministryName },
          });
        }
        await recordAuditEvent(tx, {
          actor,
          action: "commitment.status_changed",
          entityType: "commitment",
          entityId: number,
          commitmentId: current.id,
          changes,
          reason: input.reason ?? input.note ?? null,
        });
        return { ok: true as const, value: { number } };
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof MutationAbort) return withCurrent(error.result, number);
    throw error;
  }
}
