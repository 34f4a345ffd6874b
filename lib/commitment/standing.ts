// Overdue is derived, never stored: an outstanding commitment whose latest deadline has passed.
import { isOutstanding, type CommitmentStatus } from "./status";

/** Whole days from `from` to `to` (ISO calendar dates); negative when `to` lies before `from`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface DeadlineStanding {
  overdue: boolean;
  /** days past the latest deadline (overdue) */
  daysOverdue: number | null;
  /** days left until the latest deadline (outstanding, not overdue) */
  daysRemaining: number | null;
}

export function deadlineStanding(status: CommitmentStatus, latest: string | null, today: string): DeadlineStanding {
  if (!isOutstanding(status) || !latest) return { overdue: false, daysOverdue: null, daysRemaining: null };
  const days = daysBetween(today, latest);
  return days < 0 ? { overdue: true, daysOverdue: -days, daysRemaining: null } : { overdue: false, daysOverdue: null, daysRemaining: days };
}
