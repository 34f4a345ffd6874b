// Who may do what, cell by cell: every role against every mutation, through the data layer (what the server
// actions call) and through the API route (the HTTP status a client sees). A refused cell must change nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { settle } from "@/lib/data/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decide } from "@/lib/auth/permissions";
import { createApiToken, revokeApiToken } from "@/lib/data/api-tokens";
import { createCommitment } from "@/lib/data/commitment-create";
import { resetCommitmentDeadline } from "@/lib/data/commitment-changes";
import { changeCommitmentStatus } from "@/lib/data/commitment-changes";
import { updateCommitment } from "@/lib/data/commitment-changes";
import type { MutationResult } from "@/lib/data/mutation-result";
import type { Settled } from "@/lib/data/errors";
import { addProgressNote } from "@/lib/data/commitment-changes";
import { createUser, updateUser } from "@/lib/data/user-admin";
import { db } from "@/lib/db";
import {
  auditEventsAfter,
  callApi,
  commitmentRow,
  databaseForBlock,
  editPayload,
  freshCommitment,
  makeCast,
  makeUser,
  newCommitmentInput,
  registerSnapshot,
  testDatabaseKinds,
  transitionBody,
  useManagementDatabase,
  versionOf,
  withUnknownRole,
  type ApiCall,
  type Cast,
  type RegisterSnapshot,
  type Status,
  type WriteRoute,
} from "../../support/management-fixtures";

type ActorKey = "anonymous" | "superuser" | "revokedToken" | "disabledUserToken" | "editorJenV" | "editorBZK" | "coordinator" | "admin";
type ActionKey = "create" | "edit" | "note" | "progress" | "fulfil" | "lapse" | "withdraw" | "reopen" | "deadline" | "user.create" | "user.update" | "token";

const ACTOR_LABELS: Record<ActorKey, string> = {
  anonymous: "anonymous",
  superuser: 'unknown role "superuser"',
  revokedToken: "revoked token",
  disabledUserToken: "disabled user's token",
  editorJenV: "editor JenV (own ministry)",
  editorBZK: "editor BZK (other ministry)",
  coordinator: "coordinator",
  admin: "admin",
};

const COMMITMENT_ACTIONS: ActionKey[] = ["create", "edit", "note", "progress", "fulfil", "lapse", "withdraw", "reopen", "deadline"];
const EDITOR_ACTIONS = new Set<ActionKey>(["create", "edit", "note", "progress"]);

/** The expected outcome of a cell, from the rules as the brief states them (not from lib/auth/permissions). */
function expectedStatus(actor: ActorKey, action: ActionKey): "ok" | 401 | 403 {
  if (actor === "anonymous" || actor === "revokedToken" || actor === "disabledUserToken") return 401;
  if (actor === "superuser") return 403;
  if (action === "token") return "ok";
  if (action === "user.create" || action === "user.update") return actor === "admin" ? "ok" : 403;
  if (actor === "coordinator" || actor === "admin") return "ok";
  if (actor === "editorBZK") return 403; // everything here concerns a JenV commitment
  return EDITOR_ACTIONS.has(action) ? "ok" : 403;
}

/** The status a commitment must have for the action to be a valid request (so that only authorization decides). */
const START_STATUS: Partial<Record<ActionKey, Status>> = {
  edit: "open",
  note: "open",
  progress: "open",
  fulfil: "open",
  lapse: "open",
  withdraw: "open",
  reopen: "fulfilled",
  deadline: "open",
};

const TARGET_STATUS: Partial<Record<ActionKey, Status>> = {
  progress: "partially_fulfilled",
  fulfil: "fulfilled",
  lapse: "lapsed",
  withdraw: "withdrawn",
  reopen: "open",
};

const ROUTES: Partial<Record<ActionKey, WriteRoute>> = {
  create: "create",
  edit: "edit",
  note: "notes",
  progress: "status",
  fulfil: "status",
  lapse: "status",
  withdraw: "status",
  reopen: "status",
  deadline: "deadline",
};

const NEW_TITLE = "Kamer informeren over de aanpak van ondermijning (bijgewerkt)";
const NEW_DEADLINE = "uiterlijk in 2090";
const NOTE = { date: "2025-01-15", text: "Eerste gesprekken met de politie zijn gevoerd." };

let emailCounter = 0;

/** The request body of an action on `number` (create ignores the number). */
async function bodyFor(action: ActionKey, number: string): Promise<Record<string, unknown>> {
  const target = TARGET_STATUS[action];
  if (target) return transitionBody(target, await versionOf(number));
  switch (action) {
    case "create":
      return newCommitmentInput({ ministry: "JenV" });
    case "edit":
      return { title: NEW_TITLE, version: await versionOf(number) };
    case "note":
      return NOTE;
    case "deadline":
      return { deadlinePhrase: NEW_DEADLINE, reason: "De wetgevingsplanning is door de Raad van State vertraagd.", version: await versionOf(number) };
    default:
      throw new Error(`no body for ${action}`);
  }
}

/** Runs an action through the data layer, as the server action would. */
async function runData(action: ActionKey, user: CurrentUser | null, number: string, targetUserId: string): Promise<MutationResult<unknown> | Settled<unknown>> {
  switch (action) {
    case "create":
      return settle(createCommitment(user, await bodyFor("create", number)));
    case "edit":
      return settle(updateCommitment(user, number, await editPayload(number, { title: NEW_TITLE })));
    case "note":
      return settle(addProgressNote(user, number, NOTE));
    case "progress":
    case "fulfil":
    case "lapse":
    case "withdraw":
    case "reopen":
      return settle(changeCommitmentStatus(user, number, await bodyFor(action, number)));
    case "deadline":
      return settle(resetCommitmentDeadline(user, number, await bodyFor("deadline", number)));
    case "user.create":
      emailCounter += 1;
      return createUser(user as CurrentUser, {
        email: `nieuw-${emailCounter}-${process.pid}@example.nl`,
        name: "Nieuwe Redacteur",
        role: "editor",
        ministry: "JenV",
      });
    case "user.update":
      return updateUser(user, targetUserId, { role: "coordinator", ministry: null, disabled: false });
    case "token": {
      // The profile page's server action asks decide() before it calls createApiToken.
      if (!user) {
        const decision = decide(null, "token.manage_own");
        return decision.allowed ? { ok: true, value: null } : { ok: false, status: decision.status, message: decision.message };
      }
      const decision = decide({ id: user.id, role: user.role, ministryCode: user.ministryCode }, "token.manage_own");
      if (!decision.allowed) return { ok: false, status: decision.status, message: decision.message };
      const { token } = await createApiToken(user, `token ${Math.random()}`);
      return { ok: true, value: { token } };
    }
  }
}

describe.each(testDatabaseKinds)("authorization matrix on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useManagementDatabase(kind));
  let cast: Cast;
  let superuser: CurrentUser;
  let revokedToken: string;
  let disabledUserToken: string;
  /** a commitment per starting status for refused cells: a refusal changes nothing, so they can share it */
  const shared: Partial<Record<Status, string>> = {};
  /** an account whose role user.update cells try to change */
  let targetUserId: string;

  beforeAll(async () => {
    cast = await makeCast();
    superuser = withUnknownRole(cast.coordinator.user!);
    // A coordinator's token, revoked: were it still honoured, every cell would succeed.
    const revokedOwner = await makeUser("coordinator", null, "revoked-owner");
    revokedToken = (await createApiToken(revokedOwner, "revoked")).token;
    const tokenRow = await db().apiToken.findFirstOrThrow({ where: { userId: revokedOwner.id } });
    expect(await revokeApiToken(revokedOwner, tokenRow.id)).toBe(true);
    // A coordinator who is then disabled (by an admin), with a token made while active.
    const disabled = await makeUser("coordinator", null, "disabled-owner");
    disabledUserToken = (await createApiToken(disabled, "disabled")).token;
    const disabling = await updateUser(cast.admin.user, disabled.id, { role: "coordinator", ministry: null, disabled: true });
    expect(disabling).toMatchObject({ ok: true });
    targetUserId = (await makeUser("editor", "JenV", "target")).id;
    for (const status of ["open", "fulfilled"] as const) shared[status] = await freshCommitment(cast.coordinator.user!, { status });
  });

  const userOf = (actor: ActorKey): CurrentUser | null => {
    if (actor === "superuser") return superuser;
    if (actor === "anonymous") return null;
    return cast[actor as keyof Cast].user;
  };
  const tokenOf = (actor: ActorKey): string | null => {
    if (actor === "revokedToken") return revokedToken;
    if (actor === "disabledUserToken") return disabledUserToken;
    if (actor === "anonymous") return null;
    return cast[actor as keyof Cast].token;
  };

  /** The commitment a cell works on: a fresh one for allowed cells (they change it), the shared one for refusals. */
  async function commitmentFor(action: ActionKey, allowed: boolean): Promise<string> {
    const start = START_STATUS[action];
    if (!start) return shared.open!;
    return allowed ? freshCommitment(cast.coordinator.user!, { status: start }) : shared[start]!;
  }

  /** What an allowed cell must have done. */
  async function expectDone(action: ActionKey, number: string, before: RegisterSnapshot, createdNumber: string | null, actorId: string | null) {
    const events = await auditEventsAfter(before.lastAuditId);
    const after = await commitmentRow(createdNumber ?? number);
    const target = TARGET_STATUS[action];
    if (action === "create") {
      expect(createdNumber).toMatch(/^TZ-2024-\d{4}$/);
      expect(after).toMatchObject({ ministry: "JenV", status: "open", version: 1, title: "Kamer informeren over de aanpak van ondermijning" });
      expect(events.map((e) => [e.action, e.entityId, e.actorId])).toEqual([["commitment.created", createdNumber, actorId]]);
    } else if (action === "edit") {
      expect(after).toMatchObject({ title: NEW_TITLE, version: (before.commitment!.version as number) + 1 });
      // (only the title is asserted here; what a title-only edit does to the references is tested in audit-randomised)
      expect(events.map((e) => [e.action, e.entityId, e.actorId])).toEqual([["commitment.updated", number, actorId]]);
      expect(events[0]!.changes).toContainEqual({ field: "title", before: before.commitment!.title, after: NEW_TITLE });
    } else if (action === "note") {
      expect(after).toMatchObject({ version: before.commitment!.version, progressNotes: (before.commitment!.progressNotes as number) + 1 });
      expect(events.map((e) => [e.action, e.entityId, e.changes])).toEqual([
        ["commitment.note_added", number, [{ field: "note", before: null, after: `${NOTE.date}: ${NOTE.text}` }]],
      ]);
    } else if (target) {
      expect(after).toMatchObject({ status: target, version: (before.commitment!.version as number) + 1 });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ action: "commitment.status_changed", entityId: number, actorId });
      expect(events[0]!.changes[0]).toEqual({ field: "status", before: START_STATUS[action], after: target });
    } else if (action === "deadline") {
      expect(after).toMatchObject({
        deadlinePhrase: NEW_DEADLINE,
        deadlineLatest: "2090-12-31",
        deadlinePrecision: "year",
        version: (before.commitment!.version as number) + 1,
      });
      expect(events.map((e) => [e.action, e.entityId])).toEqual([["commitment.deadline_reset", number]]);
      expect(events[0]!.changes).toContainEqual({ field: "deadlinePhrase", before: "voor de zomer van 2024", after: NEW_DEADLINE });
    } else if (action === "user.create") {
      expect(events.map((e) => [e.action, e.entityType, e.actorId])).toEqual([["user.created", "user", actorId]]);
    } else if (action === "user.update") {
      expect(events.map((e) => [e.action, e.entityId, e.actorId])).toEqual([["user.updated", targetUserId, actorId]]);
      // put the account back, so the next user.update cell is a change again
      expect(await updateUser(cast.admin.user, targetUserId, { role: "editor", ministry: "JenV", disabled: false })).toMatchObject({ ok: true });
    } else if (action === "token") {
      expect(events.map((e) => [e.action, e.entityType, e.actorId])).toEqual([["token.created", "api_token", actorId]]);
    }
  }

  // ------------------------------------------------------------------------------------------ data layer
  const dataActors: ActorKey[] = ["anonymous", "superuser", "editorJenV", "editorBZK", "coordinator", "admin"];
  const dataActions: ActionKey[] = [...COMMITMENT_ACTIONS, "user.create", "user.update", "token"];
  const dataCells = dataActors.flatMap((actor) => dataActions.map((action) => ({ actor, action, expected: expectedStatus(actor, action) })));

  describe("through the data layer (server actions)", () => {
    it.each(dataCells)(`$actor · $action → $expected`, async ({ actor, action, expected }) => {
      const allowed = expected === "ok";
      const number = await commitmentFor(action, allowed);
      const before = await registerSnapshot(number);
      const result = await runData(action, userOf(actor), number, targetUserId);
      if (allowed) {
        expect(result, `${ACTOR_LABELS[actor]} may ${action}`).toMatchObject({ ok: true });
        expect((result as { unchanged?: boolean }).unchanged ?? false).toBe(false);
        const created = action === "create" ? (result as { value: { number: string } }).value.number : null;
        await expectDone(action, number, before, created, userOf(actor)!.id);
      } else {
        expect(result, `${ACTOR_LABELS[actor]} may not ${action}`).toMatchObject({ ok: false, status: expected });
        expect((result as { message: string }).message.length).toBeGreaterThan(10);
        expect(await registerSnapshot(number)).toEqual(before);
      }
    });

    // createApiToken is what the profile action calls once decide() said yes; it has no check of its own.
    it("createApiToken itself refuses a CurrentUser with an unknown role (fails closed like every other write)", async () => {
      const before = await registerSnapshot();
      let threw = false;
      try {
        await createApiToken(superuser, "superuser token");
      } catch {
        threw = true;
      }
      expect({ threw, snapshot: await registerSnapshot() }).toEqual({ threw: true, snapshot: before });
    });

    it("an editor cannot move their own commitment to another ministry, nor create one there", async () => {
      const editor = cast.editorJenV.user!;
      const before = await registerSnapshot(shared.open!);
      expect(
        await settle(
          updateCommitment(
            editor,
            shared.open!,
            await editPayload(shared.open!, {
              ministry: "BZK",
              ...{ ministerName: "H.G.J. Bruins Slot", ministerFunction: "Minister van Binnenlandse Zaken en Koninkrijksrelaties" },
            }),
          ),
        ),
      ).toMatchObject({ ok: false, status: 403 });
      expect(await settle(createCommitment(editor, newCommitmentInput({ ministry: "BZK" })))).toMatchObject({ ok: false, status: 403 });
      expect(await registerSnapshot(shared.open!)).toEqual(before);
      // …while the BZK editor can create one for BZK: the refusals above are about the ministry, not the role
      const own = await settle(createCommitment(cast.editorBZK.user!, newCommitmentInput({ ministry: "BZK" })));
      expect(own).toMatchObject({ ok: true });
      expect(await commitmentRow((own as { value: { number: string } }).value.number)).toMatchObject({ ministry: "BZK" });
    });
  });

  // ------------------------------------------------------------------------------------------ API
  const apiActors: ActorKey[] = ["anonymous", "revokedToken", "disabledUserToken", "editorJenV", "editorBZK", "coordinator", "admin"];
  const apiCells = apiActors.flatMap((actor) => COMMITMENT_ACTIONS.map((action) => ({ actor, action, expected: expectedStatus(actor, action) })));

  describe("through the API routes (HTTP status)", () => {
    it.each(apiCells)(`$actor · $action → $expected`, async ({ actor, action, expected }) => {
      const allowed = expected === "ok";
      const number = await commitmentFor(action, allowed);
      const before = await registerSnapshot(number);
      const call: ApiCall = { token: tokenOf(actor), number, body: await bodyFor(action, number) };
      const answer = await callApi(ROUTES[action]!, call);
      if (allowed) {
        expect(answer.status, JSON.stringify(answer.body)).toBe(action === "create" ? 201 : 200);
        expect(answer.body).toMatchObject({ unchanged: false });
        const created = action === "create" ? (answer.body.number as string) : null;
        if (created) expect(answer.headers.get("location")).toBe(`/api/v1/commitments/${created}`);
        await expectDone(action, number, before, created, userOf(actor)!.id);
      } else {
        expect(answer.status, JSON.stringify(answer.body)).toBe(expected);
        expect(answer.body).toMatchObject({ status: expected, detail: expect.any(String) });
        if (expected === 401) expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer /);
        expect(await registerSnapshot(number)).toEqual(before);
      }
    });

    it("a malformed or unknown bearer token is no better than none", async () => {
      const number = shared.open!;
      const before = await registerSnapshot(number);
      for (const authorization of [
        "Bearer tzr_nietbestaand",
        "Bearer",
        "Basic dXNlcjpwYXNz",
        `Bearer ${cast.coordinator.token} extra`,
        `bearer  ${"x".repeat(5000)}`,
      ]) {
        const answer = await callApi("edit", { authorization, number, body: { title: NEW_TITLE, version: await versionOf(number) } });
        expect(answer.status, authorization.slice(0, 40)).toBe(401);
      }
      expect(await registerSnapshot(number)).toEqual(before);
    });
  });
});
