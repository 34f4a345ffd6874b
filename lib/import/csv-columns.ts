// The header of an import file → which column is which. Exactly the export's columns (lib/export/columns.ts), by
// machine name or Dutch label, plus "reden" (why a deadline or status changes), which only an import has.
import { columnForHeader, EXPORT_COLUMNS } from "@/lib/export/columns";

export const REASON_COLUMN = { name: "reden", header: "Reden" } as const;

/** Without these a row can be neither matched nor created: nummer and versie for updates, the rest for creates. */
export const REQUIRED_COLUMNS = ["nummer", "titel", "tekst", "gedaan_op", "activiteit", "bewindspersoon", "functie", "ministerie", "versie"] as const;

/** Computed by the register from other fields; an import reads them only to say that they are ignored. */
export const DERIVED_COLUMNS = ["termijn_vroegst", "termijn_uiterlijk", "precisie", "over_termijn", "nagekomen_op", "dossiers"] as const;
export type DerivedColumn = (typeof DERIVED_COLUMNS)[number];

export type ImportColumn = (typeof EXPORT_COLUMNS)[number]["name"] | typeof REASON_COLUMN.name;

/** The Dutch label of a column, for messages ("Titel", "Reden"). */
export function columnLabel(name: string): string {
  if (name === REASON_COLUMN.name) return REASON_COLUMN.header;
  return EXPORT_COLUMNS.find((c) => c.name === name)?.header ?? name;
}

export type HeaderMapping =
  | { ok: true /** column name per position; null for a nameless (empty) header cell */; columns: Array<string | null>; present: Set<string> }
  | { ok: false; problems: string[] };

function columnNameFor(cell: string): string | null | undefined {
  const wanted = cell.trim();
  if (wanted === "") return null;
  const lower = wanted.toLowerCase();
  if (lower === REASON_COLUMN.name || lower === REASON_COLUMN.header.toLowerCase()) return REASON_COLUMN.name;
  return columnForHeader(wanted)?.name;
}

export function mapCsvHeader(header: string[]): HeaderMapping {
  const problems: string[] = [];
  const columns: Array<string | null> = [];
  const present = new Set<string>();
  const unknown: string[] = [];
  header.forEach((cell, i) => {
    const name = columnNameFor(cell);
    if (name === undefined) {
      unknown.push(`"${cell.trim()}" (kolom ${i + 1})`);
      columns.push(null);
      return;
    }
    if (name !== null && present.has(name)) problems.push(`De kolom ${columnLabel(name)} staat er twee keer in (kolom ${i + 1}).`);
    if (name !== null) present.add(name);
    columns.push(name);
  });
  if (unknown.length) {
    problems.push(
      `Onbekende ${unknown.length === 1 ? "kolom" : "kolommen"}: ${unknown.join(", ")}. Gebruik de kolommen van de CSV-export (${EXPORT_COLUMNS.map((c) => c.name).join(", ")}) en eventueel ${REASON_COLUMN.name}.`,
    );
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !present.has(c));
  if (missing.length) problems.push(`Verplichte ${missing.length === 1 ? "kolom ontbreekt" : "kolommen ontbreken"}: ${missing.join(", ")}.`);
  return problems.length ? { ok: false, problems } : { ok: true, columns, present };
}
