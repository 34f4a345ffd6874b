import "server-only";
import { db } from "@/lib/db";
import type { FilterNames, SelectionFilters } from "@/lib/format/filter-description";
import { cachedUntilChange } from "./register-cache";

/** Ministries and ministers for the list's filter controls, kept until the register changes. */
export function listFilterOptions() {
  return cachedUntilChange("filter-options", async () => {
    const [ministries, ministers] = await Promise.all([
      db().ministry.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
      db().minister.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, function: true } }),
    ]);
    return { ministries, ministers };
  });
}

/** The names behind the codes and ids in the filters, to describe a selection in words; only those asked for. */
export async function filterNames(filters: Pick<SelectionFilters, "ministry" | "minister">): Promise<FilterNames> {
  const [ministries, ministers] = await Promise.all([
    filters.ministry?.length ? db().ministry.findMany({ where: { code: { in: filters.ministry } }, select: { code: true, name: true } }) : [],
    filters.minister?.length ? db().minister.findMany({ where: { id: { in: filters.minister } }, select: { id: true, name: true } }) : [],
  ]);
  return { ministries, ministers };
}
