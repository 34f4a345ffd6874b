// A minister is one identity (lib/commitment/minister-identity.ts): a Tweede Kamer record that names
// "Grapperhaus" beside the register's "F.B.J. Grapperhaus" uses that minister, and a name that could be two
// ministers is shown for a decision instead of creating a third.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { InvalidInput } from "@/lib/data/errors";
import { importTk } from "@/lib/data/import-tk";
import { resolveMinister } from "@/lib/data/ministers";
import { listFilterOptions } from "@/lib/data/reference-data";
import { allProblems, type ImportReport } from "@/lib/import/report";
import { databaseForBlock, makeUser, registerSnapshot, testDatabaseKinds, useManagementDatabase } from "../../support/management-fixtures";
import { bytes, commitmentByTk } from "./import-fixtures";

const FN = "Minister van Justitie en Veiligheid";

function tkFile(records: Array<Record<string, unknown>>) {
  const value = records.map((r, i) => ({
    Id: `7c1c9a52-1d3e-4b8a-9a51-${String(i).padStart(12, "0")}`,
    Tekst: "De minister zegt toe de Kamer voor 1 juli 2022 te informeren over de wijkagenten.",
    Status: "Openstaand",
    DatumNakoming: "0001-01-01T00:00:00",
    Ministerie: "Justitie en Veiligheid",
    Functie: FN,
    Onderwerp: "Commissiedebat Politie",
    Aanmaakdatum: "2021-06-10T16:02:11+02:00",
    GewijzigdOp: "2021-06-10T16:02:11+02:00",
    Verwijderd: false,
    ...r,
  }));
  return { name: "tk.json", bytes: bytes(JSON.stringify({ value })) };
}

function reportOf(result: Awaited<ReturnType<typeof importTk>>): ImportReport {
  if (!result.ok) throw new Error(`import refused: ${result.status} ${result.message}`);
  return result.value;
}

describe.each(testDatabaseKinds)("one minister per person in the Tweede Kamer import on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useManagementDatabase(kind));
  let coordinator: CurrentUser;
  beforeAll(async () => {
    coordinator = await makeUser("coordinator", null);
  });

  it('files "Grapperhaus" under the existing "F.B.J. Grapperhaus": one minister afterwards, and the filters list one', async () => {
    reportOf(await importTk(coordinator, tkFile([{ Nummer: "TZ202107-101", Naam: "Grapperhaus, F.B.J." }]), "all"));
    const file = tkFile([{ Nummer: "TZ202107-102", Naam: "Grapperhaus" }]);
    const dry = reportOf(await importTk(coordinator, file, "dry-run"));
    expect(dry.rows.map((r) => r.outcome)).toEqual(["aanmaken"]);
    expect(allProblems(dry).map((p) => [p.column, p.severity, p.message])).toEqual([
      ["Naam", "let op", '"Grapperhaus" is in het register "F.B.J. Grapperhaus"; die bewindspersoon wordt gebruikt.'],
    ]);
    expect(reportOf(await importTk(coordinator, file, "all")).written).toBe(true);

    const first = await commitmentByTk("TZ202107-101");
    const second = await commitmentByTk("TZ202107-102");
    expect(second!.minister.name).toBe("F.B.J. Grapperhaus");
    expect(second!.ministerId).toBe(first!.ministerId);
    const grapperhaus = (await listFilterOptions()).ministers.filter((m) => /grapperhaus/i.test(m.name));
    expect(grapperhaus.map((m) => m.name)).toEqual(["F.B.J. Grapperhaus"]);

    // Importing it again changes nothing: the register's spelling is not "corrected" back to the Kamer's.
    const again = reportOf(await importTk(coordinator, file, "dry-run"));
    expect(again.rows.map((r) => r.outcome)).toEqual(["ongewijzigd"]);
  });

  it("shows a name that could be two ministers as an error naming both, and writes no third minister", async () => {
    const ministry = await db().ministry.findUniqueOrThrow({ where: { code: "JenV" } });
    await db().minister.createMany({
      data: [
        { name: "A. Jansen", function: FN, ministryId: ministry.id },
        { name: "B. Jansen", function: FN, ministryId: ministry.id },
      ],
    });
    const before = await registerSnapshot();
    const file = tkFile([{ Nummer: "TZ202107-103", Naam: "Jansen" }]);
    const dry = reportOf(await importTk(coordinator, file, "valid-only"));
    expect(dry.rows.map((r) => r.outcome)).toEqual(["ongeldig"]);
    expect(allProblems(dry).map((p) => [p.column, p.severity, p.message])).toEqual([
      [
        "Naam",
        "fout",
        '"Jansen" kan "A. Jansen" of "B. Jansen" zijn. Schrijf de naam zoals die in het register staat, zodat er geen tweede bewindspersoon ontstaat.',
      ],
    ]);
    expect(await registerSnapshot()).toEqual(before);
    expect(await db().minister.count({ where: { name: { contains: "Jansen" } } })).toBe(2);

    // Every writer resolves through resolveMinister: it refuses the same name too, naming both.
    const refused = db().$transaction((tx) => resolveMinister(tx, "mr. Jansen", FN, ministry.id));
    await expect(refused).rejects.toBeInstanceOf(InvalidInput);
    await expect(refused).rejects.toMatchObject({ errors: { ministerName: [expect.stringContaining('"A. Jansen" of "B. Jansen"')] } });

    // Other initials are another person: "C. Jansen" becomes a minister of their own.
    reportOf(await importTk(coordinator, tkFile([{ Nummer: "TZ202107-104", Naam: "C. Jansen" }]), "all"));
    expect((await commitmentByTk("TZ202107-104"))!.minister.name).toBe("C. Jansen");
  });
});
