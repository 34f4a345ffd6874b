// Files the CSV import must refuse as a whole (and change nothing), encodings it must read, and who may import.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getCommitment } from "@/lib/data/commitments";
import { importCsv } from "@/lib/data/import-csv";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import { addTrickyCommitments, FORMULA_TITLE } from "../exports/export-fixtures";
import { databaseForBlock, makeUser, registerSnapshot, testDatabaseKinds, useManagementDatabase, withUnknownRole } from "../../support/management-fixtures";
import { csvFile, exportCsv, fixture, readRecords, writeRecords } from "./import-fixtures";

describe.each(testDatabaseKinds)("CSV import files on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useManagementDatabase(kind));
  let coordinator: CurrentUser;
  let exported: string;
  beforeAll(async () => {
    await addTrickyCommitments();
    coordinator = await makeUser("coordinator", null);
    exported = await exportCsv();
  });

  async function refusal(file: { name: string; bytes: Uint8Array }, user: CurrentUser | null = coordinator) {
    const before = await registerSnapshot();
    const results = [await importCsv(user, file, "dry-run"), await importCsv(user, file, "all"), await importCsv(user, file, "valid-only")];
    expect(await registerSnapshot()).toEqual(before);
    const [first] = results;
    if (first!.ok) throw new Error("expected a refusal");
    for (const r of results) expect(r).toEqual(first);
    return first!;
  }

  it("refuses an empty file, a spreadsheet, a file with no rows and broken quoting with a message saying what to do", async () => {
    expect((await refusal(csvFile(""))).message).toBe("Het bestand is leeg.");
    expect((await refusal(csvFile("\ufeff\r\n"))).message).toBe("Het bestand is leeg.");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Toezeggingen").addRow(["nummer", "titel"]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect((await refusal({ name: "toezeggingen.xlsx", bytes: xlsx })).message).toContain("Dit is een Excel-bestand (.xlsx)");
    expect((await refusal(csvFile(`${exported.split("\r\n")[0]!}\r\n`))).message).toBe("Het bestand bevat alleen kolomnamen en geen rijen.");
    const broken = `${exported.split("\r\n")[0]}\r\nTZ-2021-0001,"Een titel met een "quote" erin,x\r\n`;
    expect((await refusal(csvFile(broken))).message).toMatch(/^Dit is geen geldige CSV \(rond regel 2\)/);
  });

  it("refuses unknown and missing columns, naming them", async () => {
    const records = readRecords(exported);
    const columns = Object.keys(records[0]!);
    const unknown = writeRecords(
      records.map((r) => ({ ...r, opmerking: "x" })),
      { columns: [...columns, "opmerking"] },
    );
    const result = await refusal(csvFile(unknown));
    expect(result.message).toContain('Onbekende kolom: "opmerking" (kolom 21).');
    const missing = writeRecords(records, { columns: columns.filter((c) => c !== "tekst" && c !== "versie") });
    expect((await refusal(csvFile(missing))).message).toContain("Verplichte kolommen ontbreken: tekst, versie.");
    const twice = writeRecords(records, { columns: [...columns, "titel"], headers: [...columns, "Titel"] });
    expect((await refusal(csvFile(twice))).message).toContain("De kolom Titel staat er twee keer in (kolom 21).");
  });

  it("refuses a file over 10 MB or over 20,000 rows before reading the register", async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    expect((await refusal({ name: "groot.csv", bytes: big })).message).toBe("Het bestand is 10,1 MB; het maximum is 10 MB. Splits het in kleinere bestanden.");
    const header = exported.split("\r\n")[0]!;
    const rows = `${header}\r\n${"x\r\n".repeat(20_001)}`;
    expect((await refusal(csvFile(rows))).message).toBe("Het bestand heeft 20.001 rijen; het maximum is 20.000. Splits het in kleinere bestanden.");
  });

  it("refuses the import step for a file other than the one checked, and anyone without the right", async () => {
    const file = csvFile(exported);
    const other = await importCsv(coordinator, file, "all", { expectedHash: "0".repeat(64) });
    expect(other).toMatchObject({
      ok: false,
      status: 400,
      message: "Dit is niet het bestand dat is gecontroleerd. Controleer het bestand opnieuw voordat u importeert.",
    });
    expect(await refusal(file, null)).toMatchObject({ status: 401, message: "Log in om toezeggingen te importeren." });
    expect(await refusal(file, withUnknownRole(coordinator))).toMatchObject({ status: 403, message: 'Onbekende rol "superuser": geen rechten.' });
    const editor = await makeUser("editor", "BZK", "editor-zonder");
    expect((await refusal(file, { ...editor, ministryCode: null })).message).toContain("niet aan een ministerie gekoppeld");
  });

  it("strips the export's formula apostrophe, and reads Excel's Windows-1252 files", async () => {
    const records = readRecords(exported);
    const formula = records.find((r) => r.titel === `'${FORMULA_TITLE}`)!;
    expect(formula).toBeDefined();
    const unchanged = await importCsv(coordinator, csvFile(exported), "dry-run");
    expect(unchanged.ok && unchanged.value.counts.ongewijzigd).toBe(records.length);

    const edited = writeRecords(records.map((r) => (r.nummer === formula.nummer ? { ...r, titel: "'=SOM(B1:B9) is ook geen formule" } : r)));
    const result = await importCsv(coordinator, csvFile(edited), "all");
    expect(result.ok && result.value.counts.bijwerken).toBe(1);
    expect((await getCommitment(formula.nummer!))!.title).toBe("=SOM(B1:B9) is ook geen formule");

    // Windows-1252: "ë" is one byte, 0xEB. Encode by hand: TextEncoder only writes UTF-8.
    const fresh = readRecords(await exportCsv());
    const title = "Coördinatie heroriëntatie (Windows-1252)";
    const text = writeRecords(
      fresh.map((r) => (r.nummer === "TZ-2021-0007" ? { ...r, titel: title } : r)),
      { delimiter: ";", bom: false },
    );
    const cp1252 = Uint8Array.from(
      [...text].map((ch) => {
        const code = ch.charCodeAt(0);
        if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
        const special: Record<string, number> = { "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97, "…": 0x85, "€": 0x80 };
        if (special[ch] === undefined) throw new Error(`not in Windows-1252: ${ch}`);
        return special[ch];
      }),
    );
    const windows = await importCsv(coordinator, { name: "excel.csv", bytes: cp1252 }, "all");
    if (!windows.ok) throw new Error(windows.message);
    expect(windows.value.notices.join(" ")).toContain("Windows-1252");
    expect(windows.value.counts).toMatchObject({ bijwerken: 1, ongeldig: 0 });
    expect((await getCommitment("TZ-2021-0007"))!.title).toBe(title);
  });

  it("creates commitments from a file as Dutch Excel saves it: semicolons, Dutch headers, some columns left out", async () => {
    const file = fixture("nieuw-excel-puntkomma.csv");
    const dryRun = await importCsv(coordinator, file, "dry-run");
    if (!dryRun.ok) throw new Error(dryRun.message);
    // A new commitment that starts partially fulfilled needs the note that says what was done.
    expect(dryRun.value.rows.map((r) => [r.row, r.outcome, r.problems.map((p) => `${p.column}: ${p.message}`)])).toEqual([
      [2, "aanmaken", []],
      [3, "ongeldig", ["Reden: Geef een toelichting van minstens 10 tekens: wat is er al nagekomen en wat nog niet? Zet die in kolom reden."]],
    ]);
    const imported = await importCsv(coordinator, file, "valid-only");
    if (!imported.ok) throw new Error(imported.message);
    const view = (await getCommitment(imported.value.rows[0]!.number!))!;
    expect(view).toMatchObject({
      title: "Cameratoezicht op bedrijventerreinen",
      madeOn: "2026-11-20",
      minister: { name: "D. Yeşilgöz-Zegerius" },
      ministry: { code: "JenV" },
      addressee: "het lid Michon-Derkzen (VVD)",
      deadline: { phrase: "voor de zomer van 2027" },
    });
  });

  it("reads a row with fewer cells than columns and reports extra cells", async () => {
    const header = exported.split("\r\n")[0]!;
    const extra = `${header}\r\n${exported.split("\r\n")[1]},,overbodig\r\n`;
    const result = await importCsv(coordinator, csvFile(extra), "dry-run");
    if (!result.ok) throw new Error(result.message);
    expect(result.value.rows[0]!.problems[0]).toMatchObject({ row: 2, column: null, message: "Rij heeft meer cellen (22) dan er kolommen zijn (20)." });
  });
});
