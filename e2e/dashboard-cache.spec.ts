import { expect, type Page, type Response, test } from "@playwright/test";
import { createAccount, expectNoAxeViolations, recordCommitment, screenshot, signIn } from "./support";

// The dashboard is answered from its last render while the register stands still (lib/page-cache). What a manager
// must notice of that: nothing, except speed — a working page with its chart, and every change at once.

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

async function openDashboard(page: Page): Promise<{ response: Response; total: number; nonce: string }> {
  const response = (await page.goto("/overzicht"))!;
  expect(response.status()).toBe(200);
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  // the chart is drawn by script: it appears only when the page's scripts ran under its policy
  await expect(page.locator(".recharts-surface")).toBeVisible();
  const totalText = await page.getByRole("region", { name: "Aantallen per status" }).locator("dl > div").first().locator("dd > :first-child").textContent();
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1] ?? "";
  return { response, total: Number(totalText!.replace(/\./g, "")), nonce };
}

test("the dashboard comes from its last render until the register changes, and works the same", async ({ page, browser }, testInfo) => {
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|apply|load)/i.test(message.text())) blocked.push(message.text());
  });
  const coordinator = createAccount("coordinator", { ministry: "VWS" });
  await signIn(page, coordinator);

  const first = await openDashboard(page);
  const second = await openDashboard(page);
  expect(second.response.headers()["x-page-cache"]).toBe("hit");
  expect(second.total).toBe(first.total);
  // a new nonce on every response, also when the page itself is reused
  expect(second.nonce).not.toBe("");
  expect(second.nonce).not.toBe(first.nonce);
  expect(await page.content()).not.toContain(first.nonce);
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: coordinator.name })).toBeVisible();
  // Coming back through the menu is a page request too, answered the same way.
  await page.goto("/toezeggingen");
  const [viaMenu] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === "/overzicht" && r.request().resourceType() === "document"),
    page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Overzicht" }).click(),
  ]);
  expect(viaMenu.headers()["x-page-cache"]).toBe("hit");
  await expect(page.locator(".recharts-surface")).toBeVisible();
  await screenshot(page, testInfo, "overzicht-uit-cache");
  await expectNoAxeViolations(page);

  // A new commitment: the very next dashboard counts it.
  await recordCommitment(page, {
    title: `Voortgang zorgakkoord ${Date.now().toString(36)}`,
    text: "Ik informeer uw Kamer voor de zomer over de voortgang van het zorgakkoord.",
    madeOn: today,
    occasion: "Commissiedebat zorg",
    minister: "E2E Minister van VWS",
    ministerFunction: "Minister van Volksgezondheid, Welzijn en Sport",
    ministry: "VWS",
    deadline: "voor de zomer",
  });

  const afterChange = await openDashboard(page);
  expect(afterChange.response.headers()["x-page-cache"]).toBe("miss");
  expect(afterChange.total).toBe(first.total + 1);
  const again = await openDashboard(page);
  expect(again.response.headers()["x-page-cache"]).toBe("hit");
  expect(again.total).toBe(first.total + 1);

  // Someone else never gets this coordinator's page (it names who is signed in), but a render of their own.
  const context = await browser.newContext();
  const other = await context.newPage();
  const editor = createAccount("editor", { ministry: "VWS" });
  await signIn(other, editor);
  const theirs = (await other.goto("/overzicht"))!;
  expect(theirs.headers()["x-page-cache"]).toBe("miss");
  await expect(other.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: editor.name })).toBeVisible();
  await expect(other.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: coordinator.name })).toHaveCount(0);
  await context.close();

  expect(blocked).toEqual([]);
});
