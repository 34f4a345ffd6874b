import Link from "next/link";
import type { DashboardItem } from "@/lib/data/dashboard";

/** The first cell of a dashboard row (inside a .data-table): the title as a link, the number and ministry under it. */
export function CommitmentCell({ item, showMinistry = true }: { item: DashboardItem; showMinistry?: boolean }) {
  return (
    <>
      <Link href={`/toezeggingen/${item.number}`} className="title">
        {item.title}
      </Link>
      <span className="sub">
        {item.number}
        {showMinistry ? ` · ${item.ministerName}, ${item.ministry.code}` : null}
      </span>
    </>
  );
}
