// Personal API tokens and user administration: what an admin, a token holder and an auditor would notice.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { verifyPassword } from "@/lib/auth/passwords";
import { createApiToken, listApiTokens, revokeApiToken, userForApiToken } from "@/lib/data/api-tokens";
import { createUser, updateUser } from "@/lib/data/user-admin";
import { findUserForPasswordSignIn, getActiveUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import {
  auditEventsAfter,
  callApi,
  databaseForBlock,
  freshCommitment,
  makeCast,
  makeUser,
  registerSnapshot,
  testDatabaseKinds,
  transitionBody,
  useManagementDatabase,
  versionOf,
  type Cast,
} from "../../support/management-fixtures";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

async function tokenRow(userId: string) {
  const rows = await db().$queryRawUnsafe<Array<Record<string, unknown>>>(
    `SELECT * FROM api_token WHERE user_id = $1 ORDER BY created_at DESC, id DESC`,
    userId,
  );
  return rows;
}

async function lastUsed(tokenHash: string): Promise<Date | null> {
  const row = await db().apiToken.findUniqueOrThrow({ where: { tokenHash }, select: { lastUsedAt: true } });
  return row.lastUsedAt;
}

describe.each(testDatabaseKinds)("API tokens and user administration on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useManagementDatabase(kind));
  let cast: Cast;
  let admin: CurrentUser;

  beforeAll(async () => {
    cast = await makeCast();
    admin = cast.admin.user!;
  });

  describe("API tokens", () => {
    it("need a name of 3 to 60 plain characters, unique among the owner's active tokens; a refused one writes nothing", async () => {
      const user = await makeUser("editor", "JenV", "token-names");
      const before = await registerSnapshot();
      const refusal = (raw: unknown) =>
        createApiToken(user, raw).then(
          () => "aangemaakt",
          (error: Error & { errors?: Record<string, string[]> }) => error.errors?.name?.[0] ?? error.message,
        );
      expect(await refusal("ab")).toBe("Een naam heeft minstens 3 tekens.");
      expect(await refusal("x".repeat(61))).toBe("Een naam heeft hoogstens 60 tekens.");
      expect(await refusal("nacht\u0007export")).toContain("is niet toegestaan");
      expect(await refusal(undefined)).toBe("Geef het token een naam.");
      expect((await registerSnapshot()).lastAuditId).toBe(before.lastAuditId);
      expect(await tokenRow(user.id)).toHaveLength(0);

      await createApiToken(user, "  Nachtelijke export ");
      expect(await refusal("nachtelijke EXPORT")).toBe('U heeft al een actief token met de naam "nachtelijke EXPORT". Kies een andere naam.');
      expect((await tokenRow(user.id)).map((r) => r.name)).toEqual(["Nachtelijke export"]);
    });

    it("are shown once, at creation, and stored only as their SHA-256 (hex)", async () => {
      const user = await makeUser("editor", "JenV", "token-holder");
      const lastId = (await registerSnapshot()).lastAuditId;
      const { token } = await createApiToken(user, "Koppeling met het archief");
      expect(token).toMatch(/^tzr_[A-Za-z0-9_-]{43}$/);

      const rows = await tokenRow(user.id);
      expect(rows).toHaveLength(1);
      const row = rows[0]!;
      // no column holds the token itself; the hash is SHA-256 of the whole token, as 64 hex digits
      expect(JSON.stringify(row)).not.toContain(token);
      expect(JSON.stringify(row)).not.toContain(token.slice(4));
      expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.token_hash).toBe(sha256(token));
      // the prefix that identifies it in the list is short: it does not give the secret away
      expect(row.prefix).toBe(token.slice(0, 10));
      expect(row).toMatchObject({ name: "Koppeling met het archief", last_used_at: null, revoked_at: null });

      // the list shows it without the secret or its hash
      const listed = await listApiTokens(user);
      expect(listed).toHaveLength(1);
      expect(Object.keys(listed[0]!).sort()).toEqual(["createdAt", "id", "lastUsedAt", "name", "prefix", "revokedAt"]);
      expect(JSON.stringify(listed)).not.toContain(token.slice(10));

      // one audit event, naming the token and its prefix only
      const events = await auditEventsAfter(lastId);
      expect(events.map((e) => [e.action, e.entityType, e.actorId])).toEqual([["token.created", "api_token", user.id]]);
      expect(events[0]!.changes).toEqual([
        { field: "name", before: null, after: "Koppeling met het archief" },
        { field: "prefix", before: null, after: token.slice(0, 10) },
      ]);
      const [{ hits }] = await db().$queryRawUnsafe<[{ hits: number }]>(
        `SELECT count(*)::int AS hits FROM audit_event WHERE changes::text LIKE '%' || $1 || '%' OR coalesce(reason, '') LIKE '%' || $1 || '%'`,
        token.slice(10),
      );
      expect(hits).toBe(0);
    });

    it("authenticate API writes as their owner and record when they were last used", async () => {
      const user = await makeUser("coordinator", null, "token-user");
      const { token } = await createApiToken(user, "script");
      const hash = sha256(token);
      expect(await lastUsed(hash)).toBeNull();
      const number = await freshCommitment(cast.coordinator.user!);
      const startedAt = Date.now();
      const answer = await callApi("edit", { token, number, body: { title: "Bijgewerkt via een token", version: await versionOf(number) } });
      expect(answer.status).toBe(200);
      const first = await lastUsed(hash);
      expect(first).not.toBeNull();
      expect(first!.getTime()).toBeGreaterThanOrEqual(startedAt - 1000);
      expect(first!.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
      // the edit is the token owner's
      const [event] = await db().auditEvent.findMany({ where: { entityId: number, action: "commitment.updated" } });
      expect(event).toMatchObject({ actorId: user.id, actorName: user.name });
      // a later use moves it on
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await userForApiToken(token)).toMatchObject({ id: user.id, role: "coordinator" });
      expect((await lastUsed(hash))!.getTime()).toBeGreaterThan(first!.getTime());
    });

    it("are refused (401) once revoked, and only their owner can revoke them", async () => {
      const owner = await makeUser("coordinator", null, "revoker");
      const other = await makeUser("coordinator", null, "someone-else");
      const { token } = await createApiToken(owner, "te intrekken");
      const hash = sha256(token);
      const id = (await db().apiToken.findUniqueOrThrow({ where: { tokenHash: hash } })).id;
      const number = await freshCommitment(cast.coordinator.user!);
      expect((await callApi("edit", { token, number, body: { title: "Voor het intrekken", version: await versionOf(number) } })).status).toBe(200);
      const usedAt = await lastUsed(hash);

      expect(await revokeApiToken(other, id)).toBe(false);
      expect((await db().apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
      expect(await revokeApiToken(owner, id)).toBe(true);
      expect(await revokeApiToken(owner, id)).toBe(false); // already revoked: no second event

      const before = await registerSnapshot(number);
      for (const route of ["edit", "status", "deadline", "notes"] as const) {
        const answer = await callApi(route, {
          token,
          number,
          body: route === "notes" ? { date: "2025-02-01", text: "Na het intrekken." } : { title: "Na het intrekken", version: 2 },
        });
        expect(answer.status, route).toBe(401);
        expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer /);
        expect(answer.body.detail).toMatch(/Log in/);
      }
      expect((await callApi("create", { token, body: {} })).status).toBe(401);
      expect(await userForApiToken(token)).toBeNull();
      expect(await registerSnapshot(number)).toEqual(before);
      // a refused token is not "used"
      expect(await lastUsed(hash)).toEqual(usedAt);
      expect(await db().auditEvent.count({ where: { action: "token.revoked", entityId: id } })).toBe(1);
    });

    it("of a disabled account are refused (401) until it is enabled again", async () => {
      const user = await makeUser("editor", "JenV", "disabled-later");
      const { token } = await createApiToken(user, "werkt tot uitschakelen");
      const hash = sha256(token);
      const number = await freshCommitment(cast.coordinator.user!);
      expect((await callApi("notes", { token, number, body: { date: "2025-03-01", text: "Voor het uitschakelen." } })).status).toBe(200);
      const usedAt = await lastUsed(hash);

      expect(await updateUser(admin, user.id, { role: "editor", ministry: "JenV", disabled: true })).toMatchObject({ ok: true });
      const before = await registerSnapshot(number);
      const answer = await callApi("notes", { token, number, body: { date: "2025-03-02", text: "Na het uitschakelen." } });
      expect(answer.status).toBe(401);
      expect(await getActiveUser(user.id)).toBeNull();
      expect(await registerSnapshot(number)).toEqual(before);
      expect(await lastUsed(hash)).toEqual(usedAt);

      expect(await updateUser(admin, user.id, { role: "editor", ministry: "JenV", disabled: false })).toMatchObject({ ok: true });
      expect((await callApi("notes", { token, number, body: { date: "2025-03-03", text: "Weer ingeschakeld." } })).status).toBe(200);
    });

    it("carry the account's current role: a promotion takes effect at the next request", async () => {
      const user = await makeUser("editor", "JenV", "promoted");
      const { token } = await createApiToken(user, "rol volgt account");
      const number = await freshCommitment(cast.coordinator.user!);
      const fulfil = async () => callApi("status", { token, number, body: transitionBody("fulfilled", await versionOf(number)) });
      expect((await fulfil()).status).toBe(403);
      expect(await updateUser(admin, user.id, { role: "coordinator", ministry: null, disabled: false })).toMatchObject({ ok: true });
      expect((await fulfil()).status).toBe(200);
    });
  });

  describe("user administration", () => {
    const valid = { email: "nieuwe.redacteur@example.nl", name: "Nieuwe Redacteur", role: "editor", ministry: "JenV" };

    it.each([
      ["the same email address", { email: "Nieuwe.Redacteur@Example.NL " }, "email"],
      ["an editor without a ministry", { email: "zonder.ministerie@example.nl", ministry: null }, "ministry"],
      ["an editor with an empty ministry", { email: "leeg.ministerie@example.nl", ministry: "" }, "ministry"],
      ["an unknown ministry", { email: "onbekend@example.nl", ministry: "XYZ" }, "ministry"],
      ["a password of 11 characters", { email: "kort.wachtwoord@example.nl", password: "elf-tekens!" }, "password"],
      ["an invalid email address", { email: "geen-adres" }, "email"],
      ["an unknown role", { email: "superuser@example.nl", role: "superuser" }, "role"],
      ["a name of one letter", { email: "een.letter@example.nl", name: "X" }, "name"],
    ])("createUser refuses %s (400 on that field) and writes nothing", async (_label, change, field) => {
      // the first account with this address exists (made once, by the first case)
      if (!(await db().user.findUnique({ where: { email: valid.email } }))) expect(await createUser(admin, valid)).toMatchObject({ ok: true });
      const before = await registerSnapshot();
      const result = await createUser(admin, { ...valid, ...change });
      expect(result).toMatchObject({ ok: false, status: 400 });
      expect(Object.keys((result as { errors: Record<string, string[]> }).errors)).toContain(field);
      expect(await registerSnapshot()).toEqual(before);
    });

    it("two admins adding the same address at the same moment: one account, and a 400 (not an exception) for the other", async () => {
      const email = "gelijktijdig@example.nl";
      const settled = await Promise.allSettled([
        createUser(admin, { ...valid, email }),
        createUser(cast.admin.user!, { ...valid, email: email.toUpperCase() }),
      ]);
      expect(settled.map((s) => (s.status === "fulfilled" ? "fulfilled" : `rejected: ${String(s.reason).split("\n").filter(Boolean).pop()}`))).toEqual([
        "fulfilled",
        "fulfilled",
      ]);
      const results = settled.map((s) => (s.status === "fulfilled" ? s.value : null));
      expect(results.filter((r) => r?.ok)).toHaveLength(1);
      expect(results.filter((r) => r && !r.ok && r.status === 400)).toHaveLength(1);
      expect(await db().user.count({ where: { email } })).toBe(1);
      expect(await db().auditEvent.count({ where: { action: "user.created", changes: { array_contains: [{ field: "email", after: email }] } } })).toBe(1);
    });

    it("createUser is for admins only: a coordinator or an editor is refused (403) and nothing is written", async () => {
      const before = await registerSnapshot();
      for (const by of [cast.coordinator.user!, cast.editorJenV.user!]) {
        expect(await createUser(by, { ...valid, email: `door-${by.role}@example.nl` })).toMatchObject({ ok: false, status: 403 });
      }
      expect(await registerSnapshot()).toEqual(before);
    });

    it("no password hash (nor the password) ever appears in the audit trail", async () => {
      const password = "een-lang-en-geheim-wachtwoord";
      const lastId = (await registerSnapshot()).lastAuditId;
      const created = await createUser(admin, { email: "met.wachtwoord@example.nl", name: "Met Wachtwoord", role: "coordinator", password });
      expect(created).toMatchObject({ ok: true });
      const id = (created as { value: { id: string } }).value.id;
      expect(await updateUser(admin, id, { role: "editor", ministry: "BZK", disabled: false })).toMatchObject({ ok: true });
      const [{ password_hash: hash }] = await db().$queryRawUnsafe<[{ password_hash: string }]>(`SELECT password_hash FROM app_user WHERE id = $1`, id);
      expect(hash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(hash, password)).toBe(true);
      // the audit trail, all of it
      const events = await db().$queryRawUnsafe<Array<{ text: string }>>(`SELECT row_to_json(a)::text AS text FROM audit_event a`);
      for (const { text } of events) {
        expect(text).not.toContain(hash);
        expect(text).not.toContain(hash.split("$").pop()!);
        expect(text).not.toContain("$argon2");
        expect(text).not.toContain(password);
      }
      const mine = await auditEventsAfter(lastId);
      expect(mine.map((e) => e.action)).toEqual(["user.created", "user.updated"]);
      expect(mine[0]!.changes.map((c) => c.field)).toEqual(["email", "role", "ministry"]);
      // and the data layer does not hand the hash out unless asked for sign-in
      expect(JSON.stringify(await getActiveUser(id))).not.toContain("argon2");
      expect(JSON.stringify(await db().user.findUnique({ where: { id } }))).not.toContain("argon2");
      expect((await findUserForPasswordSignIn("Met.Wachtwoord@example.nl"))?.passwordHash).toBe(hash);
    });

    it("updateUser by an admin writes one audit event with the changed fields; an unchanged update writes none", async () => {
      const user = await makeUser("editor", "JenV", "to-update");
      const lastId = (await registerSnapshot()).lastAuditId;
      expect(await updateUser(admin, user.id, { role: "coordinator", ministry: "", disabled: "on" })).toMatchObject({ ok: true });
      const events = await auditEventsAfter(lastId);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ action: "user.updated", entityType: "user", entityId: user.id, actorId: admin.id });
      expect(events[0]!.changes).toEqual([
        { field: "role", before: "editor", after: "coordinator" },
        { field: "ministry", before: "JenV", after: null },
        { field: "disabled", before: false, after: true },
      ]);
      const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, include: { ministry: true } });
      expect({ role: row.role, ministry: row.ministry, disabled: row.disabled }).toEqual({ role: "coordinator", ministry: null, disabled: true });

      const before = await registerSnapshot();
      expect(await updateUser(admin, user.id, { role: "coordinator", ministry: null, disabled: true })).toMatchObject({ ok: true, unchanged: true });
      expect(await registerSnapshot()).toEqual(before);
    });

    it("updateUser by anyone but an admin is refused and changes nothing", async () => {
      const user = await makeUser("editor", "JenV", "not-updated");
      const before = await registerSnapshot();
      expect(await updateUser(null, user.id, { role: "admin", ministry: null, disabled: false })).toMatchObject({ ok: false, status: 401 });
      expect(await updateUser(cast.coordinator.user, user.id, { role: "admin", ministry: null, disabled: false })).toMatchObject({ ok: false, status: 403 });
      expect(await updateUser(cast.editorJenV.user, cast.editorJenV.user!.id, { role: "admin", ministry: null, disabled: false })).toMatchObject({
        ok: false,
        status: 403,
      });
      expect(await registerSnapshot()).toEqual(before);
    });

    it("an admin cannot demote or disable themselves; another admin can", async () => {
      const self = await makeUser("admin", null, "self-admin");
      const before = await registerSnapshot();
      for (const change of [
        { role: "coordinator", ministry: null, disabled: false },
        { role: "editor", ministry: "JenV", disabled: false },
        { role: "admin", ministry: null, disabled: true },
      ]) {
        const result = await updateUser(self, self.id, change);
        expect(result, JSON.stringify(change)).toMatchObject({ ok: false, status: 400 });
        expect((result as { errors: Record<string, string[]> }).errors.role?.[0]).toMatch(/eigen beheerdersrechten/);
      }
      expect(await registerSnapshot()).toEqual(before);
      expect(await getActiveUser(self.id)).toMatchObject({ role: "admin" });
      // a harmless change to their own account is fine
      expect(await updateUser(self, self.id, { role: "admin", ministry: "AZ", disabled: false })).toMatchObject({ ok: true });
      // and another admin may demote them
      expect(await updateUser(admin, self.id, { role: "coordinator", ministry: null, disabled: false })).toMatchObject({ ok: true });
      expect(await getActiveUser(self.id)).toMatchObject({ role: "coordinator" });
    });
  });
});
