import type { DeadlineMonths as Months } from "@/lib/data/dashboard";
import { bucketTotals } from "@/lib/dashboard/month-buckets";
import { monthName } from "@/lib/dashboard/calendar";
import { CHART_COLORS } from "./chart-colors";
import { DeadlineChart } from "./deadline-chart";

const nl = (n: number) => n.toLocaleString("nl-NL");

export function windowLabel(window: Months["window"]): string {
  return `${monthName(window.startMonth)} tot en met ${monthName(window.endMonth)}`;
}

function Swatch({ color, label }: { color: string; label: string }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14">
        <rect width="14" height="14" rx="2" fill={color} />
      </svg>
      {label}
    </span>
  );
}

/** The chart with its legend, a one-sentence summary, and the same numbers as a table. */
export function DeadlineMonths({ months }: { months: Months }) {
  const totals = bucketTotals(months.buckets);
  const summary =
    `Staafdiagram van de uiterste termijnen per maand, ${windowLabel(months.window)}: ` +
    `${nl(totals.outstanding)} openstaand en ${nl(totals.fulfilled)} nagekomen. De aantallen per maand staan in de tabel eronder.`;
  return (
    <figure className="space-y-3 rounded border border-gray-200 bg-white p-4 print:break-inside-avoid">
      <figcaption className="space-y-1 text-sm">
        <span className="block">
          {windowLabel(months.window)}
          {months.window.source === "filter" ? " (het termijnvenster van de filters)" : null}
          {months.window.truncated ? "; het venster is ingekort tot de eerste 48 maanden" : null}: <strong>{nl(totals.outstanding)}</strong> openstaand,{" "}
          <strong>{nl(totals.fulfilled)}</strong> nagekomen.
        </span>
        <span className="flex flex-wrap gap-4" aria-hidden="true">
          <Swatch color={CHART_COLORS.outstanding} label="Openstaand (open of deels nagekomen)" />
          <Swatch color={CHART_COLORS.fulfilled} label="Nagekomen" />
        </span>
      </figcaption>
      <DeadlineChart buckets={months.buckets} summary={summary} />
      <details className="text-sm print:hidden">
        <summary className="cursor-pointer text-rijks underline">Tabel: uiterste termijnen per maand</summary>
        <div className="mt-2">
          <table className="data-table compact">
            <caption className="sr-only">Uiterste termijnen per maand, {windowLabel(months.window)}</caption>
            <thead>
              <tr>
                <th scope="col">Maand</th>
                <th scope="col" className="num">
                  Openstaand
                </th>
                <th scope="col" className="num">
                  Nagekomen
                </th>
                <th scope="col" className="num">
                  Samen
                </th>
              </tr>
            </thead>
            <tbody>
              {months.buckets.map((b) => (
                <tr key={b.month}>
                  <th scope="row" className={b.current ? "font-semibold" : undefined}>
                    {b.name}
                    {b.current ? " (deze maand)" : null}
                  </th>
                  <td className="num">{nl(b.outstanding)}</td>
                  <td className="num">{nl(b.fulfilled)}</td>
                  <td className="num">{nl(b.outstanding + b.fulfilled)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
