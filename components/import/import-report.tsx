import Link from "next/link";
import { allProblems, countsSentence, OUTCOME_DONE_LABELS, OUTCOME_LABELS, rowRanges, type ImportReport, type RowReport } from "@/lib/import/report";

// Beyond this many rows a table is cut short with a note: a browser renders 20,000 table rows slowly, and nobody
// reads them; the counts above the table stay complete.
const MAX_TABLE_ROWS = 2000;

const th = "px-3 py-2 font-semibold";
const td = "px-3 py-2 align-top";

function Toezegging({ row, linked }: { row: RowReport; linked: boolean }) {
  const ours = row.number ? linked ? <Link href={`/toezeggingen/${row.number}`}>{row.number}</Link> : row.number : null;
  if (row.tkNummer !== undefined) {
    return (
      <>
        {row.tkNummer ?? "—"}
        {ours ? <> ({ours})</> : null}
      </>
    );
  }
  return ours ?? <span className="text-muted">nieuw</span>;
}

function Truncated({ shown, total }: { shown: number; total: number }) {
  return shown < total ? (
    <p className="text-sm text-muted">
      De eerste {shown.toLocaleString("nl-NL")} van {total.toLocaleString("nl-NL")} staan hierboven.
    </p>
  ) : null;
}

/** Every problem as row, column and message. */
export function ProblemTable({ report, columnName }: { report: ImportReport; columnName: string }) {
  const problems = allProblems(report);
  if (!problems.length) return null;
  const shown = problems.slice(0, MAX_TABLE_ROWS);
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto rounded border border-gray-200 bg-white">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="px-3 py-2 text-left font-semibold">
            Meldingen: {problems.length.toLocaleString("nl-NL")}, per rij en {columnName.toLowerCase()}
          </caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className={th}>
                Rij
              </th>
              <th scope="col" className={th}>
                {columnName}
              </th>
              <th scope="col" className={th}>
                Soort
              </th>
              <th scope="col" className={th}>
                Melding
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: report rows are rendered once, in file order, and never reordered
              <tr key={i} className="border-t border-gray-200">
                <th scope="row" className={`${td} font-normal tabular-nums`}>
                  {p.row}
                </th>
                <td className={td}>{p.column ?? "—"}</td>
                <td className={`${td} whitespace-nowrap ${p.severity === "fout" ? "font-semibold text-overdue" : ""}`}>
                  {p.severity === "fout" ? "Fout" : "Let op"}
                </td>
                <td className={td}>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Truncated shown={shown.length} total={problems.length} />
    </div>
  );
}

/** What happens (or happened) to each row; rows nothing happens to are listed as ranges underneath. */
export function RowTable({ report, unchangedRows, caption, linked }: { report: ImportReport; unchangedRows: number[]; caption: string; linked: boolean }) {
  const shown = report.rows.slice(0, MAX_TABLE_ROWS);
  return (
    <div className="space-y-2">
      {shown.length ? (
        <div className="overflow-x-auto rounded border border-gray-200 bg-white">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="px-3 py-2 text-left font-semibold">{caption}</caption>
            <thead className="bg-gray-50">
              <tr>
                <th scope="col" className={th}>
                  Rij
                </th>
                <th scope="col" className={th}>
                  Toezegging
                </th>
                <th scope="col" className={th}>
                  {report.written ? "Wat er is gebeurd" : "Wat er gebeurt"}
                </th>
                <th scope="col" className={th}>
                  Velden
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.row} className="border-t border-gray-200">
                  <th scope="row" className={`${td} font-normal tabular-nums`}>
                    {r.row}
                  </th>
                  <td className={td}>
                    <Toezegging row={r} linked={linked && r.outcome !== "ongeldig"} />
                  </td>
                  <td className={`${td} ${r.outcome === "ongeldig" || r.outcome === "conflict" ? "font-semibold text-overdue" : ""}`}>
                    {(report.written ? OUTCOME_DONE_LABELS : OUTCOME_LABELS)[r.outcome]}
                  </td>
                  <td className={td}>{r.fields.length ? r.fields.join(", ") : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Truncated shown={shown.length} total={report.rows.length} />
      {unchangedRows.length ? (
        <p className="text-sm">
          <strong>Ongewijzigd</strong> ({unchangedRows.length.toLocaleString("nl-NL")}): {unchangedRows.length === 1 ? "rij" : "rijen"}{" "}
          {rowRanges(unchangedRows)}.
        </p>
      ) : null}
    </div>
  );
}

export function ReportHeading({ report, unchangedRows }: { report: ImportReport; unchangedRows: number[] }) {
  const total = report.rows.length + unchangedRows.length;
  return (
    <p>
      <strong>{report.fileName}</strong>: {total.toLocaleString("nl-NL")} {total === 1 ? "rij" : "rijen"} — {countsSentence(report.counts, report.written)}.
    </p>
  );
}
