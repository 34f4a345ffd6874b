import { expect, type Page, test } from "@playwright/test";
import { createAccount, expectNoAxeViolations, screenshot, signIn } from "./support";

test("a coordinator records a commitment and marks another fulfilled; a reader sees both with their history", async ({ page, browser }, testInfo) => {
  const coordinator = createAccount("coordinator", { ministry: "JenV" });
  await signIn(page, coordinator);

  // Create: a fuzzy deadline, resolved live, and two references parsed as typed.
  await page.getByRole("link", { name: "Nieuwe toezegging" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe toezegging" })).toBeVisible();
  await page.getByLabel("Korte titel").fill("Voortgangsrapportage wijkagenten naar de Kamer");
  await page.getByLabel("Letterlijke tekst").fill("Ik zal uw Kamer voor de zomer van 2027 informeren over de bezetting van de wijkagenten per eenheid.");
  await page.getByLabel("Gedaan op").fill("2026-11-20");
  await page.getByLabel("Waar (debat of brief)").fill("Commissiedebat politie, 20 november 2026");
  await page.getByLabel("Bewindspersoon").fill("D. Minister");
  await page.getByLabel("Functie").fill("Minister van Justitie en Veiligheid");
  await page.getByLabel("Ministerie").selectOption("JenV");
  await page.getByLabel("Termijn, zoals toegezegd").fill("voor de zomer van 2027");
  await expect(page.locator("#deadline-preview")).toContainText("2027");
  await page.getByLabel("Verwijzing 1", { exact: true }).fill("Kamerstuk 29 628, nr. 1030");
  await expect(page.getByText("✓ Kamerstuk 29 628, nr. 1030")).toBeVisible();
  await page.getByRole("button", { name: "+ Nog een verwijzing" }).click();
  await page.getByLabel("Verwijzing 2", { exact: true }).fill("Kamerstukken II 2017/18, 34 775-IV, nr. 44");
  await page.getByLabel("Rol van verwijzing 2").selectOption("related");
  await expect(page.getByText("✓ Kamerstuk 34 775-IV, nr. 44")).toBeVisible();
  await screenshot(page, testInfo, "nieuwe-toezegging");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Toezegging vastleggen" }).click();
  await expect(page).toHaveURL(/\/toezeggingen\/TZ-2026-\d{4}\?opgeslagen=1$/);
  const created = page.url().match(/TZ-2026-\d{4}/)![0];
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Voortgangsrapportage wijkagenten naar de Kamer");
  await expect(page.getByRole("link", { name: "Kamerstuk 34 775-IV, nr. 44", exact: true })).toBeVisible();

  // Fulfil another: the Schneiders committee's advice, by citing the letter that fulfils it.
  await page.goto("/toezeggingen/TZ-2021-0010");
  await page.getByRole("link", { name: "Status wijzigen" }).click();
  await page.getByLabel("Nieuwe status").selectOption("fulfilled");
  await page.getByLabel("Kamerstuk dat de toezegging nakomt").fill("Kamerstuk 29 628, nr. 1099");
  await screenshot(page, testInfo, "status-wijzigen");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Status wijzigen" }).click();
  await expect(page).toHaveURL(/TZ-2021-0010\?opgeslagen=1$/);

  // A reader without an account sees both changes and the history (the ministry, not the person).
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/toezeggingen/${created}`);
  await expect(reader.getByRole("blockquote")).toContainText("voor de zomer van 2027");
  await expect(reader.getByRole("region", { name: "Geschiedenis" })).toContainText("Ministerie van Justitie en Veiligheid");
  await expect(reader.getByRole("region", { name: "Geschiedenis" })).not.toContainText(coordinator.name);
  await reader.goto("/toezeggingen/TZ-2021-0010");
  await expect(reader.getByText("Nagekomen", { exact: true })).toBeVisible();
  await expect(reader.getByRole("region", { name: "Kamerstukken" })).toContainText("Kamerstuk 29 628, nr. 1099");
  await expect(reader.getByRole("region", { name: "Geschiedenis" })).toContainText("Status gewijzigd");
  await expect(reader.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
  await screenshot(reader, testInfo, "lezer-na-nakoming");
  await expectNoAxeViolations(reader);
  await reader.close();
});

test("an editor of another ministry is not offered the edit, and the server refuses it", async ({ page, request }) => {
  const editor = createAccount("editor", { ministry: "BZK" });
  await signIn(page, editor);
  await page.goto("/toezeggingen/TZ-2021-0013");
  await expect(page.getByText("U kunt deze toezegging niet wijzigen")).toBeVisible();
  await expect(page.getByRole("link", { name: "Bewerken" })).toHaveCount(0);
  await page.goto("/beheer/toezeggingen/TZ-2021-0013/bewerken");
  await expect(page.getByRole("alert").filter({ hasText: "eigen ministerie" })).toBeVisible();
  await expect(page.getByLabel("Korte titel")).toHaveCount(0);

  // The API refuses it too, with a message saying why.
  await page.goto("/profiel");
  await page.getByLabel("Naam van het nieuwe token").fill("e2e");
  await page.getByRole("button", { name: "Token aanmaken" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  const response = await request.patch("/api/v1/commitments/TZ-2021-0013", {
    headers: { authorization: `Bearer ${token}` },
    data: { title: "Overgenomen door BZK", version: 1 },
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).detail).toContain("eigen ministerie");
  const after = await request.get("/api/v1/commitments/TZ-2021-0013");
  expect((await after.json()).title).not.toBe("Overgenomen door BZK");
});

test("sign-in through the ministry's OpenID Connect provider", async ({ page, browser }) => {
  const account = createAccount("editor", { ministry: "JenV", sso: true });
  await signInWithSso(page, account.email);
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  await expect(page.getByRole("link", { name: account.name })).toBeVisible();

  // An address the register does not know is turned away with a clear message (a fresh browser: the provider
  // would otherwise remember the first sign-in).
  const stranger = await (await browser.newContext()).newPage();
  await signInWithSso(stranger, "onbekend@e2e.example");
  await expect(stranger.getByText("Er is geen actief account voor uw SSO-identiteit")).toBeVisible();
  await expect(stranger.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
});

/** Through oidc-provider's own development login and consent screens. */
async function signInWithSso(page: Page, login: string) {
  await page.goto("/login");
  await page.getByRole("button", { name: "Inloggen met Test-SSO" }).click();
  await page.locator("input[name=login]").fill(login);
  await page.locator("input[name=password]").fill("willekeurig");
  await page.locator("button[type=submit]").click();
  // Still at the provider: its consent screen, with one submit button. Back at the app: done.
  await page.waitForLoadState();
  const appOrigin = new URL(test.info().project.use.baseURL!).origin;
  if (new URL(page.url()).origin !== appOrigin) await page.locator("button[type=submit]").click();
}

test("sign-in is throttled after repeated failures, with a message saying how long", async ({ page }) => {
  const account = createAccount("editor", { ministry: "JenV" });
  for (let i = 0; i < 5; i++) {
    await page.goto("/login");
    await page.getByLabel("E-mailadres").fill(account.email);
    await page.getByLabel("Wachtwoord").fill(`fout-${i}`);
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: /klopt niet|Te veel/ })).toBeVisible();
  }
  await page.getByLabel("Wachtwoord").fill(account.password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Te veel mislukte pogingen" })).toContainText("15 minuten");
  await expect(page.getByRole("button", { name: "Uitloggen" })).toHaveCount(0);
});
