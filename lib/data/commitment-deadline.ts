import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decide } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { tryResolveDeadline } from "@/lib/deadline";
import { checkDeadlineReset } from "@/lib/status/deadline-reset";
import { deadlineResetSchema, fieldErrors } from "@/lib/validation/commitment";
import { actorOf, permissionActor } from "./actor";
import { recordAuditEvent, type FieldChange } from "./audit";
import { today } from "./clock";
import { loadForMutation } from "./commitment-load";
import { precisionFromDb, precisionToDb } from "./commitment-view";
import { withCurrent } from "./commitment-update";
import { conflict, invalid, missing, MutationAbort, refused, type MutationResult } from "./mutation-result";

const FIELD_NAMES = { status: "deadlinePhrase", phrase: "deadlinePhrase", reason: "reason" } as const;

/** Re-sets a deadline: the old and new phrase and range and the reason stay in the audit trail. */
export async function resetCommitmentDeadline(user: CurrentUser | null, number: string, raw: unknown): Promise<MutationResult> {
  if (!user) return refused(401, "Log in om een termijn opnieuw vast te stellen.");
  const parsed = deadlineResetSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const input = parsed.data;
  const actor = actorOf(user);

  try {
    return await db().$transaction(
      async (tx) => {
        const current = await loadForMutation(tx, number);
        if (!current) return missing(number);
        const decision = decide(permissionActor(user), "commitment.deadline.reset", { ministryCode: current.ministry.code });
        if (!decision.allowed) return refused(decision.status, decision.message);
        // A new phrase is read from today: "binnen drie weken" said now means three weeks from now.
        const resolved = tryResolveDeadline(input.deadlinePhrase, today());
        if (!resolved.ok) return invalid({ deadlinePhrase: [resolved.error.message] });
        const next = resolved.deadline;
        const check = checkDeadlineReset(
          current.status,
          { phrase: current.deadlinePhrase, earliest: current.earliestIso, latest: current.latestIso },
          next,
          input.reason,
        );
        if (!check.ok) return invalid({ [FIELD_NAMES[check.field]]: [check.message] }, check.message);
        if (input.version !== current.version) throw new MutationAbort(conflict(null));

        const precision = precisionToDb(next.precision);
        const updated = await tx.commitment.updateMany({
          where: { id: current.id, version: input.version },
          data: {
            deadlinePhrase: next.phrase,
            deadlineEarliest: next.earliest ? new Date(`${next.earliest}T00:00:00Z`) : null,
            deadlineLatest: next.latest ? new Date(`${next.latest}T00:00:00Z`) : null,
            deadlinePrecision: precision,
            version: { increment: 1 },
          },
        });
        if (updated.count === 0) throw new MutationAbort(conflict(null));
        const changes: FieldChange[] = [
          { field: "deadlinePhrase", before: current.deadlinePhrase, after: next.phrase },
          { field: "deadlineEarliest", before: current.earliestIso, after: next.earliest },
          { field: "deadlineLatest", before: current.latestIso, after: next.latest },
          { field: "deadlinePrecision", before: precisionFromDb(current.deadlinePrecision), after: next.precision },
        ].filter((c) => c.before !== c.after);
        await recordAuditEvent(tx, { actor, action: "commitment.deadline_reset", entityType: "commitment", entityId: number, commitmentId: current.id, changes, reason: input.reason });
        return { ok: true as const, value: { number } };
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof MutationAbort) return withCurrent(error.result, number);
    throw error;
  }
}
