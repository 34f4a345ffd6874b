import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import ICAL from "ical.js";
import { expectNoAxeViolations, signedInAs } from "./support";

test.use({ storageState: signedInAs("coordinatorJenV") });

test("a manager filters on a ministry, downloads CSV and Excel, and subscribes to the deadlines calendar", async ({ page, request }) => {
  await page.goto("/toezeggingen");
  await page.getByLabel("Ministerie").selectOption("JenV");
  await page.getByLabel("Status").selectOption("open");
  await page.getByRole("button", { name: "Toon resultaten" }).click();
  await expect(page).toHaveURL(/ministry=JenV/);
  const shown = Number((await page.getByText(/toezeggingen? gevonden/).textContent())!.match(/\d+/)![0]);
  expect(shown).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  // CSV: read back with a CSV parser; every row is an open JenV commitment, Dutch characters intact.
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download als CSV (Excel)" }).click();
  const csvFile = await csvDownload;
  expect(csvFile.suggestedFilename()).toMatch(/^toezeggingen-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvText = await readFile((await csvFile.path())!, "utf8");
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  const rows = parse(csvText, { bom: true, columns: true }) as Array<Record<string, string>>;
  expect(rows).toHaveLength(shown);
  expect(rows.every((r) => r.ministerie === "JenV" && r.status === "open")).toBe(true);
  expect(rows.find((r) => r.nummer === "TZ-2021-0010")?.tekst).toContain("heroriëntatie");

  // Excel: read back with exceljs.
  const xlsxDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download als Excel-bestand (.xlsx)" }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await (await xlsxDownload).path())!);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.actualRowCount).toBe(shown + 1);

  // Calendar: the subscribe link is webcal://, serving an iCalendar with all-day deadline events.
  const webcal = await page.getByRole("link", { name: /Abonneren op de agenda/ }).getAttribute("href");
  expect(webcal).toMatch(/^webcal:\/\/.+\/api\/v1\/commitments\.ics\?.*ministry=JenV/);
  const ics = await request.get(webcal!.replace(/^webcal:\/\/[^/]+/, ""));
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
  const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
  expect(events.length).toBeGreaterThan(0);
  expect(events.every((e) => e.startDate.isDate)).toBe(true);
  expect(events.some((e) => e.summary.includes("Schneiders"))).toBe(true);
});
