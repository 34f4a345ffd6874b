import "server-only";
import type { Tx } from "@/lib/db";

/** Bumps the number sequence of `year` so it never hands out `n` (or anything below it) again. */
export async function reserveCommitmentNumber(tx: Tx, year: number, n: number): Promise<void> {
  await tx.$executeRaw`INSERT INTO commitment_number_sequence (year, last) VALUES (${year}, ${n})
    ON CONFLICT (year) DO UPDATE SET last = GREATEST(commitment_number_sequence.last, EXCLUDED.last)`;
}

/** Allocates the next TZ-<year>-<nnnn>; the row lock on the year's sequence serialises concurrent creators. */
export async function allocateCommitmentNumber(tx: Tx, year: number): Promise<string> {
  const rows = await tx.$queryRaw<Array<{ last: number }>>`INSERT INTO commitment_number_sequence (year, last) VALUES (${year}, 1)
    ON CONFLICT (year) DO UPDATE SET last = commitment_number_sequence.last + 1 RETURNING last`;
  const last = rows[0]!.last;
  return `TZ-${year}-${String(last).padStart(4, "0")}`;
}
