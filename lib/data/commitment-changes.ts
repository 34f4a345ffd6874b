import "server-only";
// The changes a civil servant makes to an existing toezegging — edit its fields, change its status, re-set its
// deadline, add a progress note. Each is planned here as a CommitmentChange and written by mutateCommitment through
// the one writer (commitment-writes.ts). The forms and the API call these same functions.
import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decide, statusChangePermission, type Permission } from "@/lib/auth/permissions";
import { deadlineChanges, diffEdits, NO_EDITS, statusChanges, type CommitmentChange, type CommitmentState, type StatusChange } from "@/lib/commitment/change";
import { checkDeadlineReset } from "@/lib/commitment/deadline-reset";
import { describingValues, type EditableField, type EditableValues } from "@/lib/commitment/editable-fields";
import { applyChoices, auditFieldOf, mergeEdits, type MergeNotice } from "@/lib/commitment/merge";
import { checkTransition } from "@/lib/commitment/transitions";
import { db, type Tx } from "@/lib/db";
import { tryResolveDeadline } from "@/lib/deadline";
import type { FieldChange } from "@/lib/format/field-change";
import { parseKamerstukCitation } from "@/lib/kamerstuk";
import {
  deadlineResetSchema,
  fieldErrors,
  parseCitationOrId,
  progressNoteSchema,
  statusChangeSchema,
  updateCommitmentSchema,
  type UpdateCommitmentInput,
} from "@/lib/validation/commitment";
import { actorOf, permissionActor } from "./actor";
import { today } from "./clock";
import { getCommitment } from "./commitments";
import { applyCommitmentChange, type WriteContext } from "./commitment-writes";
import { editableValuesOf } from "./commitment-view";
import { Conflict, CONFLICT_MESSAGE, Forbidden, InvalidInput, missingCommitment, NotSignedIn } from "./errors";
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
export async function mutateCommitment<Input>(
  user: CurrentUser | null,
  number: string,
  raw: unknown,
  mutation: CommitmentMutation<Input>,
): Promise<MutationOutcome> {
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

const invalidField = (field: string, message: string) => new InvalidInput({ [field]: [message] }, message);

function postedValues(input: UpdateCommitmentInput, theirs: EditableValues | null): EditableValues {
  const posted: EditableValues = {
    ...describingValues(input),
    references: input.references ?? theirs?.references ?? [],
  };
  return theirs && input.choices ? applyChoices(posted, theirs, input.choices) : posted;
}

/** Who last changed each field, as the audit trail has it. */
async function changedBy(tx: Tx, commitmentId: number, fields: EditableField[]): Promise<MergeNotice["changedBy"]> {
  if (!fields.length) return {};
  const events = await tx.auditEvent.findMany({ where: { commitmentId }, orderBy: [{ at: "desc" }, { id: "desc" }], take: 200 });
  const out: MergeNotice["changedBy"] = {};
  for (const field of fields) {
    const event = events.find((e) => Array.isArray(e.changes) && (e.changes as unknown as FieldChange[]).some((c) => c.field === auditFieldOf(field)));
    if (event) out[field] = { by: [event.actorName, event.actorMinistry].filter(Boolean).join(", "), at: event.at.toISOString() };
  }
  return out;
}

/**
 * Edits a commitment's fields. The edit names the version it started from. When someone else saved in between,
 * nothing is written; with the values the form started from (`base`) the answer proposes the three-way merge
 * (lib/commitment/merge.ts) for the re-save. An edit that changes nothing writes nothing.
 */
export function updateCommitment(user: CurrentUser | null, number: string, raw: unknown): Promise<MutationOutcome> {
  return mutateCommitment(user, number, raw, {
    schema: updateCommitmentSchema,
    loginMessage: "Log in om een toezegging te wijzigen.",
    permission: () => "commitment.edit",
    // Moving a commitment to another ministry needs the right on both.
    ministryCodes: (input, current) => [current.ministry, input.ministry],
    version: (input) => input.version,
    onStale: async (tx, input, current) => {
      const view = await getCommitment(number, tx);
      if (!input.base || !view) return new Conflict();
      const theirs = editableValuesOf(view);
      const proposal = mergeEdits(input.base, postedValues(input, null), theirs);
      const notice: MergeNotice = {
        ...proposal,
        version: current.version,
        changedBy: await changedBy(tx, current.id, [...proposal.kept, ...proposal.conflicts]),
      };
      return new Conflict(CONFLICT_MESSAGE, notice);
    },
    plan: async (tx, current, input) => {
      const theirs = input.choices ? editableValuesOf((await getCommitment(number, tx))!) : null;
      const desired = postedValues(input, theirs);
      const diff = diffEdits(
        current,
        {
          ...desired,
          references:
            input.references || theirs
              ? desired.references.map((r) => ({ citation: parseKamerstukCitation(r.citation), role: r.role as "source" }))
              : undefined,
        },
        null,
      );
      if (!diff.changes.length) return null;
      return { edits: diff.edits, status: null, deadline: null, note: null, reason: null, changes: diff.changes };
    },
  });
}

const STATUS_FIELDS = { to: "to", reason: "reason", note: "note", documentId: "fulfilledBy" } as const;

/** The status change a request asks for, checked against the workflow (lib/commitment/transitions). */
function plannedStatus(
  current: CommitmentState,
  input: { to: StatusChange["to"]; reason: string | null; note: string | null; fulfilledBy: string | null },
): StatusChange {
  const parsed = input.fulfilledBy ? parseCitationOrId(input.fulfilledBy) : null;
  // The fulfilling document only matters when the commitment becomes fulfilled; elsewhere it is ignored.
  const citation = parsed?.ok && input.to === "fulfilled" ? parsed.citation : null;
  const check = checkTransition(current.status, { to: input.to, reason: input.reason, note: input.note, documentId: citation?.id ?? null });
  if (!check.ok) throw invalidField(STATUS_FIELDS[check.field], check.message);
  return { to: input.to, kind: check.kind, note: check.kind === "progress" ? input.note : null, fulfilment: citation };
}

/** Moves a commitment through the status workflow, with the one audit event. */
export function changeCommitmentStatus(user: CurrentUser | null, number: string, raw: unknown): Promise<MutationOutcome> {
  return mutateCommitment(user, number, raw, {
    schema: statusChangeSchema,
    loginMessage: "Log in om de status van een toezegging te wijzigen.",
    // Authorize on what is asked (the target status) before judging whether it is complete.
    permission: (input) => statusChangePermission(input.to),
    version: (input) => input.version,
    plan: async (_tx, current, input, ctx) => {
      const status = plannedStatus(current, input);
      return {
        edits: NO_EDITS,
        status,
        deadline: null,
        note: status.note ? { date: ctx.today, text: status.note } : null,
        reason: input.reason ?? input.note ?? null,
        changes: statusChanges(current, status),
      };
    },
  });
}

/** Re-sets a deadline: the old and new phrase and range and the reason stay in the audit trail. */
export function resetCommitmentDeadline(user: CurrentUser | null, number: string, raw: unknown): Promise<MutationOutcome> {
  return mutateCommitment(user, number, raw, {
    schema: deadlineResetSchema,
    loginMessage: "Log in om een termijn opnieuw vast te stellen.",
    permission: () => "commitment.deadline.reset",
    version: (input) => input.version,
    plan: async (_tx, current, input, ctx) => {
      // A new phrase is read from today: "binnen drie weken" said now means three weeks from now.
      const resolved = tryResolveDeadline(input.deadlinePhrase, ctx.today);
      if (!resolved.ok) throw invalidField("deadlinePhrase", resolved.error.message);
      const next = resolved.deadline;
      const before = { phrase: current.deadline?.phrase ?? null, earliest: current.deadline?.earliest ?? null, latest: current.deadline?.latest ?? null };
      const check = checkDeadlineReset(current.status, before, next, input.reason);
      if (!check.ok) throw invalidField(check.field === "reason" ? "reason" : "deadlinePhrase", check.message);
      return { edits: NO_EDITS, status: null, deadline: next, note: null, reason: input.reason, changes: deadlineChanges(current.deadline, next) };
    },
  });
}

/** Records progress on a commitment. A note changes no field, but when it names a version, that must be current. */
export function addProgressNote(user: CurrentUser | null, number: string, raw: unknown): Promise<MutationOutcome> {
  return mutateCommitment(user, number, raw, {
    schema: progressNoteSchema,
    loginMessage: "Log in om voortgang vast te leggen.",
    permission: () => "commitment.note",
    version: (input) => input.version ?? null,
    plan: async (_tx, _current, input) => ({
      edits: NO_EDITS,
      status: null,
      deadline: null,
      note: { date: input.date, text: input.text },
      reason: null,
      changes: [{ field: "note", before: null, after: `${input.date}: ${input.text}` }],
    }),
  });
}
