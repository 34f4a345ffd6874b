/** Granularity of the period the phrase names (not the width of the resulting range). */
export type DeadlinePrecision = "day" | "week" | "month" | "quarter" | "season" | "half-year" | "year" | "open";

export interface ResolvedDeadline {
  /** The phrase as given, trimmed. */
  phrase: string;
  /** ISO calendar date "YYYY-MM-DD"; null only for open phrases. */
  earliest: string | null;
  /** ISO calendar date; null when the phrase has no end ("vanaf 2024", "na de zomer") or is open. */
  latest: string | null;
  precision: DeadlinePrecision;
  /** True for phrases that name no period at all ("zo spoedig mogelijk"). */
  open: boolean;
  /** Short Dutch explanation of how the phrase was read. */
  explanation: string;
}

export type DeadlineErrorCode = "empty" | "unrecognized" | "invalid-date" | "invalid-made-on" | "before-made-on";
