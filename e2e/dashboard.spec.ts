import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, recordCommitment, screenshot, signedInAs } from "./support";

/** Today where the register lives, as the app computes it (the e2e server does not pin TZR_TODAY). */
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

/** The number on a card of a dashboard section ("Aantallen per status", "Binnenkort"). */
function card(page: Page, section: string, label: string) {
  return page
    .getByRole("region", { name: section })
    .locator("dl > div")
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) })
    .locator("dd > :first-child");
}

async function allSectionsLoaded(page: Page): Promise<void> {
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
}

test("someone without an account is sent to the sign-in page", async ({ page }) => {
  await page.goto("/overzicht?ministry=JenV");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Foverzicht%3Fministry%3DJenV$/);
});

test.describe("as the coordinator signed in once", () => {
  test.use({ storageState: signedInAs("coordinatorJenV") });

  test("a coordinator filters the dashboard on a ministry, opens the timeline and prints it", async ({ page }, testInfo) => {
    // Data of its own: a commitment of Defensie, due within three weeks of today.
    const title = `Rapportage gereedheid krijgsmacht ${Date.now().toString(36)}`;
    await recordCommitment(page, {
      title,
      text: "Ik zal uw Kamer binnen drie weken informeren over de gereedheid van de krijgsmacht.",
      madeOn: today,
      occasion: "Commissiedebat defensie",
      minister: "E2E Minister van Defensie",
      ministerFunction: "Minister van Defensie",
      ministry: "Def",
      deadline: "binnen drie weken",
      reference: "Kamerstuk 36 124, nr. 10",
    });

    // The whole register.
    await page.goto("/overzicht");
    await expect(page.getByRole("heading", { level: 1, name: "Overzicht" })).toBeVisible();
    await expect(page.getByText("Selectie: alle toezeggingen in het register.")).toBeVisible();
    const total = Number((await card(page, "Aantallen per status", "Totaal").textContent())!.replace(/\./g, ""));
    expect(total).toBeGreaterThanOrEqual(18); // the 17 of the seed and ours
    // everything still open in the 2021 letter is past its deadline by now
    await expect(card(page, "Aantallen per status", "Over de termijn")).not.toHaveText("0");
    await expect(
      page
        .getByRole("region", { name: "Over de termijn" })
        .getByRole("link", { name: /Inspectie/ })
        .first(),
    ).toBeVisible();
    await expect(page.getByRole("region", { name: "Per ministerie" }).getByRole("rowheader", { name: /Justitie en Veiligheid/ })).toBeVisible();
    await expect(page.locator(".recharts-surface")).toBeVisible();
    await allSectionsLoaded(page);
    await screenshot(page, testInfo, "overzicht");
    await expectNoAxeViolations(page);

    // Filter on Defensie: only ours is left, due within 30 days, and nothing is overdue.
    await page.getByRole("search", { name: "Overzicht filteren" }).getByLabel("Ministerie").selectOption({ label: "Ministerie van Defensie" });
    await page.getByRole("button", { name: "Toon overzicht" }).click();
    await expect(page).toHaveURL(/\/overzicht\?(.*&)?ministry=Def(&|$)/);
    await expect(page.getByText("Selectie: Ministerie van Defensie.")).toBeVisible();
    await expect(card(page, "Aantallen per status", "Totaal")).toHaveText("1");
    await expect(card(page, "Aantallen per status", "Open")).toHaveText("1");
    await expect(card(page, "Aantallen per status", "Over de termijn")).toHaveText("0");
    await expect(card(page, "Binnenkort", "Binnen 30 dagen")).toHaveText("1");
    await expect(page.getByRole("region", { name: "Binnenkort" }).getByRole("link", { name: title })).toBeVisible();
    await expect(page.getByRole("region", { name: "Over de termijn" })).toContainText("Geen openstaande toezeggingen over de termijn.");
    const ministries = page.getByRole("region", { name: "Per ministerie" });
    await expect(ministries.getByRole("rowheader")).toHaveText(["Ministerie van Defensie"]);
    await expect(page.getByRole("region", { name: "Per bewindspersoon" }).getByRole("rowheader")).toHaveText([/E2E Minister van Defensie/]);
    // the number links to the list with the same selection
    await card(page, "Aantallen per status", "Open").click();
    await expect(page).toHaveURL(/\/toezeggingen\?ministry=Def&status=open$/);
    await expect(page.getByText("1 toezegging gevonden")).toBeVisible();
    await page.goBack();
    await allSectionsLoaded(page);
    await screenshot(page, testInfo, "overzicht-defensie");

    // The timeline of the same selection.
    await page.getByRole("navigation", { name: "Weergave" }).getByRole("link", { name: "Tijdlijn" }).click();
    await expect(page).toHaveURL(/\/overzicht\?ministry=Def&weergave=tijdlijn$/);
    const defensie = page.getByRole("region", { name: /Ministerie van Defensie/ });
    await expect(defensie.getByRole("link", { name: title })).toBeVisible();
    await allSectionsLoaded(page);
    await screenshot(page, testInfo, "overzicht-tijdlijn-defensie");

    // The 2021 letter's commitments on the timeline, through the form (which keeps the view).
    const form = page.getByRole("search", { name: "Overzicht filteren" });
    await form.getByLabel("Ministerie").selectOption({ label: "Alle" });
    await form.getByLabel("Uiterste termijn vanaf").fill("2021-01-01");
    await form.getByLabel("Uiterste termijn tot en met").fill("2022-12-31");
    await form.getByRole("button", { name: "Toon overzicht" }).click();
    await expect(page).toHaveURL(/weergave=tijdlijn/);
    await expect(page).toHaveURL(/deadlineFrom=2021-01-01/);
    const jenv = page.getByRole("region", { name: /Ministerie van Justitie en Veiligheid/ });
    await expect(jenv.getByRole("row").filter({ hasText: "TZ-2021-0005" })).toContainText("1 september 2021 – 30 november 2021");
    await expect(jenv.getByRole("row").filter({ hasText: "TZ-2021-0005" })).toContainText("over de termijn");
    await expect(page.getByText("januari 2021 tot en met december 2022 (het termijnvenster van de filters)")).toBeVisible();
    await allSectionsLoaded(page);
    await screenshot(page, testInfo, "overzicht-tijdlijn");
    await expectNoAxeViolations(page);

    // The same window as figures, and on paper: no site header, no filters, the selection as a sentence, the chart.
    await page.getByRole("navigation", { name: "Weergave" }).getByRole("link", { name: "Cijfers" }).click();
    await expect(page).not.toHaveURL(/weergave/);
    await expect(page.locator(".recharts-surface")).toBeVisible();
    await allSectionsLoaded(page);
    // pointing at a bar names the month and its numbers (the same as the table under the chart)
    const months = page.getByRole("region", { name: "Uiterste termijnen per maand" });
    await months.locator(".recharts-bar-rectangle").nth(2).hover(); // bars: nov 2021, dec 2021, mei 2022, sep 2022
    await expect(months.locator(".recharts-tooltip-wrapper")).toContainText("mei 2022");
    await expect(months.locator(".recharts-tooltip-wrapper")).toContainText("Openstaand : 3");
    await months.getByText("Tabel: uiterste termijnen per maand").click();
    await expect(months.getByRole("row", { name: /mei 2022/ })).toHaveText(/mei 2022\s*3\s*0\s*3/);
    await screenshot(page, testInfo, "overzicht-2021-2022");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("search", { name: "Overzicht filteren" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
    await expect(page.getByText(/Selectie: uiterste termijn van 1 januari 2021 tot en met 31 december 2022/)).toBeVisible();
    await expect(page.locator(".recharts-surface")).toBeVisible();
    await page.setViewportSize({ width: 1123, height: 794 }); // A4 landscape at 96 dpi
    await screenshot(page, testInfo, "overzicht-afdruk");
    // and as Chromium prints it: A4 landscape pages
    const pdf = "test-results/screenshots/overzicht-afdruk.pdf";
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await testInfo.attach("overzicht-afdruk.pdf", { path: pdf, contentType: "application/pdf" });
    await page.emulateMedia({ media: "screen" });
  });
});
