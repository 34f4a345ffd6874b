// Columns the register derives (the deadline's range and precision, overdue, fulfilled on, dossiers) are read
// only to say, in the dry run, that a changed value there is ignored: change the deadline phrase or the
// references instead.
import { LIST_SEPARATOR } from "@/lib/export/columns";
import { columnLabel, DERIVED_COLUMNS, type DerivedColumn } from "./csv-columns";
import { parseCellDate, type CsvRowValues } from "./csv-row";
import type { CurrentCommitment } from "./plan";
import type { ImportProblem } from "./report";

const DATE_COLUMNS: ReadonlySet<DerivedColumn> = new Set(["termijn_vroegst", "termijn_uiterlijk", "nagekomen_op"]);

function registerValue(column: DerivedColumn, current: CurrentCommitment): string {
  switch (column) {
    case "termijn_vroegst":
      return current.deadline?.earliest ?? "";
    case "termijn_uiterlijk":
      return current.deadline?.latest ?? "";
    case "precisie":
      return current.deadline?.precision ?? "";
    case "over_termijn":
      return current.overdue ? "ja" : "nee";
    case "nagekomen_op":
      return current.fulfilledOn ?? "";
    case "dossiers":
      return current.dossiers.join(LIST_SEPARATOR);
  }
}

function same(column: DerivedColumn, file: string, register: string): boolean {
  if (DATE_COLUMNS.has(column)) return (parseCellDate(file) ?? file) === register;
  if (column === "dossiers") {
    const set = (v: string) =>
      v
        .split("|")
        .map((s) => s.trim())
        .filter(Boolean)
        .sort()
        .join("|");
    return set(file) === set(register);
  }
  return file.trim().toLowerCase() === register.toLowerCase();
}

export function derivedWarnings(values: CsvRowValues, current: CurrentCommitment | null): ImportProblem[] {
  const warnings: ImportProblem[] = [];
  for (const column of DERIVED_COLUMNS) {
    const file = values.derived[column];
    if (file === undefined) continue;
    const register = current ? registerValue(column, current) : "";
    if (same(column, file, register)) continue;
    warnings.push({
      row: values.row,
      column: columnLabel(column),
      message: current
        ? `Wordt door het register afgeleid en bij het importeren genegeerd (in het bestand "${file}", in het register "${register || "leeg"}").`
        : `Wordt door het register afgeleid en bij het aanmaken genegeerd (in het bestand "${file}").`,
      severity: "let op",
    });
  }
  return warnings;
}
