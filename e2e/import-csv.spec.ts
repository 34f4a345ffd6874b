import { readFile, writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { createAccount, expectNoAxeViolations, screenshot, signIn } from "./support";

test("a coordinator edits a title in the CSV export, checks the file, imports it and sees the change", async ({ page }, testInfo) => {
  await signIn(page, createAccount("coordinator"));

  // The export of the whole list, as a user downloads it.
  await page.goto("/toezeggingen");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download als CSV (Excel)" }).click();
  const exported = await readFile((await (await download).path())!, "utf8");
  const records = parse(exported, { bom: true, columns: true }) as Array<Record<string, string>>;
  const columns = Object.keys(records[0]!);
  expect(records.some((r) => r.nummer === "TZ-2021-0009")).toBe(true);

  // One title edited, the rest as exported (the way a spreadsheet saves it back: BOM, CRLF).
  const title = `Feitenonderzoek politie en OM naar twee casussen (bijgewerkt via import ${Date.now().toString(36)})`;
  const edited = records.map((r) => (r.nummer === "TZ-2021-0009" ? { ...r, titel: title } : r));
  const file = testInfo.outputPath("toezeggingen-bewerkt.csv");
  await writeFile(file, stringify([columns, ...edited.map((r) => columns.map((c) => r[c] ?? ""))], { bom: true, record_delimiter: "windows" }));

  // A file with a mistake first: the dry run names row, column and message, and only offers the valid rows.
  const broken = edited.map((r) => (r.nummer === "TZ-2021-0004" ? { ...r, status: "klaar" } : r));
  const brokenFile = testInfo.outputPath("toezeggingen-fout.csv");
  await writeFile(brokenFile, stringify([columns, ...broken.map((r) => columns.map((c) => r[c] ?? ""))], { bom: true, record_delimiter: "windows" }));
  await page.goto("/beheer/import/csv");
  await page.getByLabel("CSV-bestand").setInputFiles(brokenFile);
  await page.getByRole("button", { name: "Controleren" }).click();
  const problems = page.getByRole("table", { name: /^Meldingen: 1/ });
  await expect(problems.getByRole("row").nth(1)).toContainText("Status");
  await expect(problems.getByRole("row").nth(1)).toContainText('Onbekende status "klaar"');
  await expect(page.getByRole("button", { name: "Importeren", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Alleen geldige rijen importeren" })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, "import-csv-fouten");

  // Check: a dry run, one update, nothing changed yet.
  await page.goto("/beheer/import/csv");
  await expect(page.getByRole("heading", { level: 1, name: "Toezeggingen importeren (CSV)" })).toBeVisible();
  await page.getByLabel("CSV-bestand").setInputFiles(file);
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(page.getByRole("heading", { name: "Controle: wat het importeren doet" })).toBeVisible();
  await expect(page.getByText(`${records.length} rijen — 1 bijwerken, ${records.length - 1} ongewijzigd.`)).toBeVisible();
  const rows = page.getByRole("table", { name: "Wat er per rij gebeurt" });
  await expect(rows.getByRole("row")).toHaveCount(2);
  await expect(rows.getByRole("row").nth(1)).toContainText("TZ-2021-0009");
  await expect(rows.getByRole("row").nth(1)).toContainText("Bijwerken");
  await expect(rows.getByRole("row").nth(1)).toContainText("Titel");
  await expect(page.getByRole("status")).toContainText("Gecontroleerd. Er is nog niets gewijzigd.");
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, "import-csv-controle");

  // Import: one transaction; the summary links to the changed commitment.
  await page.getByRole("button", { name: "Importeren", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Import voltooid" })).toBeVisible();
  await expect(page.getByText("0 aangemaakt en 1 bijgewerkt")).toBeVisible();
  await expect(page.getByText(`${records.length} rijen — 1 bijgewerkt, ${records.length - 1} ongewijzigd.`)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, "import-csv-voltooid");
  await page.getByRole("table", { name: "Aangemaakte en bijgewerkte toezeggingen" }).getByRole("link", { name: "TZ-2021-0009" }).click();
  await expect(page).toHaveURL(/\/toezeggingen\/TZ-2021-0009$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("region", { name: "Geschiedenis" })).toContainText("Gewijzigd");
});

test("the Tweede Kamer import checks an open data file and reports each record", async ({ page }, testInfo) => {
  await signIn(page, createAccount("coordinator"));
  await page.goto("/beheer/import/tweede-kamer");
  await expect(page.getByRole("heading", { level: 1, name: "Importeren uit de Tweede Kamer" })).toBeVisible();
  await page.getByLabel("JSON-bestand van de Tweede Kamer").setInputFiles("tests/integration/import/fixtures/tk-toezeggingen.json");
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(page.getByText("tk-toezeggingen.json: 9 rijen — 6 aanmaken, 2 ongeldig, 1 overgeslagen.")).toBeVisible();
  await expect(page.getByRole("table", { name: /^Meldingen: 4/ })).toContainText('Onbekende status "Niet nagekomen"');
  await expect(page.getByRole("button", { name: "Alleen geldige rijen importeren" })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, "import-tweede-kamer-controle");
});
