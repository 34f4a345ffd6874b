// A CSV file → its header and records, or one clear message why it cannot be read. UTF-8 with or without byte
// order mark (what our export and Excel's "CSV UTF-8" write); comma, semicolon (Dutch Excel's list separator) or
// tab, detected from the header line. Rows are numbered as a spreadsheet shows them: the header is row 1.
import { parse } from "csv-parse/sync";
import { checkFileSize, decodeUtf8, MAX_IMPORT_ROWS, MAX_IMPORT_ROWS_LABEL, sniffBinary } from "./limits";

export type CsvDelimiter = "," | ";" | "\t";

export interface CsvRecord {
  row: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: CsvDelimiter;
  encoding: "utf-8" | "windows-1252";
  header: string[];
  records: CsvRecord[];
}

export type CsvReadResult = { ok: true; table: CsvTable } | { ok: false; message: string };

const DELIMITERS: readonly CsvDelimiter[] = [",", ";", "\t"];

/** The delimiter that occurs most often in the first line, outside quotes; a comma when there is none. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch as CsvDelimiter)) counts.set(ch as CsvDelimiter, counts.get(ch as CsvDelimiter)! + 1);
  }
  let best: CsvDelimiter = ",";
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (typographic quotes, dashes, €). Spelled out because Node's
// TextDecoder("windows-1252") decodes those bytes as Latin-1 control characters.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

function decode(bytes: Uint8Array): { text: string; encoding: CsvTable["encoding"] } {
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  // Not UTF-8: Dutch Excel's plain "CSV (gescheiden door lijstscheidingsteken)" writes Windows-1252. Reading it as
  // that keeps "coördinatie" intact instead of refusing a file most people cannot re-save another way.
  return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === "");

export function readCsvTable(bytes: Uint8Array): CsvReadResult {
  const sizeProblem = checkFileSize(bytes.length);
  if (sizeProblem) return { ok: false, message: sizeProblem };
  const binary = sniffBinary(bytes);
  if (binary) return { ok: false, message: binary };
  const { text, encoding } = decode(bytes);
  if (text.trim() === "") return { ok: false, message: "Het bestand is leeg." };
  const delimiter = detectDelimiter(text);

  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return {
      ok: false,
      message: `Dit is geen geldige CSV${line ? ` (rond regel ${line})` : ""}: ${(error as Error).message}. Controleer aanhalingstekens rond waarden met komma's of regeleinden.`,
    };
  }
  const [header, ...rest] = records;
  if (!header || isBlank(header)) return { ok: false, message: "De eerste regel van het bestand moet de kolomnamen bevatten (zoals in de CSV-export)." };
  // Records, numbered as rows: a blank line still takes a row number (as in Excel), but is no record.
  const data: CsvRecord[] = [];
  rest.forEach((cells, i) => {
    if (!isBlank(cells)) data.push({ row: i + 2, cells });
  });
  if (data.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      message: `Het bestand heeft ${data.length.toLocaleString("nl-NL")} rijen; het maximum is ${MAX_IMPORT_ROWS_LABEL}. Splits het in kleinere bestanden.`,
    };
  }
  if (!data.length) return { ok: false, message: "Het bestand bevat alleen kolomnamen en geen rijen." };
  return { ok: true, table: { delimiter, encoding, header, records: data } };
}
