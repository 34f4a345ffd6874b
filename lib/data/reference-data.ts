import "server-only";
import { db } from "@/lib/db";
import type { FilterNames, SelectionFilters } from "@/lib/format/filter-description";

/** Ministries and ministers for the list's filter controls. */
export async function listFilterOptions() {
  const [ministries, ministers] = await Promise.all([
    db().ministry.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
    db().minister.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, function: true } }),
  ]);
  return { ministries, ministers };
}

/** The names behind the codes and ids in the filters, to describe a selection in words; only those asked for. */
export async function filterNames(filters: Pick<SelectionFilters, "ministry" | "minister">): Promise<FilterNames> {
  const [ministries, ministers] = await Promise.all([
    filters.ministry?.length ? db().ministry.findMany({ where: { code: { in: filters.ministry } }, select: { code: true, name: true } }) : [],
    filters.minister?.length ? db().minister.findMany({ where: { id: { in: filters.minister } }, select: { id: true, name: true } }) : [],
  ]);
  return { ministries, ministers };
}
