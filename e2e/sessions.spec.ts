// Sessions end when they should: after sign-out, a password change or disabling, a copy of the session cookie
// opens nothing.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { createAccount, signedInAs, signIn } from "./support";

test("a copied session cookie no longer opens /profiel or /api/auth/session after sign-out", async ({ page, browser }) => {
  const account = createAccount("coordinator");
  await signIn(page, account);
  const copied = await page.context().cookies();
  expect(copied.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);

  // Before sign-out the copy works in another browser.
  const other = await browser.newContext();
  await other.addCookies(copied);
  const otherPage = await other.newPage();
  await otherPage.goto("/profiel");
  await expect(otherPage.getByRole("heading", { name: "Mijn profiel" })).toBeVisible();

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/toezeggingen/);
  await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/profiel");
  await expect(thiefPage).toHaveURL(/\/login\?callbackUrl=%2Fprofiel/);
  const session = await thiefPage.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  // The browser that had the copy open is signed out too (sign-out ends the account's sessions everywhere).
  await otherPage.goto("/profiel");
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();
  await thief.close();
});

/** A second browser holding a copy of the account's session cookie, as a thief or another device would. */
async function copyOfSession(browser: Browser, page: Page): Promise<Page> {
  const other = await browser.newContext();
  await other.addCookies(await page.context().cookies());
  const otherPage = await other.newPage();
  await otherPage.goto("/profiel");
  await expect(otherPage.getByRole("heading", { name: "Mijn profiel" })).toBeVisible();
  return otherPage;
}

test("a password change ends the account's other sessions at once; this one goes on", async ({ page, browser }) => {
  const account = createAccount("editor", { ministry: "JenV" });
  await signIn(page, account);
  const copy = await copyOfSession(browser, page);

  await page.goto("/profiel");
  await page.getByLabel("Huidig wachtwoord").fill(account.password);
  await page.getByRole("textbox", { name: "Nieuw wachtwoord", exact: true }).fill("een-nieuw-en-lang-wachtwoord-2026");
  await page.getByLabel("Nieuw wachtwoord nog een keer").fill("een-nieuw-en-lang-wachtwoord-2026");
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw wachtwoord is gewijzigd." })).toBeVisible();

  await copy.goto("/profiel");
  await expect(copy).toHaveURL(/\/login\?callbackUrl=%2Fprofiel/);
  expect(await (await copy.request.get("/api/auth/session")).json()).toEqual({});
  await page.goto("/profiel");
  await expect(page.getByRole("heading", { name: "Mijn profiel" })).toBeVisible();
  await copy.context().close();
});

test("disabling an account ends its sessions at once", async ({ page, browser }) => {
  const account = createAccount("editor", { ministry: "JenV" });
  await signIn(page, account);
  const admin = await browser.newContext({ storageState: signedInAs("admin") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/beheer/gebruikers");
  const row = adminPage.getByRole("row").filter({ has: adminPage.getByRole("rowheader", { name: account.email, exact: true }) });
  await row.getByRole("button", { name: `Wijzigen (${account.email})` }).click();
  const change = adminPage.getByRole("group", { name: `Account van ${account.email} wijzigen` });
  await change.getByLabel(/Account uitgeschakeld/).check();
  await change.getByRole("button", { name: "Opslaan" }).click();
  await expect(row).toContainText("Uitgeschakeld");

  await page.goto("/profiel");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fprofiel/);
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
  await admin.close();
});
