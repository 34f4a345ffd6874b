// listCommitments: filters, Dutch full-text search, sorts and page-based paging, as the public list uses them.
import { beforeAll, describe, expect, it } from "vitest";
import { listCommitments } from "@/lib/data/commitments";
import { db } from "@/lib/db";
import { parseCommitmentFilters, type CommitmentFilters } from "@/lib/validation/commitment-filters";
import { addCommitmentOfAnotherMinistry, databaseForBlock, numbers, onDay, testDatabaseKinds, useSeededDatabase } from "../support/register-fixtures";

const ALL = 100;
const list = async (filters: CommitmentFilters) => numbers((await listCommitments({ limit: ALL, ...filters })).items);
const sorted = (xs: string[]) => [...xs].sort();

/** Filters exactly as a page URL or API query string gives them. */
function fromQuery(query: string): CommitmentFilters {
  const parsed = parseCommitmentFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(`invalid query ${query}: ${JSON.stringify(parsed.errors)}`);
  return parsed.filters;
}

describe.each(testDatabaseKinds)("listCommitments filters and sorts on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useSeededDatabase(kind));
  let grapperhausId: number;
  let otherMinisterId: number;
  // 17 seeded commitments of Justitie en Veiligheid + TZ-2022-0001 of BZK (partially fulfilled, latest 2023-06-30)
  beforeAll(async () => {
    otherMinisterId = (await addCommitmentOfAnotherMinistry()).ministerId;
    grapperhausId = (await db().minister.findFirstOrThrow({ where: { name: "F.B.J. Grapperhaus" } })).id;
  });

  describe("status", () => {
    it("filters on the stored status", async () => {
      expect(sorted(await list({ status: ["fulfilled"] }))).toEqual(["TZ-2020-0001", "TZ-2021-0002", "TZ-2021-0003", "TZ-2021-0012", "TZ-2021-0014"]);
      expect(await list({ status: ["partially_fulfilled"] })).toEqual(["TZ-2022-0001"]);
      expect(await list({ status: ["open"] })).toHaveLength(12);
      expect(await list({ status: ["withdrawn", "lapsed"] })).toEqual([]);
    });

    it("'overdue' depends on today: outstanding commitments whose latest deadline has passed", async () => {
      const early = await onDay("2022-01-01", () => listCommitments({ status: ["overdue"], limit: ALL }));
      // najaar 2021 (two), eind dit jaar and "na de zomer" (estimated: before the kerstreces 2021)
      expect(sorted(numbers(early.items))).toEqual(["TZ-2021-0004", "TZ-2021-0005", "TZ-2021-0006", "TZ-2021-0008"]);
      expect(early.items.every((c) => c.overdue && c.daysOverdue! > 0)).toBe(true);

      const late = await onDay("2026-11-29", () => listCommitments({ status: ["overdue"], limit: ALL }));
      expect(sorted(numbers(late.items))).toEqual([
        "TZ-2019-0001",
        "TZ-2021-0004",
        "TZ-2021-0005",
        "TZ-2021-0006",
        "TZ-2021-0008",
        "TZ-2021-0010",
        "TZ-2021-0011",
        "TZ-2021-0013",
        "TZ-2021-0015",
        "TZ-2022-0001", // partially fulfilled is still outstanding
      ]);
      expect(late.items.find((c) => c.number === "TZ-2019-0001")).toMatchObject({ overdue: true, daysOverdue: 333, daysRemaining: null });
      // fulfilled commitments and open ones without an end date are never overdue
      expect(numbers(late.items)).not.toContain("TZ-2021-0002");
      expect(numbers(late.items)).not.toContain("TZ-2021-0001");
    });

    it("is not overdue on the last day of the term, and overdue the day after (list filter and flag agree)", async () => {
      const onLastDay = await onDay("2022-05-31", async () => ({
        overdue: await list({ status: ["overdue"] }),
        view: (await listCommitments({ q: "Schneiders" })).items[0],
      }));
      expect(onLastDay.overdue).not.toContain("TZ-2021-0010");
      expect(onLastDay.view).toMatchObject({ number: "TZ-2021-0010", overdue: false, daysRemaining: 0, daysOverdue: null });

      const dayAfter = await onDay("2022-06-01", async () => ({
        overdue: await list({ status: ["overdue"] }),
        view: (await listCommitments({ q: "Schneiders" })).items[0],
      }));
      expect(dayAfter.overdue).toContain("TZ-2021-0010");
      expect(dayAfter.view).toMatchObject({ number: "TZ-2021-0010", overdue: true, daysOverdue: 1, daysRemaining: null });
    });

    it("takes a list of values from a query string (status=open,overdue)", async () => {
      const openOrOverdue = await onDay("2026-11-29", () => list(fromQuery("status=open,overdue")));
      expect(openOrOverdue).toHaveLength(13); // 12 open + the overdue partially fulfilled one
      expect(openOrOverdue).toContain("TZ-2022-0001");
      expect(openOrOverdue).not.toContain("TZ-2021-0002");

      const fulfilledOrOverdue = await onDay("2022-01-01", () => list(fromQuery("status=fulfilled,overdue")));
      expect(sorted(fulfilledOrOverdue)).toEqual(
        sorted([
          "TZ-2020-0001",
          "TZ-2021-0002",
          "TZ-2021-0003",
          "TZ-2021-0012",
          "TZ-2021-0014",
          "TZ-2021-0004",
          "TZ-2021-0005",
          "TZ-2021-0006",
          "TZ-2021-0008",
        ]),
      );
      // the repeated form means the same
      expect(sorted(await onDay("2022-01-01", () => list(fromQuery("status=fulfilled&status=overdue"))))).toEqual(sorted(fulfilledOrOverdue));
    });
  });

  describe("ministry, minister and dossier", () => {
    it("filters on ministry code", async () => {
      expect(await list({ ministry: ["JenV"] })).toHaveLength(17);
      expect(await list({ ministry: ["BZK"] })).toEqual(["TZ-2022-0001"]);
      expect(await list(fromQuery("ministry=JenV,BZK"))).toHaveLength(18);
      expect(await list({ ministry: ["OCW"] })).toEqual([]);
    });

    it("filters on minister id", async () => {
      expect(await list({ minister: [grapperhausId] })).toHaveLength(17);
      expect(await list({ minister: [otherMinisterId] })).toEqual(["TZ-2022-0001"]);
      expect(await list({ minister: [grapperhausId, otherMinisterId] })).toHaveLength(18);
    });

    it("filters on dossier key, including a toevoeging", async () => {
      expect(await list({ dossier: ["29628"] })).toHaveLength(17);
      expect(await list({ dossier: ["35925-VII"] })).toEqual(["TZ-2022-0001"]);
      expect(await list({ dossier: ["35925"] })).toEqual([]); // 35925 without toevoeging is another dossier
      expect(await list(fromQuery("dossier=29628,35925-VII"))).toHaveLength(18);
    });

    it("combines filters with AND", async () => {
      expect(await list({ ministry: ["BZK"], dossier: ["29628"] })).toEqual([]);
      expect(await list({ ministry: ["JenV"], status: ["fulfilled"], dossier: ["29628"] })).toHaveLength(5);
    });
  });

  describe("deadline window", () => {
    it("filters on the latest deadline, both ends inclusive, in deadline order", async () => {
      expect(await list({ deadlineFrom: "2022-01-01", deadlineTo: "2022-12-31" })).toEqual(["TZ-2021-0011", "TZ-2021-0015", "TZ-2021-0010", "TZ-2021-0013"]);
      expect(await list({ deadlineFrom: "2022-05-31", deadlineTo: "2022-05-31" })).toEqual(["TZ-2021-0010"]);
      expect(await list({ deadlineFrom: "2023-01-01" })).toEqual(["TZ-2022-0001", "TZ-2019-0001"]);
      expect(await list({ deadlineTo: "2021-11-30" })).toEqual(["TZ-2021-0005", "TZ-2021-0006"]);
    });

    it("leaves out commitments without a latest deadline", async () => {
      const windowed = await list({ deadlineFrom: "2000-01-01", deadlineTo: "2099-12-31" });
      expect(windowed).toHaveLength(10);
      expect(windowed).toContain("TZ-2021-0008"); // "na de zomer" has an estimated end
      for (const open of ["TZ-2021-0001", "TZ-2021-0007", "TZ-2021-0009", "TZ-2021-0002"]) expect(windowed).not.toContain(open);
    });
  });

  describe("Dutch full-text search", () => {
    it("finds a name", async () => {
      const page = await listCommitments({ q: "Schneiders" }, { withTotal: true });
      expect(numbers(page.items)).toEqual(["TZ-2021-0010"]);
      expect(page.total).toBe(1);
    });

    it("finds inflected Dutch words by their stem", async () => {
      expect(sorted(await list({ q: "onderzoeken" }))).toEqual(["TZ-2021-0006", "TZ-2021-0008"]); // titles say "Onderzoek"
      expect(await list({ q: "aspirant" })).toEqual(["TZ-2021-0012"]); // text says "aspiranten"
      expect(await list({ q: "geweldsmiddel" })).toEqual(["TZ-2019-0001"]); // text says "geweldsmiddelen"
      expect(await list({ q: "gemeente" })).toEqual(["TZ-2022-0001"]); // text says "gemeenten"
    });

    it("understands websearch syntax: phrases, exclusion and OR", async () => {
      expect(sorted(await list({ q: '"Landelijke Eenheid" -Schneiders' }))).toEqual(["TZ-2021-0008", "TZ-2021-0009"]);
      expect(await list({ q: '"Eenheid Landelijke"' })).toEqual([]);
      expect(sorted(await list({ q: "Inspectie" }))).toEqual(["TZ-2021-0005", "TZ-2021-0006", "TZ-2021-0007"]);
      expect(sorted(await list({ q: "Inspectie -CTER" }))).toEqual(["TZ-2021-0005", "TZ-2021-0007"]);
      expect(await list({ q: '"externe adviescommissie" -Schneiders' })).toEqual([]);
      expect(sorted(await list({ q: "Schneiders OR Brouwer" }))).toEqual(["TZ-2021-0008", "TZ-2021-0010"]);
    });

    it("finds a commitment by its number", async () => {
      expect(await list({ q: "TZ-2021-0010" })).toEqual(["TZ-2021-0010"]);
    });

    it("orders by relevance when searching, and combines with filters", async () => {
      // "LE" is in TZ-2021-0010's title and twice in its text
      expect((await list({ q: "LE" }))[0]).toBe("TZ-2021-0010");
      expect(await list({ q: "LE", sort: "number" })).toEqual(["TZ-2021-0005", "TZ-2021-0006", "TZ-2021-0007", "TZ-2021-0008", "TZ-2021-0009", "TZ-2021-0010"]);
      expect(await onDay("2026-11-29", () => list({ q: "Inspectie", status: ["overdue"], sort: "number" }))).toEqual(["TZ-2021-0005", "TZ-2021-0006"]);
    });

    it("returns nothing, not an error, for a word that occurs nowhere", async () => {
      const page = await listCommitments({ q: "ruimtevaart" }, { withTotal: true });
      expect(page).toEqual({ items: [], total: 0, nextCursor: null, hasMore: false });
    });
  });

  describe("sorts", () => {
    it("deadline (the default) ascending, commitments without a latest deadline last", async () => {
      const items = (await listCommitments({ limit: ALL })).items;
      expect(numbers(items)).toEqual(await list({ sort: "deadline" }));
      expect(numbers(items).slice(0, 4)).toEqual(["TZ-2021-0005", "TZ-2021-0006", "TZ-2021-0008", "TZ-2021-0004"]);
      const latest = items.map((c) => c.deadline?.latest ?? null);
      const dated = latest.filter((d): d is string => d !== null);
      expect(dated).toEqual([...dated].sort());
      expect(latest.slice(dated.length).every((d) => d === null)).toBe(true); // nulls only at the end
      expect(latest.slice(dated.length)).toHaveLength(8);
    });

    it("-deadline descending, still with the undated ones last", async () => {
      const items = (await listCommitments({ sort: "-deadline", limit: ALL })).items;
      expect(numbers(items).slice(0, 2)).toEqual(["TZ-2019-0001", "TZ-2022-0001"]);
      expect(items.slice(-8).every((c) => c.deadline?.latest == null)).toBe(true);
    });

    it("-made newest first, the undated commitment last", async () => {
      const items = (await listCommitments({ sort: "-made", limit: ALL })).items;
      expect(items[0]!.number).toBe("TZ-2022-0001");
      expect(items.at(-1)).toMatchObject({ number: "TZ-2020-0001", madeOn: null });
      const made = items.slice(0, -1).map((c) => c.madeOn!);
      expect(made).toEqual([...made].sort().reverse());
      expect(items.at(-2)!.number).toBe("TZ-2019-0001");
    });

    it("number ascending and descending", async () => {
      const asc = await list({ sort: "number" });
      expect(asc.slice(0, 3)).toEqual(["TZ-2019-0001", "TZ-2020-0001", "TZ-2021-0001"]);
      expect(await list({ sort: "-number" })).toEqual([...asc].reverse());
    });
  });

  describe("page-based paging", () => {
    it("returns the requested page of the full list, with the total", async () => {
      const all = await list({ sort: "deadline" });
      const page2 = await listCommitments({ sort: "deadline", limit: 5, page: 2 }, { withTotal: true });
      expect(numbers(page2.items)).toEqual(all.slice(5, 10));
      expect(page2).toMatchObject({ total: 18, hasMore: true });

      const page4 = await listCommitments({ sort: "deadline", limit: 5, page: 4 }, { withTotal: true });
      expect(numbers(page4.items)).toEqual(all.slice(15));
      expect(page4).toMatchObject({ total: 18, hasMore: false });

      const beyond = await listCommitments({ sort: "deadline", limit: 5, page: 9 }, { withTotal: true });
      expect(beyond).toMatchObject({ items: [], total: 18, hasMore: false });
    });

    it("counts what the filters match, not what the page shows", async () => {
      const page = await listCommitments({ status: ["open"], limit: 5, page: 1 }, { withTotal: true });
      expect(page.items).toHaveLength(5);
      expect(page.total).toBe(12);
      const search = await listCommitments({ q: "minister", limit: 5, page: 3 }, { withTotal: true });
      expect(search.total).toBe((await list({ q: "minister" })).length);
      expect(numbers(search.items)).toEqual((await list({ q: "minister" })).slice(10, 15));
    });

    it("leaves the total out unless asked", async () => {
      expect((await listCommitments({ limit: 5 })).total).toBeNull();
    });
  });
});
