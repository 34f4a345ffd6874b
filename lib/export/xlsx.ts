// An Excel workbook of commitments, from the same columns as the CSV, streamed: exceljs's in-memory model holds
// an object per cell (about 2 GB for 60,000 rows, measured), its streaming writer commits each row as it goes.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { CommitmentView } from "@/lib/data/commitment-view";
import { EXPORT_COLUMNS } from "./columns";
import { xmlSafe } from "./xml-text";

/** Written as the format code Excel stores; a Dutch Excel shows it as dd-mm-jjjj. */
export const XLSX_DATE_FORMAT = "dd-mm-yyyy";

// A calendar date as UTC midnight: exceljs turns a Date into a serial day number in UTC, so it never shifts.
const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

function rowValues(view: CommitmentView): Array<string | number | Date | null> {
  return EXPORT_COLUMNS.map((c) => {
    const value = c.value(view);
    if (value === null) return null;
    if (c.kind === "date") return excelDate(String(value));
    // a workbook is XML: one character XML 1.0 forbids and Excel refuses the whole file
    return typeof value === "string" ? xmlSafe(value) : value;
  });
}

async function writeWorkbook(workbook: ExcelJS.stream.xlsx.WorkbookWriter, batches: AsyncIterable<CommitmentView[]>, title: string): Promise<void> {
  workbook.creator = "Toezeggingenregister";
  workbook.created = new Date();
  workbook.title = xmlSafe(title);
  const sheet = workbook.addWorksheet("Toezeggingen", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ key: c.name, width: c.width, style: c.kind === "date" ? { numFmt: XLSX_DATE_FORMAT } : {} }));
  const header = sheet.addRow(EXPORT_COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  let rows = 1;
  for await (const batch of batches) {
    for (const view of batch) sheet.addRow(rowValues(view)).commit();
    rows += batch.length;
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows, column: EXPORT_COLUMNS.length } };
  sheet.commit();
  await workbook.commit();
}

/** The workbook as a byte stream; a failure half-way breaks the download (the status line has gone out). */
export function xlsxStream(
  batches: AsyncGenerator<CommitmentView[]>,
  options: { title: string; onError: (error: unknown) => void },
): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  // inline strings: a shared-strings table would keep every distinct text in memory until the end
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  writeWorkbook(workbook, batches, options.title).catch((error: unknown) => {
    options.onError(error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
