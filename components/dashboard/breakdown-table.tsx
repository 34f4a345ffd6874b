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
      {rate}{" "}
      <span className="text-xs text-muted">
        ({nl(row.onTime)} van {nl(row.measured)})
      </span>
    </>
  );
}

/** Per ministry or minister: outstanding, overdue, fulfilled and the on-time rate, with a total row. */
export function BreakdownTable({
  rows,
  kind,
  filters,
  footnoteId,
}: {
  rows: BreakdownRow[];
  kind: keyof typeof KIND;
  filters: DashboardFilters;
  footnoteId: string;
}) {
  if (!rows.length) return <p className="rounded border border-gray-200 bg-white p-4">Geen toezeggingen in deze selectie.</p>;
  const total = sumCounts(rows, COUNTS);
  // Drilling down: the same dashboard for one ministry or minister, keeping the other filters.
  const drill = (row: BreakdownRow) => dashboardHref(kind === "ministry" ? { ...filters, ministry: [row.key] } : { ...filters, minister: [Number(row.key)] });
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto rounded border border-gray-200 bg-white">
        <table className="data-table">
          <caption className="sr-only">{KIND[kind].caption}: openstaand, over de termijn, nagekomen en op tijd nagekomen</caption>
          <thead>
            <tr>
              <th scope="col">{KIND[kind].column}</th>
              <th scope="col" className="num">
                Openstaand
              </th>
              <th scope="col" className="num">
                waarvan over de termijn
              </th>
              <th scope="col" className="num">
                Nagekomen
              </th>
              <th scope="col" className="num" aria-describedby={footnoteId}>
                Op tijd nagekomen<span aria-hidden="true">*</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">
                  <a href={drill(row)}>{row.name}</a>
                  {row.detail ? <span className="sub">{row.detail}</span> : null}
                </th>
                <td className="num">{nl(row.outstanding)}</td>
                <td className={row.overdue ? "num font-medium text-overdue" : "num"}>{nl(row.overdue)}</td>
                <td className="num">{nl(row.fulfilled)}</td>
                <td className="num">
                  <OnTime row={row} />
                </td>
              </tr>
            ))}
          </tbody>
          {rows.length > 1 ? (
            <tfoot className="border-t-2 border-gray-300 font-semibold">
              <tr>
                <th scope="row" className="font-semibold">
                  Totaal
                </th>
                <td className="num">{nl(total.outstanding)}</td>
                <td className="num">{nl(total.overdue)}</td>
                <td className="num">{nl(total.fulfilled)}</td>
                <td className="num">
                  <OnTime row={total} />
                </td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
      <p id={footnoteId} className="text-xs text-muted">
        * Op tijd nagekomen: van de nagekomen toezeggingen met een uiterste termijn, het deel dat is nagekomen op of vóór die uiterste termijn. De datum van
        nakoming is de datum van het Kamerstuk dat haar nakomt, of anders de dag waarop zij als nagekomen is vastgelegd. Nagekomen toezeggingen zonder uiterste
        termijn, zoals ‘op korte termijn’, tellen niet mee; is er niets te meten, dan staat er —. Openstaand is open of deels nagekomen.
      </p>
    </div>
  );
}
