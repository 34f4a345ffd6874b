import "server-only";
import { db } from "@/lib/db";

/** Ministries and ministers for the list's filter controls. */
export async function listFilterOptions() {
  const [ministries, ministers] = await Promise.all([
    db().ministry.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
    db().minister.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, function: true } }),
  ]);
  return { ministries, ministers };
}
