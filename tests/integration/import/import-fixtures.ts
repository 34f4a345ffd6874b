// Helpers for the import tests: the register's own CSV export (through the route, as a user downloads it), edits
// to it the way a person would make them in a spreadsheet, and fixture files.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { GET as csvExport } from "@/app/api/v1/commitments.csv/route";
import { db } from "@/lib/db";

export type CsvRecord = Record<string, string>;

export async function exportCsv(query = ""): Promise<string> {
  const response = await csvExport(new Request(`http://localhost:3000/api/v1/commitments.csv${query}`));
  if (response.status !== 200) throw new Error(`export failed: ${response.status}`);
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
}

export function readRecords(csv: string, delimiter = ","): CsvRecord[] {
  return parse(csv, { bom: true, columns: true, delimiter }) as CsvRecord[];
}

/** Writes records back as the export does (BOM, CRLF, defused formulas), or as Dutch Excel does (";", no BOM). */
export function writeRecords(records: CsvRecord[], options: { delimiter?: string; bom?: boolean; columns?: string[]; headers?: string[] } = {}): string {
  const columns = options.columns ?? Object.keys(records[0] ?? {});
  return stringify([options.headers ?? columns, ...records.map((r) => columns.map((c) => r[c] ?? ""))], {
    delimiter: options.delimiter ?? ",",
    bom: options.bom ?? true,
    record_delimiter: "windows",
  });
}

export const bytes = (text: string) => new TextEncoder().encode(text);

export const csvFile = (text: string, name = "toezeggingen.csv") => ({ name, bytes: bytes(text) });

export const FIXTURES = path.resolve(process.cwd(), "tests/integration/import/fixtures");

export function fixture(name: string) {
  return { name, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))) };
}

export async function commitmentByTk(tkNummer: string) {
  return db().commitment.findUnique({
    where: { tkNummer },
    include: { ministry: true, minister: true, references: true },
  });
}
