// The list's filters in Dutch words, one part per filter: the one wording behind the name of a calendar, the title
// of a feed and a workbook, the description of a followed selection and the dashboard's "Selectie: …" line. Each of
// those frames and joins the parts its own way. Pure.
import { formatDossierKey } from "@/lib/kamerstuk";
import { STATUS_LABELS } from "@/lib/commitment/labels";
import type { CommitmentFilters, StatusFilter } from "@/lib/validation/commitment-filters";
import { formatDate } from "./dates";

/** What a selection selects; sort and paging only say how it is shown. */
export type SelectionFilters = Pick<CommitmentFilters, "q" | "status" | "ministry" | "minister" | "dossier" | "deadlineFrom" | "deadlineTo">;

/** The names behind the codes and ids in the filters (lib/data/reference-data.ts: filterNames, listFilterOptions). */
export interface FilterNames {
  ministries: ReadonlyArray<{ code: string; name: string }>;
  ministers: ReadonlyArray<{ id: number; name: string }>;
}

const statusWord = (s: StatusFilter) => (s === "overdue" ? "over de termijn" : STATUS_LABELS[s].toLowerCase());

const either = (words: string[]) => words.join(" of ");

/**
 * ["zoekterm ‘wijkagent’", "status open of over de termijn", "Ministerie van Justitie en Veiligheid",
 * "bewindspersoon F.B.J. Grapperhaus of nr. 9", "dossier 29 628", "uiterste termijn tot en met 31 december 2022"],
 * or [] without filters. A ministry is its bare name (it says "Ministerie van …" itself); a code or id without a
 * known name is shown as the code, or as "nr. <id>".
 */
export function filterParts(filters: SelectionFilters, names: FilterNames): string[] {
  const ministry = (code: string) => names.ministries.find((m) => m.code === code)?.name ?? code;
  const minister = (id: number) => names.ministers.find((m) => m.id === id)?.name ?? `nr. ${id}`;
  const parts: string[] = [];
  if (filters.q) parts.push(`zoekterm ‘${filters.q}’`);
  if (filters.status?.length) parts.push(`status ${either(filters.status.map(statusWord))}`);
  if (filters.ministry?.length) parts.push(either(filters.ministry.map(ministry)));
  if (filters.minister?.length) parts.push(`bewindspersoon ${either(filters.minister.map(minister))}`);
  if (filters.dossier?.length) parts.push(`dossier ${either(filters.dossier.map(formatDossierKey))}`);
  const { deadlineFrom: from, deadlineTo: to } = filters;
  if (from && to) parts.push(`uiterste termijn van ${formatDate(from)} tot en met ${formatDate(to)}`);
  else if (from) parts.push(`uiterste termijn vanaf ${formatDate(from)}`);
  else if (to) parts.push(`uiterste termijn tot en met ${formatDate(to)}`);
  return parts;
}
