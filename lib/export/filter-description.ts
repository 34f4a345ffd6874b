// The list's filters in plain Dutch, for the name of a calendar (X-WR-CALNAME) and the title of a feed: a
// subscriber sees "Toezeggingen – status: open" in Outlook, not a query string.
import { formatDate } from "@/lib/format/dates";
import { STATUS_LABELS } from "@/lib/status/labels";
import type { CommitmentFilters, StatusFilter } from "@/lib/validation/commitment-filters";

export interface FilterNames {
  /** ministry code → name */
  ministries: Map<string, string>;
  /** minister id → name */
  ministers: Map<number, string>;
}

const statusLabel = (s: StatusFilter) => (s === "overdue" ? "over de termijn" : STATUS_LABELS[s].toLowerCase());
const dossierLabel = (key: string) => key.replace(/^(\d{2})(\d{3})/, "$1 $2");

/** "status: open of over de termijn; ministerie: Ministerie van …", or "" without filters. */
export function describeFilters(filters: CommitmentFilters, names: FilterNames): string {
  const parts: string[] = [];
  if (filters.q) parts.push(`zoekterm ‘${filters.q}’`);
  if (filters.status?.length) parts.push(`status: ${filters.status.map(statusLabel).join(" of ")}`);
  if (filters.ministry?.length) parts.push(`ministerie: ${filters.ministry.map((code) => names.ministries.get(code) ?? code).join(" of ")}`);
  if (filters.minister?.length) parts.push(`bewindspersoon: ${filters.minister.map((id) => names.ministers.get(id) ?? `nr. ${id}`).join(" of ")}`);
  if (filters.dossier?.length) parts.push(`dossier ${filters.dossier.map(dossierLabel).join(" of ")}`);
  if (filters.deadlineFrom && filters.deadlineTo) {
    parts.push(`uiterste termijn ${formatDate(filters.deadlineFrom)} t/m ${formatDate(filters.deadlineTo)}`);
  } else if (filters.deadlineFrom) parts.push(`uiterste termijn vanaf ${formatDate(filters.deadlineFrom)}`);
  else if (filters.deadlineTo) parts.push(`uiterste termijn tot en met ${formatDate(filters.deadlineTo)}`);
  return parts.join("; ");
}

/** "Toezeggingen – status: open", or "Alle toezeggingen". */
export function describeSelection(filters: CommitmentFilters, names: FilterNames): string {
  const description = describeFilters(filters, names);
  return description ? `Toezeggingen – ${description}` : "Alle toezeggingen";
}
