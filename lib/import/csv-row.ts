// One record of a CSV import → the values it holds, typed, with a problem for every cell that cannot be read.
// Whether the values are valid for a commitment, and what they change, is decided in csv-plan.ts.
import type { ReferenceRole } from "@/lib/commitment/references";
import { parseDocumentId } from "@/lib/kamerstuk";
import { STATUS_LABELS } from "@/lib/commitment/labels";
import { isCommitmentNumber } from "@/lib/validation/commitment-number";
import { COMMITMENT_STATUSES, type CommitmentStatus } from "@/lib/commitment/status";
import { isValidIsoDate } from "@/lib/validation/primitives";
import { columnLabel, DERIVED_COLUMNS, type DerivedColumn } from "./csv-columns";
import type { CsvRecord } from "./csv-file";
import type { ImportProblem } from "./report";

export interface CsvReference {
  citation: string;
  role: ReferenceRole;
}

export interface CsvRowValues {
  row: number;
  /** TZ-number: update that commitment; null: create one */
  number: string | null;
  version: string | null;
  title: string;
  text: string;
  /** ISO date, "" when empty; a cell that is no date is a problem and left "" */
  madeOn: string;
  activity: string;
  ministerName: string;
  ministerFunction: string;
  ministry: string;
  // Optional columns: undefined when the file does not have the column (then an update leaves the field alone).
  committee?: string;
  addressee?: string;
  references?: CsvReference[];
  status?: CommitmentStatus | null;
  deadlinePhrase?: string;
  reason: string | null;
  derived: Partial<Record<DerivedColumn, string>>;
}

/** Undoes the export's formula defusing (a leading ' before = + - @, see lib/export/csv.ts), unifies line ends, trims. */
export function cleanCell(raw: string): string {
  const unescaped = /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(raw) ? raw.slice(1) : raw;
  return unescaped.replace(/\r\n?/g, "\n").trim();
}

/** "2021-06-29", or what Dutch Excel makes of it when it re-saves the file: "29-6-2021", "29/06/2021". */
export function parseCellDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  const candidate = iso ? value : dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, "0")}-${dutch[1]!.padStart(2, "0")}` : null;
  return candidate && isValidIsoDate(candidate) ? candidate : null;
}

const STATUS_BY_WORD = new Map<string, CommitmentStatus>([
  ...COMMITMENT_STATUSES.map((s) => [s, s] as const),
  ...COMMITMENT_STATUSES.map((s) => [STATUS_LABELS[s].toLowerCase(), s] as const),
]);

export function parseCellStatus(value: string): CommitmentStatus | undefined {
  return STATUS_BY_WORD.get(value.trim().toLowerCase().replace(/\s+/g, " "));
}

const ROLE_BY_WORD: Record<string, ReferenceRole> = {
  source: "source",
  bron: "source",
  fulfilment: "fulfilment",
  nakoming: "fulfilment",
  related: "related",
  aangehaald: "related",
};

/** "source: Kamerstuk 29 628, nr. 1030 | fulfilment: kst-29628-1099" → the references, or the first problem. */
export function parseCellReferences(value: string): { ok: true; references: CsvReference[] } | { ok: false; message: string } {
  if (value === "") return { ok: true, references: [] };
  const references: CsvReference[] = [];
  for (const part of value.split(/\s*\|\s*/).filter((p) => p !== "")) {
    const match = /^([a-z]+)\s*:\s*(.+)$/i.exec(part);
    const role = match ? ROLE_BY_WORD[match[1]!.toLowerCase()] : undefined;
    if (!match || !role) {
      return { ok: false, message: `"${part}": zet de rol ervoor, bijvoorbeeld "source: Kamerstuk 29 628, nr. 1030" (rollen: source, fulfilment, related).` };
    }
    let citation = match[2]!.trim();
    // A canonical id (kst-29628-1030) is as good as the citation; the label is what the form and schema read.
    if (/^(kst|ah|h)-/i.test(citation)) {
      try {
        citation = parseDocumentId(citation).label;
      } catch {
        // left as typed: the citation check in csv-plan.ts says what is wrong with it
      }
    }
    references.push({ citation, role });
  }
  return { ok: true, references };
}

export function readCsvRow(record: CsvRecord, columns: Array<string | null>, present: Set<string>): { values: CsvRowValues; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const problem = (column: string | null, message: string) =>
    problems.push({ row: record.row, column: column ? columnLabel(column) : null, message, severity: "fout" });
  const cells = new Map<string, string>();
  record.cells.forEach((raw, i) => {
    const name = columns[i];
    const value = cleanCell(raw);
    if (i >= columns.length) {
      if (value !== "") problem(null, `Rij heeft meer cellen (${record.cells.length}) dan er kolommen zijn (${columns.length}).`);
      return;
    }
    if (!name) {
      if (value !== "") problem(null, `Cel ${i + 1} staat in een kolom zonder naam: "${value.slice(0, 40)}".`);
      return;
    }
    cells.set(name, value);
  });
  const cell = (name: string) => cells.get(name) ?? "";
  const optional = (name: string) => (present.has(name) ? cell(name) : undefined);

  let number: string | null = cell("nummer").toUpperCase() || null;
  if (number && !isCommitmentNumber(number)) {
    problem("nummer", `"${cell("nummer")}" is geen toezeggingsnummer (zoals TZ-2021-0010). Laat de cel leeg voor een nieuwe toezegging.`);
    number = null;
  }
  let madeOn = "";
  if (cell("gedaan_op") !== "") {
    madeOn = parseCellDate(cell("gedaan_op")) ?? "";
    if (!madeOn) problem("gedaan_op", `"${cell("gedaan_op")}" is geen bestaande datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2021-06-29.`);
  }
  let status: CommitmentStatus | null | undefined;
  if (present.has("status")) {
    status = cell("status") === "" ? null : parseCellStatus(cell("status"));
    if (status === undefined) {
      problem("status", `Onbekende status "${cell("status")}"; kies uit ${COMMITMENT_STATUSES.join(", ")}.`);
      status = null;
    }
  }
  let references: CsvReference[] | undefined;
  if (present.has("kamerstukken")) {
    const parsed = parseCellReferences(cell("kamerstukken"));
    if (parsed.ok) references = parsed.references;
    else problem("kamerstukken", parsed.message);
  }
  const derived: CsvRowValues["derived"] = {};
  for (const name of DERIVED_COLUMNS) if (present.has(name)) derived[name] = cell(name);

  return {
    values: {
      row: record.row,
      number,
      version: cell("versie") || null,
      title: cell("titel"),
      text: cell("tekst"),
      madeOn,
      activity: cell("activiteit"),
      ministerName: cell("bewindspersoon"),
      ministerFunction: cell("functie"),
      ministry: cell("ministerie"),
      committee: optional("commissie"),
      addressee: optional("gedaan_aan"),
      references,
      status,
      deadlinePhrase: optional("termijn"),
      reason: cell("reden") || null,
      derived,
    },
    problems,
  };
}
