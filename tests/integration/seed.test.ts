// The reviewed seed (Kamerstuk 29 628, nr. 1030) loaded through lib/data/seed, as `npm start` does.
import { beforeAll, describe, expect, it } from "vitest";
import { getCommitment, listCommitments } from "@/lib/data/commitments";
import { loadSeed, readSeedFile } from "@/lib/data/seed";
import { db } from "@/lib/db";
import { KamerstukCitationError } from "@/lib/kamerstuk";
import type { SeedFile } from "@/lib/validation/seed";
import { countRows, databaseForBlock, numbers, SEED_PATH, testDatabaseKinds } from "../support/register-fixtures";
import { useMigratedDatabase } from "../support/test-database";

const SEED_ACTOR = "Seed (Kamerstuk 29 628, nr. 1030)";

/** The seed plus a new, valid document and a commitment (appended last) that cites a document it does not list. */
function withUnlistedReference(seed: SeedFile): SeedFile {
  const bad = structuredClone(seed);
  bad.documents.push({ citation: "Kamerstuk 29 628, nr. 1040", title: "Nieuw document", date: "2021-09-01" });
  bad.commitments.push({
    ...structuredClone(seed.commitments[0]!),
    number: "TZ-2021-0099",
    title: "Verwijst naar een document dat niet in de seed staat",
    references: [{ citation: "Kamerstuk 29 628, nr. 999", role: "source" }],
  });
  return bad;
}

function withInvalidDocumentCitation(seed: SeedFile): SeedFile {
  const bad = structuredClone(seed);
  bad.documents.push({ citation: "Brief van de minister van 3 juni 2021", title: null, date: null });
  return bad;
}

function withInvalidReferenceCitation(seed: SeedFile): SeedFile {
  const bad = structuredClone(seed);
  bad.commitments.at(-1)!.references.push({ citation: "Kamerstuk 29 628", role: "related" });
  return bad;
}

describe.each(testDatabaseKinds)("seed of Kamerstuk 29 628, nr. 1030 on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useMigratedDatabase(kind));
  let seed: SeedFile;
  beforeAll(async () => {
    seed = await readSeedFile(SEED_PATH);
  });

  // The tests below run in order on one database: first the empty register, then the seeded one.

  it("a bad seed fails on an empty register and leaves every table empty", async () => {
    await expect(loadSeed(withUnlistedReference(seed))).rejects.toThrow("TZ-2021-0099 verwijst naar kst-29628-999, dat niet onder documents staat");
    await expect(loadSeed(withInvalidDocumentCitation(seed))).rejects.toBeInstanceOf(KamerstukCitationError);
    await expect(loadSeed(withInvalidReferenceCitation(seed))).rejects.toBeInstanceOf(KamerstukCitationError);
    const counts = await countRows();
    expect(Object.entries(counts).filter(([, n]) => n !== 0)).toEqual([]);
  });

  it("creates 17 commitments and 19 documents", async () => {
    expect(await loadSeed(seed)).toEqual({ commitmentsCreated: 17, documentsCreated: 19 });
    const counts = await countRows();
    expect(counts).toMatchObject({ commitment: 17, document: 19, ministry: 1, minister: 1, dossier: 3 });
    // one event per created commitment and per created document
    expect(counts.audit_event).toBe(17 + 19);
  });

  it("loading it again creates nothing and writes no audit events", async () => {
    const before = await countRows();
    expect(await loadSeed(seed)).toEqual({ commitmentsCreated: 0, documentsCreated: 0 });
    expect(await countRows()).toEqual(before);
  });

  it("gives each seeded commitment exactly one audit event, commitment.created by the seed", async () => {
    const rows = await db().$queryRawUnsafe<Array<{ number: string; events: number; actions: string[]; actors: string[]; entity_ids: string[] }>>(
      `SELECT c.number, count(a.id)::int AS events, array_agg(a.action) AS actions, array_agg(a.actor_name) AS actors,
              array_agg(a.entity_id) AS entity_ids
       FROM commitment c LEFT JOIN audit_event a ON a.commitment_id = c.id GROUP BY c.number ORDER BY c.number`,
    );
    expect(rows).toHaveLength(17);
    for (const row of rows) {
      expect(row, row.number).toEqual({
        number: row.number,
        events: 1,
        actions: ["commitment.created"],
        actors: [SEED_ACTOR],
        entity_ids: [row.number],
      });
    }
    const documentEvents = await db().auditEvent.findMany({ where: { action: "document.created" }, select: { entityId: true, actorId: true } });
    expect(documentEvents.map((e) => e.entityId).sort()).toEqual((await db().document.findMany({ select: { id: true } })).map((d) => d.id).sort());
    expect(documentEvents.every((e) => e.actorId === null)).toBe(true);
  });

  it("resolves the deadlines of the commitments named in the letter to sensible ranges", async () => {
    const schneiders = await getCommitment("TZ-2021-0010");
    expect(schneiders?.title).toMatch(/adviescommissie-Schneiders/);
    expect(schneiders?.madeOn).toBe("2021-06-29");
    expect(schneiders?.deadline).toEqual({ phrase: "uiterlijk in het voorjaar van 2022", earliest: "2021-06-29", latest: "2022-05-31", precision: "season" });

    const budget = await getCommitment("TZ-2021-0013");
    expect(budget?.title).toMatch(/politiebegroting/);
    // Prinsjesdag 2022: the draft budget for 2023 was presented on Tuesday 20 September 2022
    expect(budget?.deadline).toEqual({ phrase: "bij de conceptbegroting voor 2023", earliest: "2022-09-20", latest: "2022-09-20", precision: "day" });

    const gdpa = await getCommitment("TZ-2021-0015");
    expect(gdpa?.title).toMatch(/GDPA/);
    // Verantwoordingsdag 2022 (third Wednesday of May): the annual reports over 2021
    expect(gdpa?.deadline).toMatchObject({ phrase: "in het jaarverslag over 2021", latest: "2022-05-18" });

    const taser = await getCommitment("TZ-2019-0001");
    expect(taser?.text).toMatch(/stroomstootwapen/);
    expect(taser?.madeOn).toBe("2019-11-15");
    expect(taser?.deadline).toEqual({ phrase: "uiterlijk in 2025", earliest: "2019-11-15", latest: "2025-12-31", precision: "year" });

    // an undated commitment still resolves relative to the letter, and an open phrase has no dates
    expect((await getCommitment("TZ-2020-0001"))?.madeOn).toBeNull();
    expect((await getCommitment("TZ-2021-0001"))?.deadline).toEqual({ phrase: "op korte termijn", earliest: null, latest: null, precision: "open" });
  });

  it("records the fulfilled commitments as fulfilled by kst-29628-1030", async () => {
    const fulfilled = await listCommitments({ status: ["fulfilled"], sort: "number", limit: 100 });
    expect(numbers(fulfilled.items)).toEqual(["TZ-2020-0001", "TZ-2021-0002", "TZ-2021-0003", "TZ-2021-0012", "TZ-2021-0014"]);
    for (const c of fulfilled.items) {
      expect(c.references, c.number).toContainEqual(expect.objectContaining({ id: "kst-29628-1030", role: "fulfilment" }));
    }
  });

  it("links every document to officielebekendmakingen.nl", async () => {
    const documents = await db().document.findMany({ select: { id: true, url: true }, orderBy: { id: "asc" } });
    expect(documents).toHaveLength(19);
    for (const d of documents) expect(d.url).toBe(`https://zoek.officielebekendmakingen.nl/${d.id}`);
    expect(documents.map((d) => d.id)).toEqual(
      expect.arrayContaining(["kst-29628-1030", "kst-34372-G", "ah-tk-20202021-2065", "ah-tk-20192020-3050", "h-tk-20202021-36-8"]),
    );
  });

  it("a bad seed after the good one changes nothing, not even the number sequence", async () => {
    const before = await countRows();
    const sequenceBefore = await db().commitmentNumberSequence.findMany({ orderBy: { year: "asc" } });
    expect(sequenceBefore).toEqual([
      { year: 2019, last: 1 },
      { year: 2020, last: 1 },
      { year: 2021, last: 15 },
    ]);
    await expect(loadSeed(withUnlistedReference(seed))).rejects.toThrow("TZ-2021-0099");
    await expect(loadSeed(withInvalidDocumentCitation(seed))).rejects.toBeInstanceOf(KamerstukCitationError);
    await expect(loadSeed(withInvalidReferenceCitation(seed))).rejects.toBeInstanceOf(KamerstukCitationError);
    expect(await countRows()).toEqual(before);
    expect(await db().document.findUnique({ where: { id: "kst-29628-1040" } })).toBeNull();
    expect(await db().commitmentNumberSequence.findMany({ orderBy: { year: "asc" } })).toEqual(sequenceBefore);
  });

  // Fails today (see the report): the unlisted-document check runs only for commitments not yet in the register,
  // so the same broken file that fails on an empty register loads without complaint on a seeded one.
  it("rejects a reference to an unlisted document on a commitment that already exists", async () => {
    const bad = structuredClone(seed);
    bad.commitments[0]!.references.push({ citation: "Kamerstuk 29 628, nr. 999", role: "related" });
    await expect(loadSeed(bad)).rejects.toThrow("TZ-2021-0001 verwijst naar kst-29628-999, dat niet onder documents staat");
  });

  it("loading again never overwrites an edit made in the register since", async () => {
    await db().commitment.update({ where: { number: "TZ-2021-0001" }, data: { title: "Doxing-wetsvoorstel in consultatie (bijgewerkt)" } });
    expect(await loadSeed(seed)).toEqual({ commitmentsCreated: 0, documentsCreated: 0 });
    expect((await getCommitment("TZ-2021-0001"))?.title).toBe("Doxing-wetsvoorstel in consultatie (bijgewerkt)");
  });
});
