import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { statusPermission } from "@/lib/auth/permissions";
import { checkTransition } from "@/lib/commitment/transitions";
import { parseCitationOrId, statusChangeSchema } from "@/lib/validation/commitment";
import type { FieldChange } from "./audit";
import { today } from "./clock";
import { assertVersion, mutateCommitment, updateAtVersion } from "./commitment-mutation";
import { ensureDocument } from "./documents";
import { invalid, type MutationResult } from "./mutation-result";

const KIND_BY_TARGET = { open: "reopen", partially_fulfilled: "progress", fulfilled: "fulfil", lapsed: "lapse", withdrawn: "withdraw" } as const;

const FIELD_NAMES = { to: "to", reason: "reason", note: "note", documentId: "fulfilledBy" } as const;

/** Moves a commitment through the status workflow (lib/status/transitions), with the one audit event. */
export async function changeCommitmentStatus(user: CurrentUser | null, number: string, raw: unknown): Promise<MutationResult> {
  return mutateCommitment(user, number, raw, {
    schema: statusChangeSchema,
    loginMessage: "Log in om de status van een toezegging te wijzigen.",
    // Authorize on what is asked (the target status) before judging whether it is complete.
    permission: (input) => statusPermission(KIND_BY_TARGET[input.to]),
    audit: "commitment.status_changed",
    apply: async (tx, current, input, actor) => {
      // A date column: the register's calendar day (Europe/Amsterdam, or TZR_TODAY), as midnight UTC.
      const todayDate = new Date(`${today()}T00:00:00Z`);
      const parsedCitation = input.fulfilledBy ? parseCitationOrId(input.fulfilledBy) : null;
      // The fulfilling document only matters when the commitment becomes fulfilled; elsewhere it is ignored.
      const citation = parsedCitation?.ok && input.to === "fulfilled" ? parsedCitation.citation : null;
      const check = checkTransition(current.status, { to: input.to, reason: input.reason, note: input.note, documentId: citation?.id ?? null });
      if (!check.ok) return invalid({ [FIELD_NAMES[check.field]]: [check.message] }, check.message);
      assertVersion(current, input.version);

      // The day it was fulfilled: the fulfilling document's date when the register knows it, else today.
      const fulfilmentDoc = citation ? await tx.document.findUnique({ where: { id: citation.id }, select: { date: true } }) : null;
      const fulfilledOn = input.to === "fulfilled" ? (fulfilmentDoc?.date ?? todayDate) : null;
      await updateAtVersion(tx, current, input.version, { status: input.to, fulfilledOn });

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
          data: { commitmentId: current.id, date: todayDate, text: input.note, authorId: actor.id, authorName: actor.name, authorMinistry: actor.ministry },
        });
      }
      return { changes, reason: input.reason ?? input.note ?? null };
    },
  });
}
