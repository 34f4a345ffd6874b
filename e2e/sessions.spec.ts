// Sessions end when they should: after sign-out, a copy of the session cookie opens nothing.
import { expect, test } from "@playwright/test";
import { createAccount, signIn } from "./support";

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
