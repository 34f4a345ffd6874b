import Link from "next/link";
import type { ReferenceView } from "@/lib/data/commitment-view";
import { formatDate } from "@/lib/format/dates";
import { REFERENCE_ROLE_LABELS } from "@/lib/commitment/references";

export function ReferenceList({ references }: { references: ReferenceView[] }) {
  if (!references.length) return <p className="text-muted">Geen Kamerstukken vastgelegd.</p>;
  return (
    <ul className="divide-y divide-gray-200 rounded border border-gray-200 bg-white">
      {references.map((r) => (
        <li key={`${r.role}-${r.id}`} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2">
          <span className="w-24 shrink-0 text-xs font-semibold uppercase tracking-wide text-muted">{REFERENCE_ROLE_LABELS[r.role]}</span>
          <span className="min-w-0 flex-1">
            <Link href={`/documenten/${r.id}`}>{r.label}</Link>
            {r.title ? (
              <span className="block text-sm text-muted">
                {r.title}
                {r.date ? `, ${formatDate(r.date)}` : ""}
              </span>
            ) : null}
          </span>
          <a href={r.url} className="text-sm" rel="external noopener">
            officielebekendmakingen.nl<span className="sr-only"> ({r.label})</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
