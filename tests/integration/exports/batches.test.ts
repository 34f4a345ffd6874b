// The data behind every export: all matching commitments, read in keyset batches through the list's own query,
// in the list's order whatever the sort, and capped.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as csv } from "@/app/api/v1/commitments.csv/route";
import { GET as xlsx } from "@/app/api/v1/commitments.xlsx/route";
import { GET as ics } from "@/app/api/v1/commitments.ics/route";
import { listCommitments } from "@/lib/data/commitments";
import { commitmentBatches, MAX_CALENDAR_ROWS, MAX_EXPORT_ROWS, selectForExport } from "@/lib/data/exports";
import { db } from "@/lib/db";
import type { CommitmentFilters } from "@/lib/validation/commitment-filters";
import { addCommitmentOfAnotherMinistry, databaseForBlock, numbers, onDay, testDatabaseKinds, useSeededDatabase } from "../../support/register-fixtures";
import { addTrickyCommitments, get } from "./export-fixtures";

async function batchesOf(filters: CommitmentFilters, batchSize: number): Promise<string[][]> {
  const batches: string[][] = [];
  for await (const batch of commitmentBatches(filters, { batchSize })) batches.push(numbers(batch));
  return batches;
}

describe.each(testDatabaseKinds)("export batches on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useSeededDatabase(kind));
  beforeAll(async () => {
    await addCommitmentOfAnotherMinistry();
    await addTrickyCommitments(); // 20 commitments in all
  });

  const SORTS: CommitmentFilters[] = [
    {},
    { sort: "-deadline" },
    { sort: "made" },
    { sort: "-made" },
    { sort: "number" },
    { sort: "-number" },
    { q: "politie" },
    { q: "minister", sort: "relevance" },
  ];
  for (const filters of SORTS) {
    it(`reads every row once, in the list's order, across batch boundaries (${JSON.stringify(filters)})`, async () => {
      const all = numbers((await listCommitments({ ...filters, limit: 1000 })).items);
      expect(all.length).toBeGreaterThan(3);
      const batches = await batchesOf(filters, 3);
      expect(batches.flat()).toEqual(all);
      expect(batches.slice(0, -1).every((b) => b.length === 3)).toBe(true);
      expect(batches.at(-1)!.length).toBeGreaterThan(0); // no empty trailing batch
    });
  }

  it("filters as the list does, including the derived 'overdue'", async () => {
    const filters: CommitmentFilters = { status: ["overdue"], ministry: ["JenV"] };
    const all = await onDay("2026-11-29", () => listCommitments({ ...filters, limit: 1000 }));
    expect((await onDay("2026-11-29", () => batchesOf(filters, 2))).flat()).toEqual(numbers(all.items));
    expect(await onDay("2026-11-29", () => batchesOf({ q: "ruimtevaart" }, 2))).toEqual([]);
  });

  it("stops at the cap, and refuses a selection over it before reading any row", async () => {
    const capped = [];
    for await (const batch of commitmentBatches({ sort: "number" }, { batchSize: 3, max: 7 })) capped.push(...numbers(batch));
    expect(capped).toEqual(numbers((await listCommitments({ sort: "number", limit: 7 })).items));

    expect(await selectForExport({}, { max: 19 })).toEqual({ ok: false, total: 20, max: 19 });
    const within = await selectForExport({}, { max: 20 });
    expect(within).toMatchObject({ ok: true, total: 20 });
  });

  it(`answers 400 "verfijn de filters" for more than ${MAX_EXPORT_ROWS.toLocaleString("nl-NL")} rows`, { timeout: 300_000 }, async () => {
    // Bulk rows straight in SQL (the app's insert path would take minutes); only the count matters here.
    await db().$executeRawUnsafe(`INSERT INTO commitment (number, title, text, activity, minister_id, ministry_id, updated_at)
      SELECT 'TZ-2099-' || lpad(g::text, 6, '0'), 'Bulk ' || g, 'Bulktoezegging ' || g, 'Test', m.id, m.ministry_id, now()
      FROM generate_series(1, ${MAX_EXPORT_ROWS}) g, (SELECT id, ministry_id FROM minister ORDER BY id LIMIT 1) m`);
    // the calendar has a lower cap, and leaves out the 5 fulfilled ones unless asked for them
    const routes = [
      [csv, "commitments.csv", 20, MAX_EXPORT_ROWS],
      [xlsx, "commitments.xlsx", 20, MAX_EXPORT_ROWS],
      [ics, "commitments.ics", 15, MAX_CALENDAR_ROWS],
    ] as const;
    for (const [handler, path, others, max] of routes) {
      const response = await get(handler, `/api/v1/${path}`);
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { detail: string; total: number; max: number };
      expect(problem.detail).toContain(`hoogstens ${max.toLocaleString("nl-NL")}. Verfijn de filters.`);
      expect(problem).toMatchObject({ total: MAX_EXPORT_ROWS + others, max });
    }
    // a narrower selection is fine again
    expect((await get(csv, "/api/v1/commitments.csv?ministry=BZK")).status).toBe(200);
  });
});
