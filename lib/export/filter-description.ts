// The list's filters in plain Dutch, for the name of a calendar (X-WR-CALNAME) and the title of a feed and a
// workbook: a subscriber sees "Toezeggingen – status open" in Outlook, not a query string.
import { filterParts, type FilterNames, type SelectionFilters } from "@/lib/format/filter-description";

/** "Toezeggingen – status open; Ministerie van …", or "Alle toezeggingen". */
export function describeSelection(filters: SelectionFilters, names: FilterNames): string {
  const parts = filterParts(filters, names);
  return parts.length ? `Toezeggingen – ${parts.join("; ")}` : "Alle toezeggingen";
}
