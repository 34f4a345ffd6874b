import { describingValues } from "@/lib/commitment/editable-fields";
import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db";
import { resolveDeadline } from "@/lib/deadline";
import { parseKamerstukCitation } from "@/lib/kamerstuk";
import { type CreateCommitmentInput, createCommitmentSchema, fieldErrors } from "@/lib/validation/commitment";
import { actorOf } from "./actor";
import { today } from "./clock";
import { authorize } from "./commitment-changes";
import { recordNewCommitment, type NewCommitmentRecord, type WriteContext } from "./commitment-writes";
import { InvalidInput, NotSignedIn } from "./errors";

/** A commitment as the create form (or the API, or an accepted letter candidate) describes it: new and open. */
export function newCommitmentRecord(input: CreateCommitmentInput): NewCommitmentRecord {
  return {
    ...describingValues(input),
    deadline: input.deadlinePhrase ? resolveDeadline(input.deadlinePhrase, input.madeOn) : null,
    status: "open",
    references: input.references.map((r) => ({ citation: parseKamerstukCitation(r.citation), role: r.role })),
    note: null,
    fulfilledOnHint: null,
    tkNummer: null,
  };
}

/** The writes of a new commitment inside the caller's transaction; the letter import saves many in one. */
export async function createInTransaction(tx: Tx, input: CreateCommitmentInput, ctx: WriteContext): Promise<string> {
  return (await recordNewCommitment(tx, newCommitmentRecord(input), ctx)).number;
}

/** Records a new commitment: parse → authorize → one transaction with its audit event. */
export async function createCommitment(user: CurrentUser | null, raw: unknown): Promise<{ number: string }> {
  if (!user) throw new NotSignedIn("Log in om een toezegging vast te leggen.");
  const parsed = createCommitmentSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidInput(fieldErrors(parsed.error));
  const input = parsed.data;
  authorize(user, "commitment.create", [input.ministry]);
  const ctx: WriteContext = { actor: actorOf(user), today: today() };
  const number = await db().$transaction((tx) => createInTransaction(tx, input, ctx), { timeout: 30_000, maxWait: 30_000 });
  return { number };
}
