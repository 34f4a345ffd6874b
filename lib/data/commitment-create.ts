import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decide } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { resolveDeadline } from "@/lib/deadline";
import { type CreateCommitmentInput, createCommitmentSchema, fieldErrors } from "@/lib/validation/commitment";
import { actorOf, permissionActor } from "./actor";
import type { Actor } from "./audit";
import { allocateCommitmentNumber, insertCommitment } from "./commitment-writes";
import { dossierIdsFor, resolveReferences, upsertMinister } from "./commitment-support";
import { invalid, refused, type MutationResult } from "./mutation-result";

/**
 * The writes of a new, open commitment inside the caller's transaction (its references, minister, number and audit
 * event); shared by the form/API and the letter import, which saves many in one transaction.
 */
export async function createInTransaction(tx: Tx, input: CreateCommitmentInput, ministryId: number, actor: Actor): Promise<string> {
  const references = await resolveReferences(tx, input.references, actor);
  const ministerId = await upsertMinister(tx, input.ministerName, input.ministerFunction, ministryId);
  const number = await allocateCommitmentNumber(tx, Number(input.madeOn.slice(0, 4)));
  await insertCommitment(
    tx,
    {
      number,
      title: input.title,
      text: input.text,
      status: "open",
      deadline: input.deadlinePhrase ? resolveDeadline(input.deadlinePhrase, input.madeOn) : null,
      madeOn: input.madeOn,
      activity: input.activity,
      ministerId,
      ministryId,
      committee: input.committee,
      addressee: input.addressee,
      dossierIds: await dossierIdsFor(tx, references),
      references,
    },
    actor,
  );
  return number;
}

/** Records a new commitment: parse → authorize → one transaction with its audit event. */
export async function createCommitment(user: CurrentUser | null, raw: unknown): Promise<MutationResult> {
  const parsed = createCommitmentSchema.safeParse(raw);
  if (!user) return refused(401, "Log in om een toezegging vast te leggen.");
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const input = parsed.data;
  const decision = decide(permissionActor(user), "commitment.create", { ministryCode: input.ministry });
  if (!decision.allowed) return refused(decision.status, decision.message);

  const ministry = await db().ministry.findUnique({ where: { code: input.ministry }, select: { id: true } });
  if (!ministry) return invalid({ ministry: [`Onbekend ministerie "${input.ministry}".`] });
  const actor = actorOf(user);

  const number = await db().$transaction((tx) => createInTransaction(tx, input, ministry.id, actor), { timeout: 30_000, maxWait: 30_000 });
  return { ok: true, value: { number } };
}
