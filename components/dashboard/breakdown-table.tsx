import type { BreakdownRow } from "@/lib/data/dashboard";
import { dashboardHref } from "@/lib/dashboard/links";
import { formatOnTimeRate, sumCounts } from "@/lib/dashboard/on-time";
import type { DashboardFilters } from "@/lib/dashboard/params";

const nl = (n: number) => n.toLocaleString("nl-NL");
const COUNTS = ["outstanding", "overdue", "fulfilled", "measured", "onTime"] as const;

const KIND = {
  ministry: { column: "Ministerie", caption: "Per ministerie" },
  minister: { column: "Bewindspersoon", caption: "Per bewindspersoon" },
} as const;

function OnTime({ row }: { row: Pick<BreakdownRow, "measured" | "onTime"> }) {
  const rate = formatOnTimeRate(row);
  if (rate === "—") {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="sr-only">niets te meten</span>
      </>
    );
  }
  return (
    <>
      {rate} <span className="text-xs text-muted">({nl(row.onTime)} van {nl(row.measured)})</span>
    </>
  );
}

/** Per ministry or minister: outstanding, overdue, fulfilled and the on-time rate, with a total row. */
export function BreakdownTable({ rows, kind, filters, footnoteId }: { rows: BreakdownRow[]; kind: keyof typeof KIND; filters: DashboardFilters; footnoteId: string }) {
  if (!rows.length) return <p className="rounded border border-gray-200 bg-white p-4">Geen toezeggingen in deze selectie.</p>;
  const total = sumCounts(rows, COUNTS);
  // Drilling down: the same dashboard for one ministry or minister, keeping the other filters.
  const drill = (row: BreakdownRow) => dashboardHref(kind === "ministry" ? { ...filters, ministry: [row.key] } : { ...filters, minister: [Number(row.key)] });
  const num = "px-3 py-2 text-right tabular-nums";
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto rounded border border-gray-200 bg-white">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{KIND[kind].caption}: openstaand, over de termijn, nagekomen en op tijd nagekomen</caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">{KIND[kind].column}</th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">Openstaand</th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">waarvan over de termijn</th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">Nagekomen</th>
              <th scope="col" className="px-3 py-2 text-right font-semibold" aria-describedby={footnoteId}>
                Op tijd nagekomen<span aria-hidden="true">*</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-t border-gray-200 align-top print:break-inside-avoid">
                <th scope="row" className="px-3 py-2 font-normal">
                  <a href={drill(row)} className="print:no-underline">{row.name}</a>
                  {row.detail ? <span className="block text-xs text-muted">{row.detail}</span> : null}
                </th>
                <td className={num}>{nl(row.outstanding)}</td>
                <td className={`${num} ${row.overdue ? "font-medium text-overdue" : ""}`}>{nl(row.overdue)}</td>
                <td className={num}>{nl(row.fulfilled)}</td>
                <td className={num}><OnTime row={row} /></td>
              </tr>
            ))}
          </tbody>
          {rows.length > 1 ? (
            <tfoot className="border-t-2 border-gray-300 font-semibold">
              <tr>
                <th scope="row" className="px-3 py-2">Totaal</th>
                <td className={num}>{nl(total.outstanding)}</td>
                <td className={num}>{nl(total.overdue)}</td>
                <td className={num}>{nl(total.fulfilled)}</td>
                <td className={num}><OnTime row={total} /></td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
      <p id={footnoteId} className="text-xs text-muted">
        * Op tijd nagekomen: van de nagekomen toezeggingen met een uiterste termijn, het deel dat is nagekomen op of vóór
        die uiterste termijn. De datum van nakoming is de datum van het Kamerstuk dat haar nakomt, of anders de dag waarop
        zij als nagekomen is vastgelegd. Nagekomen
        toezeggingen zonder uiterste termijn, zoals ‘op korte termijn’, tellen niet mee; is er niets te meten, dan staat
        er —. Openstaand is open of deels nagekomen.
      </p>
    </div>
  );
}
