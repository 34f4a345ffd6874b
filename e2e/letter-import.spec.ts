import { readFileSync } from "node:fs";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { letterPdf, makePdf } from "../lib/letter-import/test-support";
import { createAccount, expectNoAxeViolations, screenshot, signIn, signedInAs } from "./support";

// A letter of our own (e2e/fixtures): it makes three commitments and fulfils the seeded TZ-2021-0013 (the
// exploration of the police budget, made in Kamerstuk 29 628, nr. 1030), citing that letter and the topic.
const LETTER_FILE = "e2e/fixtures/brief-politiebegroting.txt";
const LETTER_TEXT = readFileSync(LETTER_FILE, "utf8");
// Also ours, in the form of the real uitstelbrieven of the corpus (tests/fixtures/letters): it postpones the seeded
// TZ-2021-0006 (the Inspectie's report on the CTER information hub, promised for the autumn of 2021).
const POSTPONEMENT_FILE = "e2e/fixtures/uitstel-inspectie-cter.txt";

const candidate = (page: Page, text: string): Locator =>
  page.getByRole("region", { name: /^Kandidaat \d+/ }).filter({ has: page.locator("mark", { hasText: text }) });

async function analyse(page: Page) {
  await page.getByRole("button", { name: "Brief analyseren" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Stap 2 van 2: kandidaten beoordelen" })).toBeFocused();
}

// Fulfilling a commitment needs a coordinator in our permission model (an editor records and edits, but does not
// close commitments), so the full import is done by a coordinator; the last test shows what an editor sees.
test("a coordinator imports a letter, accepts some candidates, rejects one, and finds them in the register with the letter linked", async ({
  page,
  browser,
}, testInfo) => {
  const coordinator = createAccount("coordinator", { ministry: "JenV" });
  await signIn(page, coordinator);
  await page.goto("/beheer/import/brief");
  await expect(page.getByRole("heading", { level: 1, name: "Brief importeren" })).toBeVisible();

  await page.getByLabel("Bestand met de brief").setInputFiles(LETTER_FILE);
  await expect(page.getByRole("status").filter({ hasText: "brief-politiebegroting.txt is gelezen" })).toBeVisible();
  await expect(page.getByLabel("Tekst van de brief")).toHaveValue(LETTER_TEXT);
  await screenshot(page, testInfo, "brief-importeren");
  await expectNoAxeViolations(page);

  await analyse(page);
  await expect(page.getByLabel("Kamerstuk van de brief")).toHaveValue("Kamerstuk 29 628, nr. 9120");
  await expect(page.getByLabel("Datum van de brief")).toHaveValue("2022-09-20");
  await expect(page.getByRole("region", { name: /^Kandidaat \d+/ })).toHaveCount(4);

  const summer = candidate(page, "voor de zomer van 2023");
  const evaluation = candidate(page, "eerste kwartaal van 2023");
  const proposal = candidate(page, "eind 2023");
  const fulfilled = candidate(page, "Conform mijn toezegging");
  // Each sentence highlighted in its paragraph; the deadline resolved live from the letter's date.
  await expect(fulfilled.getByRole("heading")).toContainText("nagekomen toezegging");
  await expect(summer.locator("mark")).toHaveText(
    "Ik zal uw Kamer voor de zomer van 2023 informeren over de uitwerking van een meerjarige bekostiging van de Politieacademie.",
  );
  await expect(summer.locator("blockquote")).toContainText("De verkenning geeft aanleiding tot drie vervolgstappen");
  await expect(summer.locator("blockquote")).toContainText("Daarbij betrek ik de ervaringen");
  await expect(summer.locator("[id$=deadline-preview]")).toContainText("20 september 2022 – 6 juli 2023");
  await expect(summer.getByLabel("Ministerie")).toHaveValue("JenV");
  // What it is about, beside the verbatim sentence: the section it stands in ("Vervolg" says nothing, so the one above).
  await expect(summer.locator("[id$=-subject]")).toHaveText("Onderwerp: Onder ‘Uitkomsten van de verkenning’");
  await expect(summer.getByLabel("Bewindspersoon")).toHaveValue("A.B. Voorbeeld");

  await summer.getByRole("radio", { name: "Overnemen als nieuwe toezegging" }).check();
  await summer.getByLabel("Korte titel").fill("Uitwerking meerjarige bekostiging Politieacademie");
  await evaluation.getByRole("radio", { name: "Overnemen als nieuwe toezegging" }).check();
  await evaluation.getByLabel("Korte titel").fill("Evaluatie Besluit verdeling sterkte en middelen politie");
  await proposal.getByRole("radio", { name: "Niet overnemen" }).check();
  await expect(proposal.getByLabel("Korte titel")).toBeHidden();

  // The proposal: TZ-2021-0013 first, sharing the letter it was made in, with its score.
  await fulfilled.getByRole("radio", { name: "Overnemen: de brief komt een toezegging na" }).check();
  await expect(fulfilled.getByRole("listitem").first()).toContainText("TZ-2021-0013");
  await expect(fulfilled.getByRole("listitem").first()).toContainText("verwijst naar de bron: Kamerstuk 29 628, nr. 1030");
  await expect(fulfilled.getByRole("listitem").first()).toContainText(/Overeenkomst \d+%/);
  await fulfilled.getByRole("radio", { name: /TZ-2021-0013/ }).check();
  await expect(page.getByText("3 overnemen · 1 niet overnemen")).toBeVisible();
  await screenshot(page, testInfo, "brief-beoordelen");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Vastleggen" }).click();
  await expect(page).toHaveURL(/\/beheer\/import\/brief\/resultaat\?/);
  await expect(page.getByRole("heading", { level: 1, name: "Brief geïmporteerd" })).toBeVisible();
  const created = page.getByRole("region", { name: /Nieuwe toezeggingen/ });
  await expect(created.getByRole("listitem")).toHaveCount(2);
  await expect(created).toContainText("Uitwerking meerjarige bekostiging Politieacademie");
  await expect(created).toContainText("Evaluatie Besluit verdeling sterkte en middelen politie");
  await expect(page.getByRole("region", { name: /Nagekomen toezeggingen/ })).toContainText("TZ-2021-0013");
  await screenshot(page, testInfo, "brief-geimporteerd");
  await expectNoAxeViolations(page);
  const numbers = (await created.getByRole("link").allTextContents()).map((s) => s.trim());
  expect(numbers).toHaveLength(2);

  // A reader without an account sees it all in the register, linked to the letter.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/toezeggingen/TZ-2021-0013");
  await expect(reader.getByText("Nagekomen", { exact: true })).toBeVisible();
  await expect(reader.getByRole("region", { name: "Kamerstukken" })).toContainText("Kamerstuk 29 628, nr. 9120");
  await reader.goto(`/toezeggingen/${numbers[0]}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Uitwerking meerjarige bekostiging Politieacademie");
  await expect(reader.getByRole("blockquote")).toContainText("voor de zomer van 2023");
  await reader.getByRole("region", { name: "Kamerstukken" }).getByRole("link", { name: "Kamerstuk 29 628, nr. 9120", exact: true }).click();
  await expect(reader).toHaveURL(/\/documenten\/kst-29628-9120$/);
  await expect(reader.getByText("Systematiek van de politiebegroting en bekostiging van de Politieacademie")).toBeVisible();
  const table = reader.getByRole("table");
  for (const n of [...numbers, "TZ-2021-0013"]) await expect(table).toContainText(n);
  await expect(table).not.toContainText("overzichtelijker indeling");
  await reader.close();
});

test.describe("as the coordinator signed in once", () => {
  test.use({ storageState: signedInAs("coordinatorJenV") });

  test("the same letter as a PDF gives the same candidates; a wrong, empty or scanned file gets a clear message", async ({ page }, testInfo) => {
    await page.goto("/beheer/import/brief");
    const file = page.getByLabel("Bestand met de brief");
    const status = page.locator("#letter-file-status");

    await file.setInputFiles({
      name: "brief.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from("PK"),
    });
    await expect(status).toContainText("brief.docx: .docx-bestanden kunnen niet worden ingelezen. Kies een .txt- of .pdf-bestand");
    await expect(file).toHaveAttribute("aria-invalid", "true");
    await file.setInputFiles({ name: "leeg.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
    await expect(status).toContainText("leeg.txt is leeg");
    const scan = await makePdf((doc) => doc.rect(40, 40, 400, 600).fill("#777"));
    await file.setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: scan });
    await expect(status).toContainText("Deze pdf bevat geen tekst, alleen afbeeldingen: waarschijnlijk een scan.");
    await file.setInputFiles({ name: "nep.pdf", mimeType: "application/pdf", buffer: Buffer.from("Geachte voorzitter") });
    await expect(status).toContainText("Dit bestand is geen pdf");
    await screenshot(page, testInfo, "brief-importeren-fout");
    await expectNoAxeViolations(page);

    // A large PDF over a slow line: the upload's progress, then the server reading page after page.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 40 * 1024 });
    const bundle = await letterPdf(Array.from({ length: 40 }, () => LETTER_TEXT).join("\n\n"));
    await file.setInputFiles({ name: "bundel.pdf", mimeType: "application/pdf", buffer: bundle });
    await expect(status.getByText(/^Bezig met versturen… [1-9]\d?%$/)).toBeVisible();
    await expect(status.locator("progress")).toHaveAttribute("value", /^[1-9]\d?$/);
    await screenshot(page, testInfo, "brief-importeren-voortgang");
    await expectNoAxeViolations(page);
    await expect(status).toContainText(/bundel\.pdf is gelezen \(\d+ bladzijden/, { timeout: 30_000 });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

    await file.setInputFiles({ name: "brief-politiebegroting.pdf", mimeType: "application/pdf", buffer: await letterPdf(LETTER_TEXT) });
    await expect(status).toContainText(/brief-politiebegroting\.pdf is gelezen \(\d bladzijden?, [\d.]+ tekens\)/);
    await expect(file).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Tekst van de brief")).toHaveValue(/Conform mijn\s+toezegging\s+in\s+de\s+brief/);
    await analyse(page);
    await expect(page.getByLabel("Kamerstuk van de brief")).toHaveValue("Kamerstuk 29 628, nr. 9120");
    await expect(page.getByRole("region", { name: /^Kandidaat \d+/ })).toHaveCount(4);
    for (const sentence of ["voor de zomer van 2023", "eerste kwartaal van 2023", "eind 2023", "Conform mijn toezegging"]) {
      await expect(candidate(page, sentence)).toHaveCount(1);
    }
  });
});

test.describe("as the editor signed in once", () => {
  test.use({ storageState: signedInAs("editorJenV") });

  test("an editor sees that only a coordinator can mark the letter's fulfilment, and what is still to decide", async ({ page }, testInfo) => {
    await page.goto("/beheer/import/brief");
    await page.getByLabel("Tekst van de brief").fill(LETTER_TEXT);
    await analyse(page);
    const fulfilled = candidate(page, "Conform mijn toezegging");
    await expect(fulfilled.getByText("Alleen een coördinator kan een toezegging als nagekomen markeren.").first()).toBeVisible();
    await expect(fulfilled.getByRole("radio", { name: "Overnemen: de brief komt een toezegging na" })).toBeDisabled();
    await expect(fulfilled.getByRole("radio", { name: "Niet overnemen" })).toBeChecked();
    // New commitments of their own ministry they may take over.
    await expect(candidate(page, "voor de zomer van 2023").getByRole("radio", { name: "Overnemen als nieuwe toezegging" })).toBeEnabled();
    await expect(candidate(page, "voor de zomer van 2023").getByLabel("Ministerie").locator("option")).toHaveText([
      "Kies…",
      "Ministerie van Justitie en Veiligheid",
    ]);

    // Saving before every candidate is decided: nothing is stored, and each open choice is named and linked.
    await page.getByRole("button", { name: "Vastleggen" }).click();
    const problems = page.getByRole("alert").filter({ hasText: "Niet alles is goed ingevuld" });
    await expect(problems).toBeVisible();
    await expect(problems.getByRole("link", { name: /^Kandidaat \d, overnemen of niet$/ })).toHaveCount(3);
    await problems.getByRole("link").first().click();
    await expect(page.locator(":focus")).toHaveAttribute("id", /^c\d-decision$/);
    await expect(page.locator("[id$=-decision-error]").filter({ hasText: "Kies of u deze kandidaat overneemt of niet." })).toHaveCount(3);
    await expect(page).toHaveURL(/\/beheer\/import\/brief#c\d-decision$/);
    await screenshot(page, testInfo, "brief-beoordelen-fouten");
    await expectNoAxeViolations(page);
  });

  test("an editor uploads a postponement letter, accepts the proposed deadline re-set, and the history gives the letter as its reason", async ({
    page,
  }, testInfo) => {
    await page.goto("/toezeggingen/TZ-2021-0006");
    await expect(page.getByText("najaar 2021").first()).toBeVisible();

    await page.goto("/beheer/import/brief");
    await page.getByLabel("Bestand met de brief").setInputFiles(POSTPONEMENT_FILE);
    await expect(page.getByRole("status").filter({ hasText: "uitstel-inspectie-cter.txt is gelezen" })).toBeVisible();
    await analyse(page);
    await expect(page.getByLabel("Kamerstuk van de brief")).toHaveValue("Kamerstuk 29 628, nr. 9121");
    await expect(page.getByLabel("Datum van de brief")).toHaveValue("2021-12-14");
    await expect(page.getByRole("region", { name: /^Kandidaat \d+/ })).toHaveCount(1);

    const postponed = candidate(page, "Ik verwacht u het rapport voor de zomer van 2022 te sturen");
    await expect(postponed.getByRole("heading")).toContainText("uitstel van een toezegging");
    await expect(postponed).toContainText("Uitstel volgens de brief: Het rapport kan tot mijn spijt niet binnen de toegezegde termijn worden afgerond.");
    // Proposed: the commitment the letter postpones, chosen; the new deadline read from the letter's date.
    await expect(postponed.getByRole("listitem").first()).toContainText("TZ-2021-0006");
    await expect(postponed.getByRole("radio", { name: /TZ-2021-0006/ })).toBeChecked();
    await expect(postponed.getByLabel("Nieuwe termijn, zoals de brief die noemt")).toHaveValue("voor de zomer van 2022");
    await expect(postponed.locator("[id$=deadline-preview]")).toContainText("14 december 2021 – 7 juli 2022");
    // Choosing "none" turns it into a new commitment with its fields; back to the proposal hides them again.
    await postponed.getByRole("radio", { name: "Geen: vastleggen als nieuwe toezegging" }).check();
    await expect(postponed.getByLabel("Korte titel")).toBeVisible();
    await postponed.getByRole("radio", { name: /TZ-2021-0006/ }).check();
    await expect(postponed.getByLabel("Korte titel")).toBeHidden();

    await postponed.getByRole("radio", { name: "Overnemen: een toezegging krijgt een nieuwe termijn" }).check();
    await screenshot(page, testInfo, "brief-uitstel-beoordelen");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Vastleggen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Brief geïmporteerd" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("0 nieuwe toezeggingen, 0 nagekomen toezeggingen en 1 toezegging met een nieuwe termijn");
    const moved = page.getByRole("region", { name: /Nieuwe termijn/ });
    await expect(moved).toContainText("TZ-2021-0006");
    await expect(moved).toContainText("termijn: voor de zomer van 2022");

    await page.goto("/toezeggingen/TZ-2021-0006");
    const history = page.getByRole("region", { name: "Geschiedenis" });
    const reset = history.getByRole("listitem").filter({ hasText: "Termijn opnieuw vastgesteld" });
    await expect(reset).toHaveCount(1);
    await expect(reset).toContainText("Reden: Uitstelbericht Kamerstuk 29 628, nr. 9121 van 14 december 2021");
    await reset.getByText("3 velden").click();
    await expect(reset).toContainText("‘najaar 2021’ → ‘voor de zomer van 2022’");
    await expect(reset).toContainText("30 november 2021 → 7 juli 2022");
    await screenshot(page, testInfo, "toezegging-na-uitstelbericht");
  });

  test("a letter without a date: the review asks for it, and every range follows the date as it is typed", async ({ page }) => {
    // A real letter of the corpus (VWS, December 2009, as opennieuwsbank.nl keeps it: without its date).
    const file = "tests/fixtures/letters/vws-2009-uitstel-kamervragen-gerechtelijke-vonnissen.txt";
    const text = readFileSync(file, "utf8").replace(/^# (?:source|note):.*\n/gm, "");
    await page.goto("/beheer/import/brief");
    await page.getByLabel("Tekst van de brief").fill(text);
    await analyse(page);
    await expect(page.getByLabel("Datum van de brief")).toHaveValue("");
    const answers = candidate(page, "De beantwoording zal plaatshebben omstreeks half februari 2010");
    await expect(answers.getByRole("heading")).toContainText("uitstel van een toezegging");
    await expect(answers).toContainText("brief zonder datum");
    const preview = answers.locator("[id$=deadline-preview]");
    await expect(preview).toHaveText("Vul eerst de datum in waarop de toezegging is gedaan.");
    await page.getByLabel("Datum van de brief").fill("2009-12-03");
    await expect(preview).toContainText("11 februari 2010 – 20 februari 2010");
    // A date after it: the phrase is then history, and the preview says so.
    await page.getByLabel("Datum van de brief").fill("2010-03-01");
    await expect(preview).toContainText("ligt vóór de datum van de toezegging (1 maart 2010)");
  });
});
