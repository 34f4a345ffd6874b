// GET /api/v1/commitments.xlsx, read back with exceljs.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/commitments.xlsx/route";
import { listCommitments } from "@/lib/data/commitments";
import { databaseForBlock, onDay, testDatabaseKinds, useSeededDatabase } from "../../support/register-fixtures";
import { addTrickyCommitments, DUTCH_TEXT, DUTCH_TITLE, get } from "./export-fixtures";

const HEADERS = [
  "Nummer",
  "Titel",
  "Tekst",
  "Status",
  "Termijn",
  "Termijn vroegst",
  "Termijn uiterlijk",
  "Precisie",
  "Gedaan op",
  "Nagekomen op",
  "Activiteit",
  "Bewindspersoon",
  "Functie",
  "Ministerie",
  "Commissie",
  "Gedaan aan",
  "Kamerstukken",
  "Dossiers",
  "Over de termijn",
  "Versie",
];
const column = (header: string) => HEADERS.indexOf(header) + 1;

async function workbookFor(query: string) {
  const response = await get(GET, `/api/v1/commitments.xlsx${query}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return { response, sheet: workbook.getWorksheet("Toezeggingen")! };
}

describe.each(testDatabaseKinds)("XLSX export on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useSeededDatabase(kind));
  let dutchNumber: string;
  beforeAll(async () => {
    dutchNumber = (await addTrickyCommitments()).dutch;
  });

  it("is an Excel download with a bold, frozen, filterable header row", async () => {
    const { response, sheet } = await onDay("2026-11-29", () => workbookFor("?status=open"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="toezeggingen-2026-11-29.xlsx"');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:T${sheet.rowCount}`); // every column, every row
    expect(sheet.getColumn(column("Tekst")).width).toBeGreaterThan(sheet.getColumn(column("Nummer")).width!);
  });

  it("has one row per commitment the list shows, in the list's order", async () => {
    const { sheet } = await onDay("2026-11-29", () => workbookFor("?status=open"));
    const views = (await onDay("2026-11-29", () => listCommitments({ status: ["open"], limit: 1000 }))).items;
    expect(views).toHaveLength(14); // 12 seeded + 2 added
    expect(sheet.rowCount).toBe(views.length + 1);
    const numbers = views.map((_, i) => sheet.getRow(i + 2).getCell(column("Nummer")).value);
    expect(numbers).toEqual(views.map((v) => v.number));
    views.forEach((v, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(column("Versie")).value).toBe(v.version);
      expect(row.getCell(column("Ministerie")).value).toBe("JenV");
      expect(row.getCell(column("Over de termijn")).value).toBe(v.overdue ? "ja" : "nee");
    });
  });

  it("writes dates as real date cells shown as dd-mm-jjjj, and empty cells for missing dates", async () => {
    const { sheet } = await workbookFor("?q=Schneiders");
    const row = sheet.getRow(2);
    expect(row.getCell(column("Nummer")).value).toBe("TZ-2021-0010");
    const latest = row.getCell(column("Termijn uiterlijk"));
    expect(latest.value).toBeInstanceOf(Date);
    expect((latest.value as Date).toISOString()).toBe("2022-05-31T00:00:00.000Z");
    expect(latest.numFmt).toBe("dd-mm-yyyy");
    expect((row.getCell(column("Gedaan op")).value as Date).toISOString().slice(0, 10)).toBe("2021-06-29");
    expect(row.getCell(column("Nagekomen op")).value).toBeNull();
  });

  it("keeps Dutch characters, line breaks and the reference list intact", async () => {
    const { sheet } = await workbookFor(`?q=${dutchNumber}`);
    const row = sheet.getRow(2);
    expect(row.getCell(column("Titel")).value).toBe(DUTCH_TITLE);
    expect(row.getCell(column("Tekst")).value).toBe(DUTCH_TEXT);
    expect(row.getCell(column("Kamerstukken")).value).toBe("source: Kamerstuk 29 628, nr. 1030 | related: Kamerstuk 29 628, nr. 997");
    expect(row.getCell(column("Dossiers")).value).toBe("29628");
  });
});
