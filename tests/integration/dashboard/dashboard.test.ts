// The managers' dashboard (lib/data/dashboard.ts) on the seed of Kamerstuk 29 628, nr. 1030: 17 commitments of
// Justitie en Veiligheid (12 open, 5 fulfilled on the letter's date, 29 June 2021, none of those with a deadline),
// plus TZ-2022-0001 of BZK (partially fulfilled, due 1 January – 30 June 2023). Today is pinned with TZR_TODAY.
import { beforeAll, describe, expect, it } from "vitest";
import { settle } from "@/lib/data/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { changeCommitmentStatus, resetCommitmentDeadline } from "@/lib/data/commitment-changes";
import { getCommitment, listCommitments } from "@/lib/data/commitments";
import { getBreakdown, getDeadlineMonths, getDueSoon, getOverdue, getStatusCounts, getTimeline } from "@/lib/data/dashboard";
import { dueWindow } from "@/lib/dashboard/links";
import { formatOnTimeRate } from "@/lib/dashboard/on-time";
import type { DashboardFilters } from "@/lib/dashboard/params";
import { addCommitmentOfAnotherMinistry, databaseForBlock, onDay, testDatabaseKinds, useSeededDatabase } from "../../support/register-fixtures";

const coordinator: CurrentUser = {
  id: "test-coordinator-dashboard",
  name: "Coördinator Dashboard",
  email: "coordinator.dashboard@example.nl",
  role: "coordinator",
  ministryCode: "JenV",
  ministryName: "Ministerie van Justitie en Veiligheid",
};

/** Fulfils a commitment on `day` by a Kamerstuk the register has no date for, so fulfilled_on is that day. */
async function fulfilOn(day: string, number: string, kamerstuk: string): Promise<void> {
  const current = await getCommitment(number);
  const result = await onDay(day, () =>
    settle(changeCommitmentStatus(coordinator, number, { to: "fulfilled", fulfilledBy: kamerstuk, version: current!.version })),
  );
  if (!result.ok) throw new Error(`fulfilling ${number} failed: ${JSON.stringify(result)}`);
}

const numbersOf = (items: Array<{ number: string }>) => items.map((i) => i.number);

describe.each(testDatabaseKinds)("dashboard sections on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useSeededDatabase(kind));
  let ministerId: number;
  beforeAll(async () => {
    ministerId = (await addCommitmentOfAnotherMinistry()).ministerId;
  });

  describe("on 1 May 2022, before anything with a deadline was fulfilled", () => {
    const day = "2022-05-01";

    it("counts per status, with overdue derived from today", async () => {
      expect(await onDay(day, () => getStatusCounts({}))).toEqual({
        open: 12,
        partially_fulfilled: 1,
        fulfilled: 5,
        lapsed: 0,
        withdrawn: 0,
        total: 18,
        outstanding: 13,
        overdue: 4, // najaar 2021 (two), "na de zomer" (estimated: before the kerstreces 2021) and eind dit jaar
      });
    });

    it("lists the overdue ones most overdue first, with their days overdue", async () => {
      const overdue = await onDay(day, () => getOverdue({}));
      expect(overdue.total).toBe(4);
      expect(overdue.items.map((i) => [i.number, i.latest, i.daysOverdue])).toEqual([
        ["TZ-2021-0005", "2021-11-30", 152],
        ["TZ-2021-0006", "2021-11-30", 152],
        ["TZ-2021-0008", "2021-12-23", 129],
        ["TZ-2021-0004", "2021-12-31", 121],
      ]);
      expect(overdue.items[0]).toMatchObject({ ministry: { code: "JenV" }, ministerName: "F.B.J. Grapperhaus", status: "open", deadlinePhrase: "najaar 2021" });
      // top n, with the total still counting all
      expect(await onDay(day, () => getOverdue({}, 2))).toMatchObject({ total: 4, items: [{ number: "TZ-2021-0005" }, { number: "TZ-2021-0006" }] });
    });

    it("counts what falls due within 30 and 90 days, today + 30 included", async () => {
      const due = await onDay(day, () => getDueSoon({}));
      // the two annual reports on Verantwoordingsdag (18 May) and the Schneiders committee (31 May = today + 30)
      expect(due).toMatchObject({ today: day, near: 3, far: 3 });
      expect(due.items.map((i) => [i.number, i.daysRemaining])).toEqual([
        ["TZ-2021-0011", 17],
        ["TZ-2021-0015", 17],
        ["TZ-2021-0010", 30],
      ]);
      const dayBefore = await onDay("2022-04-30", () => getDueSoon({}));
      expect(dayBefore).toMatchObject({ near: 2, far: 3 });
    });

    it("splits by ministry and by minister, most overdue first; nothing to measure is '—'", async () => {
      const ministries = await onDay(day, () => getBreakdown({}, "ministry"));
      expect(ministries).toEqual([
        { key: "JenV", name: "Ministerie van Justitie en Veiligheid", detail: null, outstanding: 12, overdue: 4, fulfilled: 5, measured: 0, onTime: 0 },
        {
          key: "BZK",
          name: "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
          detail: null,
          outstanding: 1,
          overdue: 0,
          fulfilled: 0,
          measured: 0,
          onTime: 0,
        },
      ]);
      // the five fulfilled in the seed had no deadline: nothing to measure, not 0%
      expect(formatOnTimeRate(ministries[0]!)).toBe("—");
      const ministers = await onDay(day, () => getBreakdown({}, "minister"));
      expect(ministers.map((m) => [m.name, m.detail, m.outstanding, m.overdue, m.fulfilled])).toEqual([
        ["F.B.J. Grapperhaus", "Minister van Justitie en Veiligheid", 12, 4, 5],
        ["H.G.J. Bruins Slot", "Minister van Binnenlandse Zaken en Koninkrijksrelaties", 1, 0, 0],
      ]);
      expect(ministers[1]!.key).toBe(String(ministerId));
    });

    it("counts latest deadlines per month over the twelve months either side of today's", async () => {
      const months = await onDay(day, () => getDeadlineMonths({}));
      expect(months.window).toMatchObject({ startMonth: "2021-05", endMonth: "2023-05", source: "today" });
      expect(months.buckets).toHaveLength(25);
      const nonEmpty = months.buckets.filter((b) => b.outstanding || b.fulfilled).map((b) => [b.month, b.outstanding, b.fulfilled]);
      // TZ-2022-0001 (June 2023) and TZ-2019-0001 (December 2025) fall outside the window
      expect(nonEmpty).toEqual([
        ["2021-11", 2, 0],
        ["2021-12", 2, 0],
        ["2022-05", 3, 0],
        ["2022-09", 1, 0],
      ]);
      expect(months.buckets.find((b) => b.current)!.month).toBe("2022-05");
    });

    it("puts outstanding commitments on the timeline per ministry in deadline order, undated ones counted apart", async () => {
      const timeline = await onDay(day, () => getTimeline({}));
      expect(timeline).toMatchObject({ outstanding: 13, inWindow: 10, undated: 3 });
      expect(timeline.groups.map((g) => [g.ministry.code, g.inWindow])).toEqual([
        ["BZK", 1],
        ["JenV", 9],
      ]);
      expect(numbersOf(timeline.groups[1]!.items)).toEqual([
        "TZ-2021-0005",
        "TZ-2021-0006",
        "TZ-2021-0008", // "na de zomer": from 7 September 2021, estimated to end before the kerstreces
        "TZ-2021-0004",
        "TZ-2021-0011",
        "TZ-2021-0015",
        "TZ-2021-0010",
        "TZ-2021-0013",
        "TZ-2019-0001", // 2019-11-15 – 2025-12-31: runs through the whole window
      ]);
      expect(timeline.groups[1]!.items[2]).toMatchObject({ earliest: "2021-09-07", latest: "2021-12-23" });
      // at most n per ministry, with the ministry's count still complete
      const short = await onDay(day, () => getTimeline({}, 2));
      expect(short.groups.map((g) => [g.ministry.code, g.inWindow, numbersOf(g.items)])).toEqual([
        ["BZK", 1, ["TZ-2022-0001"]],
        ["JenV", 9, ["TZ-2021-0005", "TZ-2021-0006"]],
      ]);
    });
  });

  describe("after three fulfilments with a deadline: two on time, one late", () => {
    const day = "2026-11-29";
    beforeAll(async () => {
      await fulfilOn("2022-05-18", "TZ-2021-0011", "Kamerstuk 29 628, nr. 1099"); // on the last day: on time
      await fulfilOn("2022-05-20", "TZ-2021-0010", "Kamerstuk 29 628, nr. 1100"); // 11 days early
      await fulfilOn("2022-10-03", "TZ-2021-0013", "Kamerstuk 29 628, nr. 1101"); // 13 days late
    });

    it("measures the on-time rate from fulfilled_on against the latest deadline", async () => {
      const [jenv, bzk] = await onDay(day, () => getBreakdown({}, "ministry"));
      expect(jenv).toMatchObject({ key: "JenV", outstanding: 9, overdue: 6, fulfilled: 8, measured: 3, onTime: 2 });
      expect(formatOnTimeRate(jenv!)).toBe("67%");
      expect(bzk).toMatchObject({ key: "BZK", outstanding: 1, overdue: 1, fulfilled: 0, measured: 0 });
      expect(formatOnTimeRate(bzk!)).toBe("—");
    });

    it("counts per status and lists the overdue ones", async () => {
      expect(await onDay(day, () => getStatusCounts({}))).toMatchObject({ open: 9, partially_fulfilled: 1, fulfilled: 8, total: 18, overdue: 7 });
      const overdue = await onDay(day, () => getOverdue({}));
      expect(overdue.items.map((i) => [i.number, i.daysOverdue])).toEqual([
        ["TZ-2021-0005", 1825],
        ["TZ-2021-0006", 1825],
        ["TZ-2021-0008", 1802],
        ["TZ-2021-0004", 1794],
        ["TZ-2021-0015", 1656],
        ["TZ-2022-0001", 1248], // partially fulfilled is still outstanding
        ["TZ-2019-0001", 333],
      ]);
    });

    it("applies the list's filters: ministry, minister, dossier, search and deadline window", async () => {
      expect(await onDay(day, () => getStatusCounts({ ministry: ["BZK"] }))).toMatchObject({ total: 1, partially_fulfilled: 1, overdue: 1, open: 0 });
      expect(await onDay(day, () => getStatusCounts({ minister: [ministerId] }))).toMatchObject({ total: 1 });
      expect(await onDay(day, () => getStatusCounts({ dossier: ["35925-VII"] }))).toMatchObject({ total: 1 });
      expect(await onDay(day, () => getStatusCounts({ q: "Schneiders" }))).toMatchObject({ total: 1, fulfilled: 1, overdue: 0 });
      expect(await onDay(day, () => getBreakdown({ ministry: ["BZK"] }, "ministry"))).toHaveLength(1);

      const in2022: DashboardFilters = { deadlineFrom: "2022-01-01", deadlineTo: "2022-12-31" };
      expect(await onDay(day, () => getStatusCounts(in2022))).toMatchObject({ total: 4, open: 1, fulfilled: 3, overdue: 1 });
      const months = await onDay(day, () => getDeadlineMonths(in2022));
      expect(months.window).toMatchObject({ startMonth: "2022-01", endMonth: "2022-12", source: "filter" });
      expect(months.buckets.filter((b) => b.outstanding || b.fulfilled).map((b) => [b.month, b.outstanding, b.fulfilled])).toEqual([
        ["2022-05", 1, 2],
        ["2022-09", 0, 1],
      ]);
      const timeline = await onDay(day, () => getTimeline({ deadlineFrom: "2021-01-01", deadlineTo: "2022-12-31" }));
      // the list's window needs a latest deadline, so neither open-ended nor undated ones are in it
      expect(timeline).toMatchObject({ outstanding: 5, inWindow: 5, undated: 0 });
      expect(numbersOf(timeline.groups.flatMap((g) => g.items))).toEqual(["TZ-2021-0005", "TZ-2021-0006", "TZ-2021-0008", "TZ-2021-0004", "TZ-2021-0015"]);
    });

    it("is empty, not an error, when nothing matches", async () => {
      const none: DashboardFilters = { ministry: ["OCW"] };
      expect(await onDay(day, () => getStatusCounts(none))).toMatchObject({ total: 0, overdue: 0 });
      expect(await onDay(day, () => getOverdue(none))).toEqual({ items: [], total: 0 });
      expect(await onDay(day, () => getBreakdown(none, "minister"))).toEqual([]);
      expect((await onDay(day, () => getDeadlineMonths(none))).buckets.every((b) => !b.outstanding && !b.fulfilled)).toBe(true);
      expect(await onDay(day, () => getTimeline(none))).toMatchObject({ groups: [], outstanding: 0 });
    });

    // Every number links to the public list with the same filters; the two must agree.
    it.each<[string, DashboardFilters]>([
      ["no filter", {}],
      ["ministry", { ministry: ["JenV"] }],
      ["search", { q: "Inspectie" }],
      ["dossier", { dossier: ["29628"] }],
      ["deadline window", { deadlineFrom: "2021-12-01", deadlineTo: "2027-01-31" }],
    ])("agrees with the public list behind each number (%s)", async (_, filters) => {
      for (const today of ["2022-05-01", day]) {
        await onDay(today, async () => {
          const total = async (extra: Partial<Parameters<typeof listCommitments>[0]>) =>
            (await listCommitments({ ...filters, ...extra, page: 1, limit: 100 }, { withTotal: true })).total;
          const counts = await getStatusCounts(filters);
          expect(counts.total).toBe(await total({}));
          expect(counts.open).toBe(await total({ status: ["open"] }));
          expect(counts.fulfilled).toBe(await total({ status: ["fulfilled"] }));
          expect(counts.overdue).toBe(await total({ status: ["overdue"] }));
          expect((await getOverdue(filters)).total).toBe(counts.overdue);
          const due = await getDueSoon(filters);
          for (const [days, count] of [
            [30, due.near],
            [90, due.far],
          ] as const) {
            const window = dueWindow(today, days, filters);
            expect(count).toBe(window ? await total({ ...window, status: ["open", "partially_fulfilled"] }) : 0);
          }
          const byMinistry = await getBreakdown(filters, "ministry");
          expect(byMinistry.reduce((s, r) => s + r.outstanding, 0)).toBe(counts.outstanding);
          expect(byMinistry.reduce((s, r) => s + r.overdue, 0)).toBe(counts.overdue);
        });
      }
    });

    it("puts an open-ended commitment last on the timeline, and never overdue", async () => {
      const current = await getCommitment("TZ-2021-0009");
      const reset = await settle(
        resetCommitmentDeadline(coordinator, "TZ-2021-0009", {
          deadlinePhrase: "vanaf 2027",
          reason: "Het feitenonderzoek is afgerond; de rapportage volgt doorlopend.",
          version: current!.version,
        }),
      );
      expect(reset).toMatchObject({ ok: true });
      const timeline = await onDay(day, () => getTimeline({ ministry: ["JenV"] }));
      const items = timeline.groups[0]!.items;
      expect(items.at(-1)).toMatchObject({ number: "TZ-2021-0009", earliest: "2027-01-01", latest: null });
      expect(numbersOf((await onDay(day, () => getOverdue({}))).items)).not.toContain("TZ-2021-0009");
    });
  });
});
