// The statuses a toezegging can have, and which of them still ask something of the minister. Every other module
// (validation, data, export, UI) takes its words from here.

export const COMMITMENT_STATUSES = ["open", "partially_fulfilled", "fulfilled", "lapsed", "withdrawn"] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** Outstanding: the minister still owes (part of) it, so it has a deadline that can pass. */
export const OUTSTANDING_STATUSES = ["open", "partially_fulfilled"] as const satisfies readonly CommitmentStatus[];

const OUTSTANDING: ReadonlySet<string> = new Set(OUTSTANDING_STATUSES);

export function isOutstanding(status: CommitmentStatus): boolean {
  return OUTSTANDING.has(status);
}

export function isCommitmentStatus(x: unknown): x is CommitmentStatus {
  return typeof x === "string" && (COMMITMENT_STATUSES as readonly string[]).includes(x);
}
