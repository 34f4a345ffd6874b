import { STATUS_LABELS } from "@/lib/commitment/labels";
import type { CommitmentStatus } from "@/lib/commitment/status";

const STYLES: Record<CommitmentStatus, string> = {
  open: "bg-rijks-light text-rijks border-rijks/30",
  partially_fulfilled: "bg-amber-50 text-amber-900 border-amber-300",
  fulfilled: "bg-green-50 text-ok border-green-300",
  lapsed: "bg-gray-100 text-gray-800 border-gray-300",
  withdrawn: "bg-gray-100 text-gray-800 border-gray-300",
};

export function StatusBadge({ status, overdue }: { status: CommitmentStatus; overdue?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span className={`inline-block rounded border px-2 py-0.5 text-xs font-medium ${STYLES[status]}`}>{STATUS_LABELS[status]}</span>
      {overdue ? (
        <span className="inline-block rounded border border-red-300 bg-red-50 px-2 py-0.5 text-xs font-medium text-overdue">Over de termijn</span>
      ) : null}
    </span>
  );
}
