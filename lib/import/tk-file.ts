// A Tweede Kamer open data file of the Toezegging entity → its records. What the OData API answers
// ({ "value": [ … ] }, one page or pages joined) or a bare array of the same objects; UTF-8 JSON.
import { checkFileSize, decodeUtf8, MAX_IMPORT_ROWS, MAX_IMPORT_ROWS_LABEL, sniffBinary } from "./limits";

export interface TkRecord {
  /** position in the file, from 1 */
  row: number;
  raw: unknown;
}

export type TkReadResult = { ok: true; records: TkRecord[] } | { ok: false; message: string };

export function readTkFile(bytes: Uint8Array): TkReadResult {
  const sizeProblem = checkFileSize(bytes.length);
  if (sizeProblem) return { ok: false, message: sizeProblem };
  const binary = sniffBinary(bytes);
  if (binary) return { ok: false, message: binary.replace(/CSV/g, "JSON") };
  const text = decodeUtf8(bytes);
  if (text === null) return { ok: false, message: "Het bestand is geen UTF-8-tekst; de open data van de Tweede Kamer is UTF-8 JSON." };
  if (text.trim() === "") return { ok: false, message: "Het bestand is leeg." };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `Dit is geen geldig JSON-bestand (${(error as Error).message}). Gebruik het antwoord van de OData-API voor de entiteit Toezegging.`,
    };
  }
  const list = Array.isArray(json)
    ? json
    : json && typeof json === "object" && Array.isArray((json as { value?: unknown }).value)
      ? (json as { value: unknown[] }).value
      : null;
  if (!list) {
    return {
      ok: false,
      message: 'Het bestand bevat geen lijst met toezeggingen: verwacht { "value": [ … ] } (zoals de OData-API antwoordt) of een lijst [ … ].',
    };
  }
  if (!list.length) return { ok: false, message: "Het bestand bevat geen toezeggingen (de lijst is leeg)." };
  if (list.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      message: `Het bestand bevat ${list.length.toLocaleString("nl-NL")} toezeggingen; het maximum is ${MAX_IMPORT_ROWS_LABEL}. Splits het in kleinere bestanden.`,
    };
  }
  return { ok: true, records: list.map((raw, i) => ({ row: i + 1, raw })) };
}
