// How much an import reads. Both limits keep one import within one transaction of reasonable length; a larger
// register change is several files.
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

export const MAX_IMPORT_SIZE_LABEL = "10 MB";
export const MAX_IMPORT_ROWS_LABEL = "20.000";

/** A file-level check shared by both imports: empty or too large is refused before anything is parsed. */
export function checkFileSize(size: number): string | null {
  if (size === 0) return "Het bestand is leeg.";
  if (size > MAX_IMPORT_BYTES) {
    return `Het bestand is ${(Math.ceil((size / 1024 / 1024) * 10) / 10).toLocaleString("nl-NL")} MB; het maximum is ${MAX_IMPORT_SIZE_LABEL}. Splits het in kleinere bestanden.`;
  }
  return null;
}

/** Recognisable non-text formats, with a message that says what to do instead. */
export function sniffBinary(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04))
    return "Dit is een Excel-bestand (.xlsx) of een ander zip-bestand, geen CSV. Kies in Excel ‘Opslaan als’ → ‘CSV UTF-8 (door komma's gescheiden)’.";
  if (starts(0xd0, 0xcf, 0x11, 0xe0))
    return "Dit is een oud Excel-bestand (.xls), geen CSV. Kies in Excel ‘Opslaan als’ → ‘CSV UTF-8 (door komma's gescheiden)’.";
  if (starts(0x25, 0x50, 0x44, 0x46)) return "Dit is een PDF-bestand, geen CSV.";
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return "Dit bestand is als UTF-16 (‘Unicode-tekst’) opgeslagen. Sla het op als ‘CSV UTF-8’.";
  if (bytes.subarray(0, 64 * 1024).includes(0)) return "Dit is geen tekstbestand (het bevat binaire gegevens).";
  return null;
}

/** The text of a UTF-8 file, with or without byte order mark; null when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return null;
  }
}
