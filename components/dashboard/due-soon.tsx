import type { DueSoonSection } from "@/lib/data/dashboard";
import { dueSoonListHref } from "@/lib/dashboard/links";
import type { DashboardFilters } from "@/lib/dashboard/params";
import { formatDate, formatDays } from "@/lib/format/dates";
import { CommitmentCell } from "./commitment-cell";

const nl = (n: number) => n.toLocaleString("nl-NL");

export function DueSoon({ due, filters, days }: { due: DueSoonSection; filters: DashboardFilters; days: { near: number; far: number } }) {
  const windows = [
    { days: days.near, count: due.near },
    { days: days.far, count: due.far },
  ];
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-2 gap-3 sm:max-w-md">
        {windows.map((w) => {
          const href = dueSoonListHref(filters, due.today, w.days);
          return (
            <div key={w.days} className="rounded border border-gray-200 bg-white p-3">
              <dt className="text-sm text-muted">Binnen {w.days} dagen</dt>
              <dd className="mt-1">
                {href ? (
                  <a href={href} className="text-2xl font-semibold text-ink no-underline hover:underline">
                    {nl(w.count)}
                  </a>
                ) : (
                  <span className="text-2xl font-semibold">{nl(w.count)}</span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {due.items.length ? (
        <div className="overflow-x-auto rounded border border-gray-200 bg-white">
          <table className="data-table">
            <caption className="sr-only">Eerstvolgende uiterste termijnen, binnen {days.far} dagen</caption>
            <thead>
              <tr>
                <th scope="col">Toezegging</th>
                <th scope="col">Termijn</th>
                <th scope="col">Uiterste termijn</th>
                <th scope="col" className="num">
                  Nog
                </th>
              </tr>
            </thead>
            <tbody>
              {due.items.map((item) => (
                <tr key={item.number}>
                  <td>
                    <CommitmentCell item={item} />
                  </td>
                  <td>{item.deadlinePhrase ? <q>{item.deadlinePhrase}</q> : "—"}</td>
                  <td className="date">{formatDate(item.latest)}</td>
                  <td className="num date">{item.daysRemaining === 0 ? "vandaag" : formatDays(item.daysRemaining)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="rounded border border-gray-200 bg-white p-4">Geen openstaande toezeggingen met een uiterste termijn in de komende {days.far} dagen.</p>
      )}
    </div>
  );
}
