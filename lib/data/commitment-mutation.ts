import "server-only";
import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decide, type Permission } from "@/lib/auth/permissions";
import type { CommitmentChange, CommitmentState } from "@/lib/commitment/change";
import { db, type Tx } from "@/lib/db";
import { fieldErrors } from "@/lib/validation/commitment";
import { actorOf, permissionActor } from "./actor";
import { today } from "./clock";
import { getCommitment } from "./commitments";
import { applyCommitmentChange, type WriteContext } from "./commitment-writes";
import { Conflict, Forbidden, InvalidInput, missingCommitment, NotSignedIn } from "./errors";
import { loadCurrentCommitments } from "./import-current";

/** What a change to one existing commitment adds to the shared steps of `mutateCommitment`. */
export interface CommitmentMutation<Input> {
  schema: z.ZodType<Input>;
  /** The 401 message for a visitor who is not signed in. */
  loginMessage: string;
  /** The permission asked for: decided on what is asked, before the request is judged complete. */
  permission: (input: Input, current: CommitmentState) => Permission;
  /** The ministries the permission must hold for; by default the commitment's own. */
  ministryCodes?: (input: Input, current: CommitmentState) => string[];
  /** The version the request started from; null when it names none (a note may). */
  version: (input: Input) => number | null;
  /** What to answer when that version is stale: by default a plain conflict. */
  onStale?: (tx: Tx, input: Input, current: CommitmentState) => Promise<Conflict>;
  /** The change the request asks for, checked against the commitment as it is; null when it changes nothing. */
  plan: (tx: Tx, current: CommitmentState, input: Input, ctx: WriteContext) => Promise<CommitmentChange | null>;
}

export interface MutationOutcome {
  number: string;
  /** nothing differed, so nothing was written */
  unchanged: boolean;
}

/** A commitment as a change is planned against: its plain values (lib/commitment/change.ts). */
export async function loadCommitmentState(tx: Tx, number: string): Promise<CommitmentState | null> {
  return (await loadCurrentCommitments(tx, "number", [number], today())).get(number) ?? null;
}

/** Throws when `user` may not do `permission` on each of the ministries. */
export function authorize(user: CurrentUser, permission: Permission, ministryCodes: Iterable<string>): void {
  for (const ministryCode of new Set(ministryCodes)) {
    const decision = decide(permissionActor(user), permission, { ministryCode });
    if (!decision.allowed) throw decision.status === 401 ? new NotSignedIn(decision.message) : new Forbidden(decision.message);
  }
}

/**
 * A change to one existing commitment, in the house order: parse, authorize, then — in one transaction — check the
 * version first (a stale one is a 409 whatever else is wrong), plan, and write through the one writer. A conflict
 * answers with the commitment as it is now.
 */
export async function mutateCommitment<Input>(user: CurrentUser | null, number: string, raw: unknown, mutation: CommitmentMutation<Input>): Promise<MutationOutcome> {
  if (!user) throw new NotSignedIn(mutation.loginMessage);
  const parsed = mutation.schema.safeParse(raw);
  if (!parsed.success) throw new InvalidInput(fieldErrors(parsed.error));
  const input = parsed.data;
  const ctx: WriteContext = { actor: actorOf(user), today: today() };
  try {
    return await db().$transaction(
      async (tx) => {
        const current = await loadCommitmentState(tx, number);
        if (!current) throw missingCommitment(number);
        authorize(user, mutation.permission(input, current), mutation.ministryCodes?.(input, current) ?? [current.ministry]);
        const version = mutation.version(input);
        if (version !== null && version !== current.version) throw mutation.onStale ? await mutation.onStale(tx, input, current) : new Conflict();
        const change = await mutation.plan(tx, current, input, ctx);
        if (!change) return { number, unchanged: true };
        await applyCommitmentChange(tx, current, change, ctx);
        return { number, unchanged: false };
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof Conflict) error.current = await getCommitment(number);
    throw error;
  }
}
