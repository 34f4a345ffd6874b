import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

/** WCAG 2.1 AA: axe must find nothing on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

/** A full-page screenshot attached to the report and kept under test-results/screenshots/ to look at. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = `test-results/screenshots/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

const DATA_DIR = process.env.E2E_DATA_DIR ?? "data/e2e";

export interface Account {
  email: string;
  password: string;
  name: string;
}

/** A fresh account made through `npm run user:create`, which reaches the running app's embedded database. */
export function createAccount(role: "editor" | "coordinator" | "admin", options: { ministry?: string; sso?: boolean; name?: string } = {}): Account {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `${role}.${unique}@e2e.example`;
  const password = `wachtwoord-${unique}-X`;
  const name = options.name ?? `E2E ${role} ${unique}`;
  const args = ["run", "-s", "user:create", "--", "--email", email, "--name", name, "--role", role];
  if (options.ministry) args.push("--ministry", options.ministry);
  if (!options.sso) args.push("--password", password);
  execFileSync("npm", args, { env: { ...process.env, TZR_DATA_DIR: DATA_DIR, DATABASE_URL: "" }, stdio: "pipe" });
  return { email, password, name };
}

/** The accounts e2e/auth.setup.ts signs in once, before the other tests. */
export const ROLES = {
  coordinatorJenV: { role: "coordinator", ministry: "JenV", name: "E2E Coördinator JenV" },
  editorJenV: { role: "editor", ministry: "JenV", name: "E2E Redacteur JenV" },
  admin: { role: "admin", ministry: undefined, name: "E2E Beheerder" },
} as const satisfies Record<string, { role: "editor" | "coordinator" | "admin"; ministry: string | undefined; name: string }>;
export type SignedInRole = keyof typeof ROLES;

export const AUTH_DIR = "test-results/.auth";
export const storageStateFile = (role: SignedInRole) => `${AUTH_DIR}/${role}.json`;
export const accountFile = (role: SignedInRole) => `${AUTH_DIR}/${role}.account.json`;

/** For test.use({ storageState }): the browser state of the role signed in once by the setup project. */
export function signedInAs(role: SignedInRole): string {
  return storageStateFile(role);
}

/** The account behind signedInAs(role). */
export function signedInAccount(role: SignedInRole): Account {
  return JSON.parse(readFileSync(accountFile(role), "utf8")) as Account;
}

export async function signIn(page: Page, account: Account): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(account.email);
  await page.getByLabel("Wachtwoord").fill(account.password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
}

export interface NewCommitment {
  title: string;
  text: string;
  madeOn: string;
  occasion: string;
  minister: string;
  ministerFunction: string;
  ministry: string;
  deadline: string;
  reference?: string;
}

/** Records a commitment through the form, as a signed-in editor or coordinator does; returns its number. */
export async function recordCommitment(page: Page, c: NewCommitment): Promise<string> {
  await page.goto("/beheer/toezeggingen/nieuw");
  await page.getByLabel("Korte titel").fill(c.title);
  await page.getByLabel("Letterlijke tekst").fill(c.text);
  await page.getByLabel("Gedaan op").fill(c.madeOn);
  await page.getByLabel("Waar (debat of brief)").fill(c.occasion);
  await page.getByLabel("Bewindspersoon").fill(c.minister);
  await page.getByLabel("Functie").fill(c.ministerFunction);
  await page.getByLabel("Ministerie").selectOption(c.ministry);
  await page.getByLabel("Termijn, zoals toegezegd").fill(c.deadline);
  if (c.reference) await page.getByLabel("Verwijzing 1", { exact: true }).fill(c.reference);
  await page.getByRole("button", { name: "Toezegging vastleggen" }).click();
  await expect(page).toHaveURL(/\/toezeggingen\/TZ-\d{4}-\d{4}\?opgeslagen=1$/);
  return page.url().match(/TZ-\d{4}-\d{4}/)![0];
}
