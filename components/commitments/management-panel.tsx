import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decide, statusChangePermission } from "@/lib/auth/permissions";
import type { CommitmentView } from "@/lib/data/commitment-view";
import { allowedTransitions } from "@/lib/commitment/transitions";

/** The changes this user may make, as links; nothing is offered that the server would refuse. */
export function ManagementPanel({ user, commitment }: { user: CurrentUser; commitment: CommitmentView }) {
  const target = { ministryCode: commitment.ministry.code };
  const canEdit = decide(user, "commitment.edit", target).allowed;
  const canChangeStatus = allowedTransitions(commitment.status).some((to) => decide(user, statusChangePermission(to), target).allowed);
  const canReset = decide(user, "commitment.deadline.reset", target).allowed && ["open", "partially_fulfilled"].includes(commitment.status);
  if (!canEdit && !canChangeStatus && !canReset) {
    return <p className="mt-3 text-sm text-muted">U kunt deze toezegging niet wijzigen: zij hoort bij {commitment.ministry.name}.</p>;
  }
  return (
    <nav aria-label="Beheer" className="no-print mt-3 flex flex-wrap gap-3 text-sm">
      {canEdit ? (
        <Link className="rounded border border-rijks px-3 py-1" href={`/beheer/toezeggingen/${commitment.number}/bewerken`}>
          Bewerken
        </Link>
      ) : null}
      {canChangeStatus ? (
        <Link className="rounded border border-rijks px-3 py-1" href={`/beheer/toezeggingen/${commitment.number}/status`}>
          Status wijzigen
        </Link>
      ) : null}
      {canReset ? (
        <Link className="rounded border border-rijks px-3 py-1" href={`/beheer/toezeggingen/${commitment.number}/termijn`}>
          Termijn opnieuw vaststellen
        </Link>
      ) : null}
    </nav>
  );
}
