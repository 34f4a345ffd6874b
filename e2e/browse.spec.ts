import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, screenshot } from "./support";

test("a reader browses, filters, searches and follows a reference without signing in", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/toezeggingen$/);
  await expect(page.getByRole("heading", { level: 1, name: "Toezeggingen" })).toBeVisible();
  await expect(page.getByText("17 toezeggingen gevonden")).toBeVisible();
  await screenshot(page, testInfo, "lijst");
  await expectNoAxeViolations(page);

  // Filter: what is overdue (everything still open in this 2021 letter is past its deadline by now).
  await page.getByLabel("Status").selectOption("overdue");
  await page.getByRole("button", { name: "Toon resultaten" }).click();
  await expect(page).toHaveURL(/status=overdue/);
  const overdueRows = page.getByRole("table").getByRole("row");
  await expect(overdueRows.first()).toBeVisible();
  await expect(page.getByRole("table").getByText("Over de termijn").first()).toBeVisible();
  await expect(page.getByRole("table").getByText("Nagekomen")).toHaveCount(0);

  // Search in Dutch full text: the Schneiders committee.
  await page.goto("/toezeggingen");
  await page.getByLabel("Zoeken in toezeggingen").fill("Schneiders");
  await page.getByRole("button", { name: "Toon resultaten" }).click();
  await expect(page).toHaveURL(/q=Schneiders/);
  await expect(page.getByText("1 toezegging gevonden")).toBeVisible();
  await screenshot(page, testInfo, "zoeken-schneiders");

  // Open the commitment: verbatim text, the phrase and its range, references with their role, the history.
  await page.getByRole("link", { name: /adviescommissie-Schneiders/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Schneiders");
  await expect(page.getByRole("blockquote")).toContainText("onder voorzitterschap van dhr. Bernt Schneiders");
  const details = page.getByRole("region", { name: "Gegevens" });
  await expect(details.locator("q")).toHaveText("uiterlijk in het voorjaar van 2022");
  await expect(details).toContainText("29 juni 2021 – 31 mei 2022");
  await expect(details.getByText(/dagen over de termijn/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Geschiedenis" })).toBeVisible();
  await expect(page.getByText("Vastgelegd")).toBeVisible();
  await screenshot(page, testInfo, "toezegging-schneiders");
  await expectNoAxeViolations(page);

  // Follow a reference to the document page: the Kamerstuk and every commitment citing it.
  await page.getByRole("link", { name: "Kamerstuk 29 628, nr. 997", exact: true }).click();
  await expect(page).toHaveURL(/\/documenten\/kst-29628-997$/);
  await expect(page.getByRole("heading", { level: 1, name: "Kamerstuk 29 628, nr. 997" })).toBeVisible();
  await expect(page.getByRole("link", { name: /adviescommissie-Schneiders/ })).toBeVisible();
  await screenshot(page, testInfo, "document-997");
  await expectNoAxeViolations(page);

  // And on to the dossier.
  await page.getByRole("link", { name: "29628", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Dossier 29 628");
  await screenshot(page, testInfo, "dossier-29628");
  await expectNoAxeViolations(page);
});

test("the letter itself lists every commitment it fulfils or makes", async ({ page }) => {
  await page.goto("/documenten/kst-29628-1030");
  await expect(page.getByRole("heading", { level: 2, name: /Toezeggingen die naar dit stuk verwijzen \(17\)/ })).toBeVisible();
});

test("bad input in the URL gets a message that names the problem", async ({ page }) => {
  await page.goto("/toezeggingen?status=bijna&deadlineFrom=2022-02-30");
  const alert = page.getByRole("alert").filter({ hasText: "Deze zoekopdracht klopt niet" });
  await expect(alert).toContainText("status");
  await expect(alert).toContainText("deadlineFrom");
  await expectNoAxeViolations(page);

  const missing = await page.goto("/toezeggingen/TZ-1999-9999");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Niet gevonden" })).toBeVisible();
});
