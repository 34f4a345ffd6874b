// One address for the register: a page opened on another host name of the server goes to the public one first
// (where sign-in's cookie lives), and the links the API hands out use the public origin, never the listen address.
import { expect, test } from "@playwright/test";
import { createAccount } from "./support";

const PORT = Number(process.env.E2E_PORT ?? 3100);

test("signing in at http://127.0.0.1 lands signed in on the public address", async ({ page }) => {
  const account = createAccount("editor", { ministry: "JenV" });
  await page.goto(`http://127.0.0.1:${PORT}/login?callbackUrl=%2Fprofiel`);
  await expect(page).toHaveURL(`http://localhost:${PORT}/login?callbackUrl=%2Fprofiel`);
  await page.getByLabel("E-mailadres").fill(account.email);
  await page.getByLabel("Wachtwoord").fill(account.password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL(`http://localhost:${PORT}/profiel`);
  await expect(page.getByRole("heading", { name: "Mijn profiel" })).toBeVisible();
  // Opening the other address again is sent over too, and finds the session there.
  await page.goto(`http://127.0.0.1:${PORT}/profiel`);
  await expect(page).toHaveURL(`http://localhost:${PORT}/profiel`);
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
});

test("the API's next link is on the public origin, whichever address was asked", async ({ request }) => {
  const response = await request.get(`http://127.0.0.1:${PORT}/api/v1/commitments?limit=1`);
  expect(response.status()).toBe(200);
  const { next } = (await response.json()) as { next: string };
  expect(next).toMatch(new RegExp(`^http://localhost:${PORT}/api/v1/commitments\\?limit=1&cursor=`));
  const second = await request.get(next);
  expect(second.status()).toBe(200);
});
