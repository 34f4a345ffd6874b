import Link from "next/link";
import type { ImportReport } from "@/lib/import/report";
import { ProblemTable, ReportHeading, RowTable } from "./import-report";

/** After the import: what was written, with links to every commitment it created or changed. */
export function ImportSummary({ report, unchangedRows, columnName }: { report: ImportReport; unchangedRows: number[]; columnName: string }) {
  const skipped = report.counts.ongeldig + report.counts.conflict;
  const done = { ...report, rows: report.rows.filter((r) => r.outcome === "aanmaken" || r.outcome === "bijwerken") };
  const left = { ...report, rows: report.rows.filter((r) => r.outcome !== "aanmaken" && r.outcome !== "bijwerken") };
  return (
    <section aria-labelledby="import-klaar" className="space-y-4">
      <h2 id="import-klaar" className="text-lg font-semibold">
        Import voltooid
      </h2>
      <ReportHeading report={report} unchangedRows={unchangedRows} />
      <p className="text-sm">
        {report.writable
          ? `${report.counts.aanmaken} aangemaakt en ${report.counts.bijwerken} bijgewerkt, elk met één regel in de geschiedenis.`
          : "Er was niets te wijzigen."}
        {skipped ? ` ${skipped} ${skipped === 1 ? "rij is" : "rijen zijn"} niet geïmporteerd (ongeldig of conflict); zie hieronder.` : ""}
      </p>
      {done.rows.length ? <RowTable report={done} unchangedRows={[]} caption="Aangemaakte en bijgewerkte toezeggingen" linked /> : null}
      {left.rows.length ? <RowTable report={left} unchangedRows={[]} caption="Niet geïmporteerde rijen" linked={false} /> : null}
      <ProblemTable report={report} columnName={columnName} />
      <p className="text-sm">
        <Link href="/toezeggingen">Naar alle toezeggingen</Link>
      </p>
    </section>
  );
}
