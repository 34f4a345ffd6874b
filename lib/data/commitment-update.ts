import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { updateCommitmentSchema } from "@/lib/validation/commitment";
import type { FieldChange } from "./audit";
import { assertVersion, mutateCommitment, updateAtVersion } from "./commitment-mutation";
import { dossierIdsFor, resolveReferences, upsertMinister } from "./commitment-support";
import { invalid, type MutationResult } from "./mutation-result";

const refKey = (r: { documentId: string; role: string }) => `${r.role}:${r.documentId}`;

/**
 * Edits a commitment's fields. The edit names the version it started from; when someone else saved in between,
 * nothing is written and the current version comes back (409). An edit that changes nothing writes nothing.
 */
export async function updateCommitment(user: CurrentUser | null, number: string, raw: unknown): Promise<MutationResult> {
  return mutateCommitment(user, number, raw, {
    schema: updateCommitmentSchema,
    loginMessage: "Log in om een toezegging te wijzigen.",
    permission: () => "commitment.edit",
    // Moving a commitment to another ministry needs the right on both.
    ministryCodes: (input, current) => [current.ministry.code, input.ministry],
    audit: "commitment.updated",
    apply: async (tx, current, input, actor) => {
      assertVersion(current, input.version);
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
      await updateAtVersion(tx, current, input.version, {
        title: input.title,
        text: input.text,
        madeOn: input.madeOn ? new Date(`${input.madeOn}T00:00:00Z`) : null,
        activity: input.activity,
        ministerId,
        ministryId: ministry.id,
        committee: input.committee,
        addressee: input.addressee,
      });
      if (input.references) {
        await tx.commitmentReference.deleteMany({ where: { commitmentId: current.id } });
        await tx.commitmentReference.createMany({ data: references.map((r) => ({ commitmentId: current.id, ...r })), skipDuplicates: true });
        await tx.commitmentDossier.deleteMany({ where: { commitmentId: current.id } });
        const dossierIds = await dossierIdsFor(tx, references);
        if (dossierIds.length) await tx.commitmentDossier.createMany({ data: dossierIds.map((dossierId) => ({ commitmentId: current.id, dossierId })) });
      }
      return { changes };
    },
  });
}
