// Passwords: change one's own (current one required), an admin's one-time link, "wachtwoord vergeten" by mail.
// Every new password ends the account's other sessions; links are single-use, time-limited and stored hashed.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/data/errors";
import {
  changeOwnPassword,
  issuePasswordReset,
  MAILED_LINKS_PER_HOUR,
  requestPasswordReset,
  resetLinkUsable,
  resetPasswordWithLink,
} from "@/lib/data/passwords";
import { createUser } from "@/lib/data/user-admin";
import { getActiveUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { copyOf, readSession, signInWithPassword, type CookieJar } from "../../support/auth-flow";
import { databaseForBlock, makeUser, testDatabaseKinds, useManagementDatabase } from "../../support/management-fixtures";

const ORIGIN = "https://toezeggingen.example.nl";
let counter = 0;

async function account() {
  counter += 1;
  const email = `wachtwoord-${counter}-${process.pid}@example.nl`;
  const password = `mijn oude wachtzin nummer ${counter}`;
  const created = await createUser("system", { email, name: `Wachtwoord ${counter}`, role: "coordinator", ministry: null, password });
  if (!created.ok) throw new Error(created.message);
  return { id: created.value.id, email, password, user: (await getActiveUser(created.value.id))! };
}

async function signedIn(email: string, password: string): Promise<CookieJar> {
  const jar: CookieJar = new Map();
  expect((await signInWithPassword(jar, email, password)).ok).toBe(true);
  return jar;
}

async function failure(work: Promise<unknown>): Promise<{ message: string; errors?: Record<string, string[]> }> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return { message: (error as AppError).message, errors: (error as AppError).errors };
}

const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;

describe.each(testDatabaseKinds)("passwords on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useManagementDatabase(kind));
  let admin: CurrentUser;
  beforeAll(async () => {
    admin = await makeUser("admin", null);
  });

  describe("changing one's own password", () => {
    it("needs the current password, and then signs in with the new one only", async () => {
      const a = await account();
      const wrong = await failure(
        changeOwnPassword(a.user, { current: "niet mijn wachtwoord", password: "een gloednieuwe wachtzin", repeat: "een gloednieuwe wachtzin" }),
      );
      expect(wrong.errors?.current).toEqual(["Dit is niet uw huidige wachtwoord."]);
      await changeOwnPassword(a.user, { current: a.password, password: "een gloednieuwe wachtzin", repeat: "een gloednieuwe wachtzin" });
      expect((await signInWithPassword(new Map(), a.email, a.password)).ok).toBe(false);
      expect((await signInWithPassword(new Map(), a.email, "een gloednieuwe wachtzin")).ok).toBe(true);
    });

    it("refuses short, common, mistyped and unchanged passwords with a message naming the problem", async () => {
      const a = await account();
      const cases: Array<[Record<string, string>, string, RegExp]> = [
        [{ password: "elf tekens!", repeat: "elf tekens!" }, "password", /minstens 12 tekens/],
        [{ password: "qwerty123456", repeat: "qwerty123456" }, "password", /veel gebruikt/],
        [{ password: "een gloednieuwe wachtzin", repeat: "een gloednieuwe wachtzin." }, "repeat", /niet gelijk/],
        [{ password: a.password, repeat: a.password }, "password", /hetzelfde als het huidige/],
        [{ password: a.email, repeat: a.email }, "password", /e-mailadres/],
      ];
      for (const [input, field, message] of cases) {
        const refused = await failure(changeOwnPassword(a.user, { current: a.password, ...input }));
        expect(refused.errors?.[field]?.join(" "), JSON.stringify(input)).toMatch(message);
      }
      // Nothing changed: the old password still works.
      expect((await signInWithPassword(new Map(), a.email, a.password)).ok).toBe(true);
    });

    it("ends the account's other sessions; the returned generation keeps the changing one going", async () => {
      const a = await account();
      const laptop = await signedIn(a.email, a.password);
      const phone = copyOf(laptop);
      const { generation } = await changeOwnPassword(a.user, { current: a.password, password: "een gloednieuwe wachtzin", repeat: "een gloednieuwe wachtzin" });
      expect(await readSession(phone)).toBeNull();
      expect(await readSession(laptop)).toBeNull();
      const row = await db().user.findUniqueOrThrow({ where: { id: a.id }, select: { sessionGeneration: true } });
      expect(row.sessionGeneration).toBe(generation);
    });
  });

  describe("a one-time link from an admin", () => {
    it("is only for admins, works once, ends the sessions and is stored only as its SHA-256", async () => {
      const a = await account();
      const editor = await makeUser("editor", "JenV");
      expect((await failure(issuePasswordReset(editor, a.id, ORIGIN))).message).toMatch(/beheerder|recht/i);
      const browser = await signedIn(a.email, a.password);
      const { link, expiresAt } = await issuePasswordReset(admin, a.id, ORIGIN);
      expect(link.startsWith(`${ORIGIN}/wachtwoord-herstellen?token=`)).toBe(true);
      expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
      const token = tokenOf(link);
      const stored = await db().passwordReset.findMany({ where: { userId: a.id } });
      expect(stored.map((r) => r.tokenHash)).toEqual([createHash("sha256").update(token).digest("hex")]);
      expect(JSON.stringify(stored)).not.toContain(token);

      expect(await resetLinkUsable(token)).toBe(true);
      await resetPasswordWithLink({ token, password: "door de beheerder hersteld", repeat: "door de beheerder hersteld" });
      expect(await readSession(browser)).toBeNull();
      expect((await signInWithPassword(new Map(), a.email, "door de beheerder hersteld")).ok).toBe(true);
      expect(await resetLinkUsable(token)).toBe(false);
      const again = await failure(resetPasswordWithLink({ token, password: "nog een keer proberen", repeat: "nog een keer proberen" }));
      expect(again.message).toMatch(/niet meer geldig/);
      expect((await signInWithPassword(new Map(), a.email, "door de beheerder hersteld")).ok).toBe(true);
    });

    it("two submits of one link at once set the password once", async () => {
      const a = await account();
      const token = tokenOf((await issuePasswordReset(admin, a.id, ORIGIN)).link);
      const results = await Promise.allSettled([
        resetPasswordWithLink({ token, password: "eerste nieuwe wachtzin", repeat: "eerste nieuwe wachtzin" }),
        resetPasswordWithLink({ token, password: "tweede nieuwe wachtzin", repeat: "tweede nieuwe wachtzin" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    });
  });

  describe("wachtwoord vergeten", () => {
    it("mails a link that works for an hour, and answers the same for an unknown address", async () => {
      const a = await account();
      const sent: Array<{ to: string; link: string; minutes: number }> = [];
      const deliver = async (mail: { to: string; link: string; minutes: number }) => void sent.push(mail);
      await expect(requestPasswordReset({ email: "niemand-hier@example.nl" }, ORIGIN, deliver)).resolves.toBeUndefined();
      expect(sent).toEqual([]);
      await expect(requestPasswordReset({ email: a.email.toUpperCase() }, ORIGIN, deliver)).resolves.toBeUndefined();
      await new Promise((r) => setImmediate(r));
      expect(sent.map((m) => [m.to, m.minutes])).toEqual([[a.email, 60]]);
      const token = tokenOf(sent[0]!.link);

      // Past its hour the link opens nothing.
      const later = new Date(Date.now() + 61 * 60_000);
      expect(await resetLinkUsable(token, later)).toBe(false);
      expect(
        (await failure(resetPasswordWithLink({ token, password: "te laat gekozen wachtzin", repeat: "te laat gekozen wachtzin" }, later))).message,
      ).toMatch(/niet meer geldig/);
      await resetPasswordWithLink({ token, password: "op tijd gekozen wachtzin", repeat: "op tijd gekozen wachtzin" });
      expect((await signInWithPassword(new Map(), a.email, "op tijd gekozen wachtzin")).ok).toBe(true);
    });

    it(`sends at most ${MAILED_LINKS_PER_HOUR} links an hour to one account, and none to a disabled one`, async () => {
      const a = await account();
      const sent: string[] = [];
      for (let i = 0; i < MAILED_LINKS_PER_HOUR + 2; i++) await requestPasswordReset({ email: a.email }, ORIGIN, async (m) => void sent.push(m.link));
      await new Promise((r) => setImmediate(r));
      expect(sent).toHaveLength(MAILED_LINKS_PER_HOUR);
      const b = await account();
      await db().user.update({ where: { id: b.id }, data: { disabled: true } });
      await requestPasswordReset({ email: b.email }, ORIGIN, async (m) => void sent.push(m.link));
      await new Promise((r) => setImmediate(r));
      expect(sent).toHaveLength(MAILED_LINKS_PER_HOUR);
    });

    it("a new password through a link lifts the sign-in lock on the account", async () => {
      const a = await account();
      for (let i = 0; i < 5; i++) await signInWithPassword(new Map(), a.email, "fout geraden wachtwoord");
      expect((await signInWithPassword(new Map(), a.email, a.password)).error).toMatch(/Te veel mislukte pogingen/);
      const token = tokenOf((await issuePasswordReset(admin, a.id, ORIGIN)).link);
      await resetPasswordWithLink({ token, password: "na de blokkade gekozen", repeat: "na de blokkade gekozen" });
      expect((await signInWithPassword(new Map(), a.email, "na de blokkade gekozen")).ok).toBe(true);
    });
  });
});
