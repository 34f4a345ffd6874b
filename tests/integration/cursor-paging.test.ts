// Cursor paging (the JSON API): walking every page via nextCursor gives the same list as one big page.
import { describe, expect, it } from "vitest";
import { InvalidCursorError } from "@/lib/data/commitment-list-sql";
import { listCommitments } from "@/lib/data/commitments";
import type { CommitmentFilters } from "@/lib/validation/commitment-filters";
import { databaseForBlock, numbers, onDay, testDatabaseKinds, useSeededDatabase } from "../support/register-fixtures";

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

async function walk(filters: CommitmentFilters, limit: number): Promise<{ pages: string[][]; all: string[] }> {
  const pages: string[][] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 50; i++) {
    const page = await listCommitments({ ...filters, limit, cursor });
    pages.push(numbers(page.items));
    expect(page.hasMore).toBe(page.nextCursor !== null);
    if (!page.nextCursor) return { pages, all: pages.flat() };
    cursor = page.nextCursor;
  }
  throw new Error("no last page after 50 pages");
}

const WALKS: Array<[string, CommitmentFilters]> = [
  ["deadline (many ties, 9 without a deadline)", { sort: "deadline" }],
  ["-deadline", { sort: "-deadline" }],
  ["made (11 made on the same day, one undated)", { sort: "made" }],
  ["-made", { sort: "-made" }],
  ["number", { sort: "number" }],
  ["-number", { sort: "-number" }],
  ["relevance (q=minister, many equal ranks)", { q: "minister" }],
  ["relevance (q=politie)", { q: "politie", sort: "relevance" }],
  ["deadline within a search", { q: "minister", sort: "deadline" }],
  ["deadline with status=open", { status: ["open"], sort: "deadline" }],
];

describe.each(testDatabaseKinds)("listCommitments cursor paging on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useSeededDatabase(kind));

  it.each(WALKS)("walks every commitment exactly once, in order, with limit 5: %s", async (_, filters) => {
    const whole = numbers((await listCommitments({ ...filters, limit: 100 })).items);
    expect(whole.length).toBeGreaterThan(5);
    const { pages, all } = await walk(filters, 5);
    expect(all).toEqual(whole);
    expect(new Set(all).size).toBe(all.length);
    expect(pages.slice(0, -1).every((p) => p.length === 5)).toBe(true);
    expect(pages.at(-1)!.length).toBeGreaterThan(0);
  });

  it("walks all 17 with every limit from 1 to 17 in deadline order", async () => {
    const whole = numbers((await listCommitments({ limit: 100 })).items);
    expect(whole).toHaveLength(17);
    for (let limit = 1; limit <= 17; limit++) expect((await walk({}, limit)).all, `limit ${limit}`).toEqual(whole);
  });

  it("has no next page when the last page is exactly full", async () => {
    const page = await listCommitments({ limit: 17 });
    expect(page).toMatchObject({ hasMore: false, nextCursor: null });
    expect(page.items).toHaveLength(17);
  });

  it("walks the overdue commitments of a pinned day", async () => {
    const { all } = await onDay("2026-11-29", () => walk({ status: ["overdue"] }, 3));
    expect(all).toEqual([
      "TZ-2021-0005",
      "TZ-2021-0006",
      "TZ-2021-0008",
      "TZ-2021-0004",
      "TZ-2021-0011",
      "TZ-2021-0015",
      "TZ-2021-0010",
      "TZ-2021-0013",
      "TZ-2019-0001",
    ]);
  });

  describe("a tampered cursor", () => {
    it.each([
      ["not base64 JSON", "bm90LWpzb24"],
      ["random characters", "zzzz-____"],
      ["a negative offset", cursorOf({ o: -5 })],
      ["a fractional offset", cursorOf({ o: 2.5 })],
      ["an id that is a string", cursorOf({ v: null, id: "7" })],
      ["a value that is a number", cursorOf({ v: 20210629, id: 7 })],
      ["an empty object", cursorOf({})],
    ])("gives InvalidCursorError: %s", async (_, cursor) => {
      await expect(listCommitments({ limit: 5, cursor })).rejects.toBeInstanceOf(InvalidCursorError);
    });

    it("gives InvalidCursorError when a relevance cursor is used for another sort", async () => {
      const relevance = await listCommitments({ q: "minister", limit: 5 });
      expect(relevance.nextCursor).not.toBeNull();
      await expect(listCommitments({ q: "minister", sort: "deadline", limit: 5, cursor: relevance.nextCursor! })).rejects.toBeInstanceOf(InvalidCursorError);
    });

    // Found while writing these tests: the two checks below fail (see the report).
    it("gives InvalidCursorError when a keyset cursor is used for relevance order", async () => {
      const byDeadline = await listCommitments({ q: "minister", sort: "deadline", limit: 5 });
      expect(byDeadline.nextCursor).not.toBeNull();
      // today: silently restarts at the first page, so an API client walking on gets the first five again
      await expect(listCommitments({ q: "minister", limit: 5, cursor: byDeadline.nextCursor! })).rejects.toBeInstanceOf(InvalidCursorError);
    });

    it.each([
      ["a deadline that is no date", { sort: "deadline" as const }, cursorOf({ v: "2021-13-45", id: 3 })],
      ["a made-on value that is text", { sort: "made" as const }, cursorOf({ v: "gisteren", id: 3 })],
      ["an offset beyond bigint", { q: "minister" }, cursorOf({ o: 1e20 })],
    ])("gives InvalidCursorError, not a database error, for %s", async (_, filters, cursor) => {
      await expect(listCommitments({ ...filters, limit: 5, cursor })).rejects.toBeInstanceOf(InvalidCursorError);
    });
  });
});
