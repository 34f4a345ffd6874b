import type { StatusCounts as Counts } from "@/lib/data/dashboard";
import { listHref, overdueListHref } from "@/lib/dashboard/links";
import type { DashboardFilters } from "@/lib/dashboard/params";
import { STATUS_LABELS } from "@/lib/commitment/labels";
import type { CommitmentStatus } from "@/lib/commitment/status";

const nl = (n: number) => n.toLocaleString("nl-NL");

interface Card {
  label: string;
  value: number;
  href: string;
  note?: string;
  tone?: "overdue";
}

/** One card per status, each linking to the list of exactly those commitments. */
export function StatusCounts({ counts, filters }: { counts: Counts; filters: DashboardFilters }) {
  const status = (s: CommitmentStatus): Card => ({ label: STATUS_LABELS[s], value: counts[s], href: listHref(filters, { status: [s] }) });
  const cards: Card[] = [
    { label: "Totaal", value: counts.total, href: listHref(filters) },
    status("open"),
    status("partially_fulfilled"),
    {
      label: "Over de termijn",
      value: counts.overdue,
      href: overdueListHref(filters),
      note: `van ${nl(counts.outstanding)} openstaande`,
      tone: "overdue",
    },
    status("fulfilled"),
    status("lapsed"),
    status("withdrawn"),
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7 print:grid-cols-7">
      {cards.map((card) => (
        <div key={card.label} className={`rounded border bg-white p-3 ${card.tone === "overdue" && card.value > 0 ? "border-red-300" : "border-gray-200"}`}>
          <dt className="text-sm text-muted">{card.label}</dt>
          <dd className="mt-1">
            <a
              href={card.href}
              className={`text-2xl font-semibold no-underline hover:underline ${card.tone === "overdue" && card.value > 0 ? "text-overdue" : "text-ink"}`}
            >
              {nl(card.value)}
            </a>
            {card.note ? <span className="block text-xs text-muted">{card.note}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
