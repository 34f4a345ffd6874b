// The detail pages' data: one commitment, one document, dossiers, and a commitment's history.
import { beforeAll, describe, expect, it } from "vitest";
import { getCommitment } from "@/lib/data/commitments";
import { getDocument } from "@/lib/data/documents";
import { getDossier, listDossiers } from "@/lib/data/dossiers";
import { getCommitmentHistory } from "@/lib/data/history";
import { addCommitmentOfAnotherMinistry, databaseForBlock, numbers, onDay, testDatabaseKinds, useSeededDatabase } from "../support/register-fixtures";

const SEED_ACTOR = "Seed (Kamerstuk 29 628, nr. 1030)";
const roleIds = (refs: Array<{ role: string; id: string }>) => refs.map((r) => `${r.role}:${r.id}`);

describe.each(testDatabaseKinds)("commitment, document and dossier details on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useSeededDatabase(kind));
  beforeAll(async () => {
    await addCommitmentOfAnotherMinistry(); // TZ-2022-0001, dossier 35925-VII, by editor Jan Jansen (BZK)
  });

  describe("getCommitment", () => {
    it("returns the commitment with its minister, ministry, dossier and the letter's references", async () => {
      const c = await getCommitment("TZ-2021-0010");
      expect(c).toMatchObject({
        number: "TZ-2021-0010",
        title: "Advies externe adviescommissie-Schneiders over programmatische aanpak LE",
        status: "open",
        madeOn: "2021-06-29",
        minister: { name: "F.B.J. Grapperhaus", function: "Minister van Justitie en Veiligheid" },
        ministry: { code: "JenV", name: "Ministerie van Justitie en Veiligheid" },
        committee: "Vaste commissie voor Justitie en Veiligheid",
        dossiers: [{ nummer: "29628", toevoeging: null, title: "Politie", key: "29628" }],
        version: 1,
      });
      expect(c?.references).toEqual([
        {
          id: "kst-29628-1030",
          label: "Kamerstuk 29 628, nr. 1030",
          url: "https://zoek.officielebekendmakingen.nl/kst-29628-1030",
          role: "source",
          title: "Toezeggingen Commissiedebat politie en WGO jaarverslag en slotwet 2020, cao politie en overige onderwerpen",
          date: "2021-06-29",
        },
        expect.objectContaining({ id: "kst-29628-997", role: "related", date: "2021-01-28" }),
      ]);
    });

    it("orders references source, fulfilment, related, and related ones oldest first with undated last", async () => {
      expect(roleIds((await getCommitment("TZ-2021-0014"))!.references)).toEqual([
        "source:kst-29628-1012",
        "fulfilment:kst-29628-1030",
        "related:h-tk-20202021-36-8",
        "related:kst-29628-1017",
      ]);
      expect(roleIds((await getCommitment("TZ-2021-0012"))!.references)).toEqual([
        "fulfilment:kst-29628-1030",
        "related:kst-29628-784", // 2018-06-15
        "related:kst-29628-904", // 2019-09-03
        "related:kst-29628-160", // undated
      ]);
      expect(roleIds((await getCommitment("TZ-2020-0001"))!.references)).toEqual([
        "source:ah-tk-20192020-3050",
        "source:ah-tk-20202021-469",
        "fulfilment:kst-29628-1030",
      ]);
    });

    it("is overdue from the day after its latest deadline, counting the days", async () => {
      expect(await onDay("2022-05-30", () => getCommitment("TZ-2021-0010"))).toMatchObject({ overdue: false, daysOverdue: null, daysRemaining: 1 });
      expect(await onDay("2022-06-01", () => getCommitment("TZ-2021-0010"))).toMatchObject({ overdue: true, daysOverdue: 1, daysRemaining: null });
      expect(await onDay("2026-11-29", () => getCommitment("TZ-2019-0001"))).toMatchObject({ overdue: true, daysOverdue: 333 });
      // a fulfilled or undated commitment is never overdue
      expect(await onDay("2026-11-29", () => getCommitment("TZ-2021-0002"))).toMatchObject({ overdue: false, daysOverdue: null, daysRemaining: null });
      expect(await onDay("2026-11-29", () => getCommitment("TZ-2021-0001"))).toMatchObject({ overdue: false, daysOverdue: null, daysRemaining: null });
    });

    it("returns null for a number that is not in the register", async () => {
      expect(await getCommitment("TZ-2021-0099")).toBeNull();
      expect(await getCommitment("")).toBeNull();
    });

    // Fails today (see the report): the view passes the database enum through ("half_year"), while the API
    // contract (lib/api/openapi.ts) and lib/deadline name this precision "half-year".
    it("reports a half-year deadline with the precision the API documents", async () => {
      const c = await getCommitment("TZ-2022-0001");
      expect(c?.deadline).toEqual({ phrase: "in de eerste helft van 2023", earliest: "2023-01-01", latest: "2023-06-30", precision: "half-year" });
    });
  });

  describe("getDocument", () => {
    it("lists all 17 commitments of the letter kst-29628-1030 with their roles", async () => {
      const doc = await getDocument("kst-29628-1030");
      expect(doc).toMatchObject({
        id: "kst-29628-1030",
        kind: "kamerstuk",
        label: "Kamerstuk 29 628, nr. 1030",
        date: "2021-06-29",
        url: "https://zoek.officielebekendmakingen.nl/kst-29628-1030",
        dossiers: [{ key: "29628", title: "Politie" }],
      });
      expect(doc!.commitments).toHaveLength(17);
      expect(numbers(doc!.commitments)).toEqual([...numbers(doc!.commitments)].sort());
      const roles = Object.fromEntries(doc!.commitments.map((c) => [c.number, c.roles]));
      expect(roles["TZ-2021-0010"]).toEqual(["source"]);
      expect(roles["TZ-2021-0002"]).toEqual(["fulfilment"]);
      expect(roles["TZ-2020-0001"]).toEqual(["fulfilment"]);
      expect(roles["TZ-2019-0001"]).toEqual(["related"]);
      const byRole = (role: string) => doc!.commitments.filter((c) => c.roles.includes(role)).length;
      expect([byRole("source"), byRole("fulfilment"), byRole("related")]).toEqual([11, 5, 1]);
      expect(numbers(doc!.commitments)).not.toContain("TZ-2022-0001");
    });

    it("lists a joint kamerstuk under both dossiers, in citation order", async () => {
      const doc = await getDocument("kst-29628-1017");
      expect(doc?.label).toBe("Kamerstukken 29 628 en 28 844, nr. 1017");
      expect(doc?.dossiers.map((d) => d.key)).toEqual(["29628", "28844"]);
      expect(doc?.commitments.map((c) => [c.number, c.roles])).toEqual([["TZ-2021-0014", ["related"]]]);
    });

    it("shows a document that no commitment cites, and Handelingen", async () => {
      expect(await getDocument("kst-34372-G")).toMatchObject({
        label: "Kamerstuk 34 372, G",
        title: null,
        date: null,
        commitments: [],
        dossiers: [{ key: "34372" }],
      });
      const handelingen = await getDocument("h-tk-20202021-36-8");
      expect(handelingen).toMatchObject({ kind: "handelingen", label: "Handelingen II 2020/21, nr. 36, item 8", vergaderjaar: "2020-2021" });
      expect(handelingen?.commitments.map((c) => c.number)).toEqual(["TZ-2021-0014"]);
    });

    it("returns null for a document that is not in the register", async () => {
      expect(await getDocument("kst-29628-9999")).toBeNull();
      expect(await getDocument("Kamerstuk 29 628, nr. 1030")).toBeNull();
    });
  });

  describe("dossiers", () => {
    it("getDossier('29628') lists its 14 documents, newest first, undated last", async () => {
      const dossier = await getDossier("29628");
      expect(dossier).toMatchObject({ nummer: "29628", toevoeging: null, title: "Politie", key: "29628" });
      const docs = dossier!.documents;
      expect(docs).toHaveLength(14);
      expect(dossier!.documentCount).toBe(14);
      expect(docs[0]).toEqual({ id: "kst-29628-1030", label: "Kamerstuk 29 628, nr. 1030", title: expect.stringMatching(/^Toezeggingen/), date: "2021-06-29" });
      const dated = docs.filter((d) => d.date !== null);
      expect(dated.map((d) => d.date)).toEqual(
        dated
          .map((d) => d.date)
          .sort()
          .reverse(),
      );
      expect(docs.slice(dated.length).every((d) => d.date === null)).toBe(true);
      expect(docs.at(dated.length - 1)).toMatchObject({ id: "kst-29628-784", date: "2018-06-15" });
      expect(docs.map((d) => d.id)).not.toContain("ah-tk-20202021-2065"); // Aanhangsels belong to no dossier
    });

    it("getDossier finds the other dossiers, including one with a toevoeging", async () => {
      expect((await getDossier("28844"))?.documents.map((d) => d.id)).toEqual(["kst-29628-1017"]);
      expect(await getDossier("35925-VII")).toMatchObject({
        nummer: "35925",
        toevoeging: "VII",
        key: "35925-VII",
        documents: [{ id: "kst-35925-VII-12", date: "2022-10-01" }],
      });
    });

    it("getDossier returns null for an unknown or malformed key", async () => {
      expect(await getDossier("99999")).toBeNull();
      expect(await getDossier("35925")).toBeNull();
      expect(await getDossier("29628-")).toBeNull();
      expect(await getDossier("politie")).toBeNull();
    });

    it("listDossiers lists every dossier by number", async () => {
      const dossiers = await listDossiers();
      expect(dossiers.map((d) => d.key)).toEqual(["28844", "29628", "34372", "35925-VII"]);
      expect(dossiers[1]).toEqual({ nummer: "29628", toevoeging: null, title: "Politie", key: "29628" });
    });
  });

  describe("getCommitmentHistory", () => {
    it("shows the seed as the actor of a seeded commitment, to readers too", async () => {
      for (const showNames of [false, true]) {
        const history = await getCommitmentHistory("TZ-2021-0010", { showNames });
        expect(history).toHaveLength(1);
        expect(history[0]).toMatchObject({ action: "commitment.created", actor: SEED_ACTOR, reason: null });
        expect(history[0]!.changes).toEqual(
          expect.arrayContaining([
            { field: "title", before: null, after: "Advies externe adviescommissie-Schneiders over programmatische aanpak LE" },
            { field: "deadlineLatest", before: null, after: "2022-05-31" },
            { field: "references", before: null, after: ["source:kst-29628-1030", "related:kst-29628-997"] },
          ]),
        );
        expect(Date.parse(history[0]!.at)).not.toBeNaN();
      }
    });

    it("names a person only to signed-in viewers; readers see the ministry", async () => {
      expect((await getCommitmentHistory("TZ-2022-0001", { showNames: false })).map((e) => e.actor)).toEqual(["BZK"]);
      expect((await getCommitmentHistory("TZ-2022-0001", { showNames: true })).map((e) => e.actor)).toEqual(["Jan Jansen, BZK"]);
    });

    it("is empty for an unknown commitment", async () => {
      expect(await getCommitmentHistory("TZ-2021-0099", { showNames: true })).toEqual([]);
    });
  });
});
