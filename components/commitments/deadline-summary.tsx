import type { CommitmentView } from "@/lib/data/commitment-view";
import { formatDays, formatRange } from "@/lib/format/dates";

/** The phrase as the minister said it, then what it means in dates, then where it stands today. */
export function DeadlineSummary({ commitment, compact }: { commitment: CommitmentView; compact?: boolean }) {
  const { deadline } = commitment;
  if (!deadline) return <span className="text-muted">Geen termijn</span>;
  const range = deadline.precision === "open" ? "geen datum (open termijn)" : formatRange(deadline.earliest, deadline.latest);
  return (
    <span className={compact ? "text-sm" : ""}>
      <q>{deadline.phrase}</q>
      <span className="block text-muted">{range}</span>
      {commitment.overdue && commitment.daysOverdue !== null ? (
        <span className="block font-medium text-overdue">{formatDays(commitment.daysOverdue)} over de termijn</span>
      ) : commitment.daysRemaining !== null ? (
        <span className="block text-ok">nog {formatDays(commitment.daysRemaining)}</span>
      ) : null}
    </span>
  );
}
