import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, screenshot } from "./support";

// Accounts are made with the real CLI against the running app's embedded database, with unique addresses so a
// re-run (or a second test) never collides with an earlier account.
const run = `${Date.now()}`;
const PASSWORD = "e2e-wachtwoord-lang-genoeg";

function createAccount(role: "admin" | "editor", label: string, ministry?: string): { email: string; name: string } {
  const email = `${label}.${run}@e2e.example`;
  const name = `E2E ${label} ${run.slice(-4)}`;
  const args = ["run", "-s", "user:create", "--", "--email", email, "--name", name, "--role", role, "--password", PASSWORD];
  if (ministry) args.push("--ministry", ministry);
  execFileSync("npm", args, { env: { ...process.env, TZR_DATA_DIR: process.env.E2E_DATA_DIR ?? "data/e2e", DATABASE_URL: "" }, stdio: "pipe" });
  return { email, name };
}

/** The table row of a user (not the form row that opens below it). */
function userRow(page: Page, email: string) {
  return page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: email, exact: true }) });
}

async function signIn(page: Page, email: string, callbackUrl: string): Promise<void> {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/\//g, "\\/")}$`));
}

test("an admin makes an API token, uses it once, revokes it, and the API refuses it after that", async ({ page, request }, testInfo) => {
  const admin = createAccount("admin", "beheerder-token");
  await signIn(page, admin.email, "/profiel");

  await expect(page.getByRole("heading", { level: 1, name: "Mijn profiel" })).toBeVisible();
  await expect(page.getByText(admin.email)).toBeVisible();
  await expect(page.getByText("Beheerder", { exact: true })).toBeVisible();
  await expect(page.getByText(/U blijft maximaal 8 uur ingelogd/)).toBeVisible();
  await expect(page.getByText("U heeft nog geen API-tokens.")).toBeVisible();

  // Too short a name: an inline error, announced, and what was typed stays.
  const nameField = page.getByLabel("Naam van het nieuwe token");
  await nameField.fill("ab");
  await page.getByRole("button", { name: "Token aanmaken" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Niet alles is goed ingevuld" })).toBeVisible();
  await expect(nameField).toHaveAttribute("aria-invalid", "true");
  await expect(nameField).toHaveAccessibleDescription(/minstens 3 tekens/);
  await expect(nameField).toHaveValue("ab");

  await nameField.fill("Koppeling zaaksysteem");
  await page.getByRole("button", { name: "Token aanmaken" }).click();
  await expect(page.getByRole("status").filter({ hasText: 'Token "Koppeling zaaksysteem" is aangemaakt' })).toBeVisible();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^tzr_[A-Za-z0-9_-]{40,}$/);
  await expect(page.getByText(`Authorization: Bearer ${token}`)).toBeVisible();
  await expect(page.getByText(/wordt niet opnieuw getoond/).first()).toBeVisible();
  const tokenRow = page.getByRole("row", { name: /Koppeling zaaksysteem/ });
  await expect(tokenRow).toContainText(`${token.slice(0, 10)}…`);
  await expect(tokenRow).toContainText("Actief");
  await expect(tokenRow).toContainText("Nooit");
  await screenshot(page, testInfo, "profiel-nieuw-token");
  await expectNoAxeViolations(page);

  const note = { date: "2026-11-01", text: `Voortgang via de API (${run})` };
  const allowed = await request.post("/api/v1/commitments/TZ-2021-0010/notes", { headers: { authorization: `Bearer ${token}` }, data: note });
  expect(allowed.status()).toBe(200);

  // Shown once: after a reload only the prefix is left, and the list now knows the token was used.
  await page.reload();
  await expect(page.getByText(token)).toHaveCount(0);
  await expect(tokenRow).not.toContainText("Nooit");

  await tokenRow.getByRole("button", { name: "Intrekken (token Koppeling zaaksysteem)" }).click();
  await expect(page.getByRole("status").filter({ hasText: 'Token "Koppeling zaaksysteem" is ingetrokken' })).toBeVisible();
  await expect(tokenRow).toContainText("Ingetrokken");
  await expect(tokenRow.getByRole("button")).toHaveCount(0);
  await screenshot(page, testInfo, "profiel-ingetrokken");
  await expectNoAxeViolations(page);

  const refused = await request.post("/api/v1/commitments/TZ-2021-0010/notes", { headers: { authorization: `Bearer ${token}` }, data: note });
  expect(refused.status()).toBe(401);
});

test("an admin adds an editor, sees them in the table and can disable the account", async ({ page }, testInfo) => {
  const admin = createAccount("admin", "beheerder-gebruikers");
  await signIn(page, admin.email, "/beheer/gebruikers");
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Gebruikers", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Gebruikers" })).toBeVisible();
  await expect(userRow(page, admin.email)).toContainText("Dit bent u");

  const email = `redacteur.${run}@e2e.example`;
  const form = page.getByRole("region", { name: "Gebruiker toevoegen" });
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Naam").fill("Nieuwe Redacteur");
  await form.getByLabel("Rol").selectOption("editor");
  await form.getByLabel("Eerste wachtwoord (optioneel)").fill("kort");
  await form.getByRole("button", { name: "Gebruiker toevoegen" }).click();

  // An editor needs a ministry, and a password is at least 12 characters: both said at the field; typing kept.
  await expect(form.getByRole("status")).toContainText("Niet alles is goed ingevuld");
  await expect(form.getByLabel("Ministerie")).toHaveAccessibleDescription(/Een redacteur hoort bij een ministerie/);
  await expect(form.getByLabel("Eerste wachtwoord (optioneel)")).toHaveAccessibleDescription(/minstens 12 tekens/);
  await expect(form.getByLabel("E-mailadres")).toHaveValue(email);
  await expect(form.getByLabel("Naam")).toHaveValue("Nieuwe Redacteur");
  await screenshot(page, testInfo, "gebruikers-fouten");
  await expectNoAxeViolations(page);

  await form.getByLabel("Ministerie").selectOption("JenV");
  await form.getByLabel("Eerste wachtwoord (optioneel)").fill("een-lang-eerste-wachtwoord");
  await form.getByRole("button", { name: "Gebruiker toevoegen" }).click();
  await expect(form.getByRole("status")).toContainText(`Account voor ${email} is aangemaakt`);
  await expect(form.getByLabel("E-mailadres")).toHaveValue("");

  const row = userRow(page, email);
  await expect(row).toContainText("Nieuwe Redacteur");
  await expect(row.getByRole("cell", { name: "Redacteur", exact: true })).toBeVisible();
  await expect(row.getByRole("cell", { name: "JenV", exact: true })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Nee", exact: true })).toBeVisible();
  await expect(row).toContainText("Actief");

  // The small per-user form: disable the account.
  await row.getByRole("button", { name: `Wijzigen (${email})` }).click();
  const change = page.getByRole("group", { name: `Account van ${email} wijzigen` });
  await expect(change.getByLabel("Rol")).toHaveValue("editor");
  await expect(change.getByLabel("Ministerie")).toHaveValue("JenV");
  await change.getByLabel(/Account uitgeschakeld/).check();
  await screenshot(page, testInfo, "gebruikers-wijzigen");
  await expectNoAxeViolations(page);
  await change.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen." })).toBeVisible();
  await expect(row).toContainText("Uitgeschakeld");

  // Taking away one's own admin rights is refused at the field.
  const ownRow = userRow(page, admin.email);
  await ownRow.getByRole("button", { name: /Wijzigen/ }).click();
  const own = page.getByRole("group", { name: `Account van ${admin.email} wijzigen` });
  await own.getByLabel("Rol").selectOption("coordinator");
  await own.getByRole("button", { name: "Opslaan" }).click();
  await expect(own.getByLabel("Rol")).toHaveAccessibleDescription(/eigen beheerdersrechten/);
  await expect(own.getByLabel("Rol")).toHaveValue("coordinator");
  await screenshot(page, testInfo, "gebruikers");
});

test("an editor who opens the user management page is told it is for admins", async ({ page }, testInfo) => {
  const editor = createAccount("editor", "redacteur-weigering", "JenV");
  await signIn(page, editor.email, "/beheer/gebruikers");
  await expect(page.getByRole("alert").filter({ hasText: "Alleen een beheerder kan gebruikers beheren." })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Gebruikers", exact: true })).toHaveCount(0);
  await screenshot(page, testInfo, "gebruikers-geweigerd");
  await expectNoAxeViolations(page);
});
