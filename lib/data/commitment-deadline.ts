import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { tryResolveDeadline } from "@/lib/deadline";
import { checkDeadlineReset } from "@/lib/commitment/deadline-reset";
import { deadlineResetSchema } from "@/lib/validation/commitment";
import type { FieldChange } from "./audit";
import { today } from "./clock";
import { assertVersion, mutateCommitment, updateAtVersion } from "./commitment-mutation";
import { precisionFromDb, precisionToDb } from "./commitment-view";
import { invalid, type MutationResult } from "./mutation-result";

const FIELD_NAMES = { status: "deadlinePhrase", phrase: "deadlinePhrase", reason: "reason" } as const;

/** Re-sets a deadline: the old and new phrase and range and the reason stay in the audit trail. */
export async function resetCommitmentDeadline(user: CurrentUser | null, number: string, raw: unknown): Promise<MutationResult> {
  return mutateCommitment(user, number, raw, {
    schema: deadlineResetSchema,
    loginMessage: "Log in om een termijn opnieuw vast te stellen.",
    permission: () => "commitment.deadline.reset",
    audit: "commitment.deadline_reset",
    apply: async (tx, current, input) => {
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
      assertVersion(current, input.version);

      await updateAtVersion(tx, current, input.version, {
        deadlinePhrase: next.phrase,
        deadlineEarliest: next.earliest ? new Date(`${next.earliest}T00:00:00Z`) : null,
        deadlineLatest: next.latest ? new Date(`${next.latest}T00:00:00Z`) : null,
        deadlinePrecision: precisionToDb(next.precision),
      });
      const changes: FieldChange[] = [
        { field: "deadlinePhrase", before: current.deadlinePhrase, after: next.phrase },
        { field: "deadlineEarliest", before: current.earliestIso, after: next.earliest },
        { field: "deadlineLatest", before: current.latestIso, after: next.latest },
        { field: "deadlinePrecision", before: precisionFromDb(current.deadlinePrecision), after: next.precision },
      ].filter((c) => c.before !== c.after);
      return { changes, reason: input.reason };
    },
  });
}
