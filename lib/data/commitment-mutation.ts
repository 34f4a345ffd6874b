import "server-only";
import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decide, type Permission } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fieldErrors } from "@/lib/validation/commitment";
import { actorOf, permissionActor } from "./actor";
import { recordAuditEvent, type Actor, type FieldChange } from "./audit";
import { getCommitment } from "./commitments";
import { loadForMutation, type LoadedCommitment } from "./commitment-load";
import { conflict, invalid, missing, MutationAbort, refused, type MutationResult } from "./mutation-result";

/** What a change to one existing commitment adds to the shared steps of `mutateCommitment`. */
export interface CommitmentMutation<Input> {
  schema: z.ZodType<Input>;
  /** The 401 message for a visitor who is not signed in. */
  loginMessage: string;
  /** The permission asked for: decided on what is asked, before the request is judged complete. */
  permission: (input: Input, current: LoadedCommitment) => Permission;
  /** The ministries the permission must hold for; by default the commitment's own. */
  ministryCodes?: (input: Input, current: LoadedCommitment) => string[];
  /** The audit action recorded with the changes `apply` returns. */
  audit: string;
  /**
   * Checks the request against the commitment and writes it. Returns the changes to record in the audit trail,
   * or a result to answer with as it is (a refusal, or a success that wrote nothing and so records nothing).
   */
  apply: (tx: Tx, current: LoadedCommitment, input: Input, actor: Actor) => Promise<AuditedChanges | MutationResult>;
}

export interface AuditedChanges {
  changes: FieldChange[];
  reason?: string | null;
}

/**
 * A change to one existing commitment, in the house order: parse, authorize, then mutate in one transaction that
 * also writes the audit event. A version conflict (`assertVersion`, `updateAtVersion`) rolls it all back and
 * answers 409 with the commitment as it is now.
 */
export async function mutateCommitment<Input>(
  user: CurrentUser | null,
  number: string,
  raw: unknown,
  mutation: CommitmentMutation<Input>,
): Promise<MutationResult> {
  if (!user) return refused(401, mutation.loginMessage);
  const parsed = mutation.schema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const input = parsed.data;
  const actor = actorOf(user);

  try {
    return await db().$transaction(
      async (tx) => {
        const current = await loadForMutation(tx, number);
        if (!current) return missing(number);
        const permission = mutation.permission(input, current);
        for (const ministryCode of new Set(mutation.ministryCodes?.(input, current) ?? [current.ministry.code])) {
          const decision = decide(permissionActor(user), permission, { ministryCode });
          if (!decision.allowed) return refused(decision.status, decision.message);
        }
        const outcome = await mutation.apply(tx, current, input, actor);
        if ("ok" in outcome) return outcome;
        await recordAuditEvent(tx, {
          actor,
          action: mutation.audit,
          entityType: "commitment",
          entityId: number,
          commitmentId: current.id,
          changes: outcome.changes,
          reason: outcome.reason,
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

/** The request names the version it started from; when someone else saved since, it stops here (409). */
export function assertVersion(current: LoadedCommitment, version: number): void {
  if (version !== current.version) throw new MutationAbort(conflict(null));
}

/** Writes `data` and bumps the version, only if no one saved since the commitment was read (else 409). */
export async function updateAtVersion(
  tx: Tx,
  current: LoadedCommitment,
  version: number,
  data: Omit<Prisma.CommitmentUncheckedUpdateManyInput, "version">,
): Promise<void> {
  const updated = await tx.commitment.updateMany({ where: { id: current.id, version }, data: { ...data, version: { increment: 1 } } });
  if (updated.count === 0) throw new MutationAbort(conflict(null));
}

/** A refused edit shows the other person's change: the commitment as it is now. */
async function withCurrent(result: MutationResult<never>, number: string): Promise<MutationResult> {
  if (!result.ok && result.status === 409) return { ...result, current: await getCommitment(number) };
  return result;
}
