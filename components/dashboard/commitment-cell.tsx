import Link from "next/link";
import type { DashboardItem } from "@/lib/data/dashboard";

/** The first cell of a dashboard row: the title as a link, the number and ministry under it. */
export function CommitmentCell({ item, showMinistry = true }: { item: DashboardItem; showMinistry?: boolean }) {
  return (
    <>
      <Link href={`/toezeggingen/${item.number}`} className="font-medium">
        {item.title}
      </Link>
      <span className="block text-xs text-muted">
        {item.number}
        {showMinistry ? ` · ${item.ministerName}, ${item.ministry.code}` : null}
      </span>
    </>
  );
}
