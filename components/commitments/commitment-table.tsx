import Link from "next/link";
import type { CommitmentView } from "@/lib/data/commitment-view";
import { DeadlineSummary } from "./deadline-summary";
import { StatusBadge } from "./status-badge";

export function CommitmentTable({ commitments, caption }: { commitments: CommitmentView[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded border border-gray-200 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              Toezegging
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Status
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Termijn
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Bewindspersoon
            </th>
          </tr>
        </thead>
        <tbody>
          {commitments.map((c) => (
            <tr key={c.number} className="border-t border-gray-200 align-top">
              <td className="px-3 py-3">
                <Link href={`/toezeggingen/${c.number}`} className="font-medium">
                  {c.title}
                </Link>
                <span className="block text-xs text-muted">{c.number}</span>
              </td>
              <td className="px-3 py-3">
                <StatusBadge status={c.status} overdue={c.overdue} />
              </td>
              <td className="px-3 py-3">
                <DeadlineSummary commitment={c} compact />
              </td>
              <td className="px-3 py-3">
                {c.minister.name}
                <span className="block text-xs text-muted">{c.ministry.name}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
