import type { OverdueSection } from "@/lib/data/dashboard";
import { overdueListHref } from "@/lib/dashboard/links";
import type { DashboardFilters } from "@/lib/dashboard/params";
import { formatDate, formatDays } from "@/lib/format/dates";
import { CommitmentCell } from "./commitment-cell";

export function OverdueTable({ overdue, filters }: { overdue: OverdueSection; filters: DashboardFilters }) {
  if (!overdue.total) {
    return <p className="rounded border border-gray-200 bg-white p-4">Geen openstaande toezeggingen over de termijn.</p>;
  }
  const shown = overdue.items.length;
  return (
    <>
      <div className="overflow-x-auto rounded border border-gray-200 bg-white">
        <table className="data-table">
          <caption className="sr-only">Toezeggingen over de termijn, meest verlopen eerst</caption>
          <thead>
            <tr>
              <th scope="col">Toezegging</th>
              <th scope="col">Termijn</th>
              <th scope="col">Uiterste termijn</th>
              <th scope="col" className="num">
                Over de termijn
              </th>
            </tr>
          </thead>
          <tbody>
            {overdue.items.map((item) => (
              <tr key={item.number}>
                <td>
                  <CommitmentCell item={item} />
                </td>
                <td>{item.deadlinePhrase ? <q>{item.deadlinePhrase}</q> : "—"}</td>
                <td className="date">{formatDate(item.latest)}</td>
                <td className="num date font-medium text-overdue">{formatDays(item.daysOverdue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm print:break-before-avoid">
        {shown < overdue.total ? `De ${shown} meest verlopen van ${overdue.total.toLocaleString("nl-NL")}. ` : null}
        <a href={overdueListHref(filters)} className="print:no-underline">
          Alle {overdue.total.toLocaleString("nl-NL")} toezeggingen over de termijn in de lijst
        </a>
      </p>
    </>
  );
}
