// Sessions end when they should: a copied session cookie stops working at sign-out, at a role change and when the
// account is disabled — through next-auth's own handler, as /api/auth/session and every page read it.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createUser, updateUser } from "@/lib/data/user-admin";
import { getActiveUser } from "@/lib/data/users";
import { copyOf, readSession, signInWithPassword, signOut, type CookieJar } from "../../support/auth-flow";
import { databaseForBlock, makeUser, testDatabaseKinds, useManagementDatabase } from "../../support/management-fixtures";

let counter = 0;
async function accountWithPassword(role: "editor" | "coordinator" = "coordinator") {
  counter += 1;
  const email = `sessie-${counter}-${process.pid}@example.nl`;
  const password = `een lange zin als wachtwoord ${counter}`;
  const created = await createUser("system", { email, name: `Sessie ${counter}`, role, ministry: role === "editor" ? "JenV" : null, password });
  if (!created.ok) throw new Error(created.message);
  return { id: created.value.id, email, password };
}

async function signedIn(account: { email: string; password: string }): Promise<CookieJar> {
  const jar: CookieJar = new Map();
  const result = await signInWithPassword(jar, account.email, account.password);
  expect(result).toEqual({ ok: true, error: null });
  return jar;
}

describe.each(testDatabaseKinds)("sessions on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useManagementDatabase(kind));
  let admin: CurrentUser;
  beforeAll(async () => {
    admin = await makeUser("admin", null);
  });

  it("a copied cookie opens the session until sign-out, and not after it", async () => {
    const account = await accountWithPassword();
    const browser = await signedIn(account);
    const copy = copyOf(browser);
    expect((await readSession(copy))?.uid).toBe(account.id);

    await signOut(browser);
    expect(await readSession(browser)).toBeNull();
    expect(await readSession(copy)).toBeNull();
    // The refusal also clears the copied cookie, as a browser holding it would see.
    expect(copy.has("next-auth.session-token")).toBe(false);
  });

  it("signing in again after sign-out works, and an old copy signing out does not end the new session", async () => {
    const account = await accountWithPassword();
    const first = await signedIn(account);
    const oldCopy = copyOf(first);
    await signOut(first);
    const second = await signedIn(account);
    await signOut(oldCopy);
    expect((await readSession(second))?.uid).toBe(account.id);
  });

  it("a role change ends the sessions issued under the old role", async () => {
    const account = await accountWithPassword("coordinator");
    const browser = await signedIn(account);
    const changed = await updateUser(admin, account.id, { role: "editor", ministry: "JenV", disabled: "" });
    expect(changed.ok).toBe(true);
    expect(await readSession(browser)).toBeNull();
    const again = await signedIn(account);
    expect((await readSession(again))?.current?.role).toBe("editor");
  });

  it("disabling an account ends its sessions, and enabling it again does not bring them back", async () => {
    const account = await accountWithPassword("editor");
    const browser = await signedIn(account);
    const copy = copyOf(browser);
    expect((await updateUser(admin, account.id, { role: "editor", ministry: "JenV", disabled: "on" })).ok).toBe(true);
    expect(await readSession(copy)).toBeNull();
    expect(await getActiveUser(account.id)).toBeNull();
    expect((await updateUser(admin, account.id, { role: "editor", ministry: "JenV", disabled: "" })).ok).toBe(true);
    expect(await readSession(browser)).toBeNull();
  });
});
