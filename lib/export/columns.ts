// The columns of a commitment export, defined once: CSV and XLSX write exactly these, and the bulk import reads
// them back. `name` is the machine form (CSV header, import key); `header` the Dutch label people see in Excel.
import type { CommitmentView } from "@/lib/data/commitment-view";

export type ExportColumnKind = "text" | "date" | "number";

export interface ExportColumn {
  name: string;
  header: string;
  kind: ExportColumnKind;
  /** Excel column width in characters */
  width: number;
  /** dates as ISO "YYYY-MM-DD"; null when there is nothing to say */
  value: (c: CommitmentView) => string | number | null;
}

/** Between the parts of a list value (references, dossiers): " | " rarely occurs in a Kamerstuk label or key. */
export const LIST_SEPARATOR = " | ";

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { name: "nummer", header: "Nummer", kind: "text", width: 14, value: (c) => c.number },
  { name: "titel", header: "Titel", kind: "text", width: 50, value: (c) => c.title },
  { name: "tekst", header: "Tekst", kind: "text", width: 80, value: (c) => c.text },
  { name: "status", header: "Status", kind: "text", width: 20, value: (c) => c.status },
  { name: "termijn", header: "Termijn", kind: "text", width: 32, value: (c) => c.deadline?.phrase ?? null },
  { name: "termijn_vroegst", header: "Termijn vroegst", kind: "date", width: 14, value: (c) => c.deadline?.earliest ?? null },
  { name: "termijn_uiterlijk", header: "Termijn uiterlijk", kind: "date", width: 14, value: (c) => c.deadline?.latest ?? null },
  { name: "precisie", header: "Precisie", kind: "text", width: 11, value: (c) => c.deadline?.precision ?? null },
  { name: "gedaan_op", header: "Gedaan op", kind: "date", width: 12, value: (c) => c.madeOn },
  { name: "nagekomen_op", header: "Nagekomen op", kind: "date", width: 14, value: (c) => c.fulfilledOn },
  { name: "activiteit", header: "Activiteit", kind: "text", width: 50, value: (c) => c.activity },
  { name: "bewindspersoon", header: "Bewindspersoon", kind: "text", width: 24, value: (c) => c.minister.name },
  { name: "functie", header: "Functie", kind: "text", width: 40, value: (c) => c.minister.function },
  { name: "ministerie", header: "Ministerie", kind: "text", width: 11, value: (c) => c.ministry.code },
  { name: "commissie", header: "Commissie", kind: "text", width: 36, value: (c) => c.committee },
  { name: "gedaan_aan", header: "Gedaan aan", kind: "text", width: 24, value: (c) => c.addressee },
  {
    name: "kamerstukken",
    header: "Kamerstukken",
    kind: "text",
    width: 60,
    // role first, in the register's own terms (source/fulfilment/related), so the import can map it back
    value: (c) => c.references.map((r) => `${r.role}: ${r.label}`).join(LIST_SEPARATOR) || null,
  },
  { name: "dossiers", header: "Dossiers", kind: "text", width: 18, value: (c) => c.dossiers.map((d) => d.key).join(LIST_SEPARATOR) || null },
  { name: "over_termijn", header: "Over de termijn", kind: "text", width: 10, value: (c) => (c.overdue ? "ja" : "nee") },
  { name: "versie", header: "Versie", kind: "number", width: 8, value: (c) => c.version },
];

/** The column a header cell names, by machine name or Dutch label (case-insensitive): for the import. */
export function columnForHeader(header: string): ExportColumn | undefined {
  const wanted = header.trim().toLowerCase();
  return EXPORT_COLUMNS.find((c) => c.name === wanted || c.header.toLowerCase() === wanted);
}
