// Import of the Tweede Kamer's open data (Toezegging), on both databases: the status table, "no date", the
// fulfilling letter, unknown statuses and ministries, and re-imports that change nothing (or only what changed).
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getCommitment } from "@/lib/data/commitments";
import { importTk } from "@/lib/data/import-tk";
import { allProblems, type ImportReport } from "@/lib/import/report";
import { auditEventsAfter, databaseForBlock, makeUser, registerSnapshot, testDatabaseKinds, useManagementDatabase } from "../../support/management-fixtures";
import { bytes, commitmentByTk, fixture } from "./import-fixtures";

function reportOf(result: Awaited<ReturnType<typeof importTk>>): ImportReport {
  if (!result.ok) throw new Error(`import refused: ${result.status} ${result.message}`);
  return result.value;
}

const byTk = (report: ImportReport, tk: string) => report.rows.find((r) => r.tkNummer === tk)!;

describe.each(testDatabaseKinds)("Tweede Kamer import on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useManagementDatabase(kind));
  let coordinator: CurrentUser;
  beforeAll(async () => {
    coordinator = await makeUser("coordinator", null);
  });

  it("reports per record what happens, with unknown statuses and ministries as errors, in a dry run that writes nothing", async () => {
    const before = await registerSnapshot();
    const report = reportOf(await importTk(coordinator, fixture("tk-toezeggingen.json"), "dry-run"));
    expect(report.rows.map((r) => [r.row, r.tkNummer, r.outcome])).toEqual([
      [1, "TZ202106-001", "aanmaken"],
      [2, "TZ202106-002", "aanmaken"],
      [3, "TZ202106-003", "aanmaken"],
      [4, "TZ202106-004", "aanmaken"],
      [5, "TZ202106-005", "aanmaken"],
      [6, "TZ202106-006", "aanmaken"],
      [7, "TZ202106-007", "ongeldig"],
      [8, "TZ202106-008", "ongeldig"],
      [9, "TZ202106-009", "overgeslagen"],
    ]);
    expect(allProblems(report).map((p) => [p.row, p.column, p.severity, p.message])).toEqual([
      [3, "KamerbriefNakoming", "let op", '"2021D27140" is geen herkenbaar Kamerstuk; de toezegging wordt zonder deze verwijzing geïmporteerd.'],
      [
        7,
        "Status",
        "fout",
        'Onbekende status "Niet nagekomen"; bekend zijn Openstaand, Voldaan, Afgedaan, Deels voldaan, Deels afgedaan, Vervallen. Deze toezegging wordt niet geïmporteerd.',
      ],
      [8, "Ministerie", "fout", 'Onbekend ministerie "Economische Zaken en Klimaat".'],
      [9, "Verwijderd", "let op", "Verwijderd bij de Tweede Kamer; overgeslagen."],
    ]);
    expect(report.blocked).toBe(true);
    expect(reportOf(await importTk(coordinator, fixture("tk-toezeggingen.json"), "all")).written).toBe(false);
    expect(await registerSnapshot()).toEqual(before);
  });

  it("maps every Tweede Kamer status by the table, reads 0001-01-01 as no deadline and links the fulfilling letter", async () => {
    const before = await registerSnapshot();
    const report = reportOf(await importTk(coordinator, fixture("tk-toezeggingen.json"), "valid-only"));
    expect(report.written).toBe(true);
    expect(report.counts).toMatchObject({ aanmaken: 6, ongeldig: 2, overgeslagen: 1 });
    const created = await auditEventsAfter(before.lastAuditId);
    expect(created.filter((e) => e.entityType === "commitment").map((e) => e.action)).toEqual(Array(6).fill("commitment.created"));

    const statuses = Object.fromEntries(
      await Promise.all(["001", "002", "003", "004", "005", "006"].map(async (n) => [`TZ202106-${n}`, (await commitmentByTk(`TZ202106-${n}`))!.status])),
    );
    expect(statuses).toEqual({
      "TZ202106-001": "open",
      "TZ202106-002": "fulfilled",
      "TZ202106-003": "fulfilled",
      "TZ202106-004": "partially_fulfilled",
      "TZ202106-005": "partially_fulfilled",
      "TZ202106-006": "lapsed",
    });
    expect(await commitmentByTk("TZ202106-007")).toBeNull();
    expect(await commitmentByTk("TZ202106-008")).toBeNull();
    expect(await commitmentByTk("TZ202106-009")).toBeNull();

    const open = (await getCommitment(byTk(report, "TZ202106-001").number!))!;
    expect(open).toMatchObject({
      number: expect.stringMatching(/^TZ-2021-\d{4}$/),
      title: "De minister zegt toe de Kamer voor 1 juli 2022 te informeren over de voortgang van de wijkagenten per eenheid.",
      madeOn: "2021-06-10",
      activity: "Commissiedebat Politie (2021A03456)",
      minister: { name: "F.B.J. Grapperhaus", function: "Minister van Justitie en Veiligheid" },
      ministry: { code: "JenV" },
      deadline: { phrase: "1 juli 2022", earliest: "2022-07-01", latest: "2022-07-01", precision: "day" },
    });
    const fulfilled = (await getCommitment(byTk(report, "TZ202106-002").number!))!;
    expect(fulfilled.deadline).toBeNull(); // 0001-01-01T00:00:00
    expect(fulfilled.activity).toBe("Commissiedebat: Politie (2021A03456), 10 juni 2021");
    expect(fulfilled.references.map((r) => `${r.role}:${r.id}`)).toEqual(["fulfilment:kst-29628-1030"]);
    expect(fulfilled.fulfilledOn).toBe("2021-06-29"); // the letter's date
    const withoutLetter = (await getCommitment(byTk(report, "TZ202106-003").number!))!;
    expect(withoutLetter.references).toEqual([]);
    expect(withoutLetter.fulfilledOn).toBe("2021-07-05"); // when the Kamer recorded it
    expect((await getCommitment(byTk(report, "TZ202106-005").number!))!).toMatchObject({
      ministry: { code: "BZK" },
      minister: { name: "R.W. Knops", function: "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties" },
      deadline: null,
    });
    // a date-time in UTC is a date in Amsterdam: 31 December 23:00 UTC is New Year's Day
    expect((await getCommitment(byTk(report, "TZ202106-006").number!))!.deadline).toMatchObject({ phrase: "1 januari 2022", latest: "2022-01-01" });
    expect((await commitmentByTk("TZ202106-001"))!.tkNummer).toBe("TZ202106-001");
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await registerSnapshot();
    const report = reportOf(await importTk(coordinator, fixture("tk-toezeggingen.json"), "valid-only"));
    expect(report.counts).toMatchObject({ aanmaken: 0, bijwerken: 0, ongewijzigd: 6 });
    expect(report.rows.filter((r) => r.outcome === "ongewijzigd").every((r) => /^TZ-2021-\d{4}$/.test(r.number!))).toBe(true);
    expect(await registerSnapshot()).toEqual(before);
  });

  it("brings a re-imported record in line with the Kamer's: a status through the workflow, a new date as a re-set", async () => {
    const before = await registerSnapshot();
    const file = fixture("tk-toezeggingen-later.json"); // a bare array, as some tools save it
    const dryRun = reportOf(await importTk(coordinator, file, "dry-run"));
    expect(byTk(dryRun, "TZ202106-001")).toMatchObject({ outcome: "bijwerken", fields: ["Status"] });
    expect(byTk(dryRun, "TZ202106-004")).toMatchObject({ outcome: "bijwerken", fields: ["Termijn"] });
    expect(dryRun.counts).toMatchObject({ bijwerken: 2, ongewijzigd: 4, overgeslagen: 1 });

    reportOf(await importTk(coordinator, file, "all"));
    const events = (await auditEventsAfter(before.lastAuditId)).filter((e) => e.entityType === "commitment");
    expect(events.map((e) => [e.entityId, e.action])).toEqual([
      [byTk(dryRun, "TZ202106-001").number, "commitment.status_changed"],
      [byTk(dryRun, "TZ202106-004").number, "commitment.deadline_reset"],
    ]);
    expect(events[0]).toMatchObject({
      reason: "Status bij de Tweede Kamer: Voldaan (TZ202106-001).",
      changes: [
        { field: "status", before: "open", after: "fulfilled" },
        { field: "fulfilledBy", before: null, after: "kst-29628-1099" },
      ],
    });
    expect(events[1]!.changes[0]).toEqual({ field: "deadlinePhrase", before: "31 december 2021", after: "30 juni 2022" });
    const fulfilled = (await getCommitment(byTk(dryRun, "TZ202106-001").number!))!;
    expect(fulfilled).toMatchObject({ status: "fulfilled", version: 2 });
    expect(fulfilled.references.map((r) => `${r.role}:${r.id}`)).toEqual(["fulfilment:kst-29628-1099"]);

    const again = await registerSnapshot();
    expect(reportOf(await importTk(coordinator, file, "all")).counts).toMatchObject({ bijwerken: 0, ongewijzigd: 6 });
    expect(await registerSnapshot()).toEqual(again);
  });

  it("withdraws a commitment the Kamer deleted, and reports one changed here since the last import for review", async () => {
    const record = (nummer: string, extra: Record<string, unknown> = {}) => ({
      Nummer: nummer,
      Tekst: `De minister zegt toe de Kamer te informeren over het politieonderwijs (${nummer}).`,
      Status: "Openstaand",
      Ministerie: "Justitie en Veiligheid",
      Naam: "Grapperhaus",
      Initialen: "F.B.J.",
      Functie: "Minister van Justitie en Veiligheid",
      Aanmaakdatum: "2021-07-01T10:00:00+02:00",
      ...extra,
    });
    const file = (records: unknown[]) => ({ name: "tk.json", bytes: bytes(JSON.stringify(records)) });
    const first = reportOf(await importTk(coordinator, file([record("TZ202107-201"), record("TZ202107-202")]), "all"));
    expect(first.counts).toMatchObject({ aanmaken: 2 });
    const untouched = byTk(first, "TZ202107-201").number!;
    const editedHere = byTk(first, "TZ202107-202").number!;
    // someone here improves the second one's title: a local change since the import
    const { updateCommitment } = await import("@/lib/data/commitment-changes");
    const { editPayload } = await import("../../support/management-fixtures");
    await updateCommitment(coordinator, editedHere, await editPayload(editedHere, { title: "Politieonderwijs: informatie aan de Kamer" }));

    const deleted = file([record("TZ202107-201", { Verwijderd: true }), record("TZ202107-202", { Verwijderd: true })]);
    const before = await registerSnapshot();
    const dryRun = reportOf(await importTk(coordinator, deleted, "dry-run"));
    expect(byTk(dryRun, "TZ202107-201")).toMatchObject({
      outcome: "bijwerken",
      fields: ["Status"],
      problems: [{ column: "Verwijderd", severity: "let op", message: "Verwijderd bij de Tweede Kamer: de toezegging wordt ingetrokken." }],
    });
    expect(byTk(dryRun, "TZ202107-202")).toMatchObject({
      outcome: "overgeslagen",
      problems: [{ column: "Verwijderd", message: expect.stringContaining("gewijzigd sinds de laatste import") }],
    });
    expect(await registerSnapshot()).toEqual(before);

    reportOf(await importTk(coordinator, deleted, "all"));
    const withdrawn = (await getCommitment(untouched))!;
    expect(withdrawn.status).toBe("withdrawn");
    const [event] = (await auditEventsAfter(before.lastAuditId)).filter((e) => e.entityType === "commitment");
    expect(event).toMatchObject({ entityId: untouched, action: "commitment.status_changed", reason: "Verwijderd door de Tweede Kamer (TZ202107-201)." });
    expect((await getCommitment(editedHere))!.status).toBe("open");
    // imported again, the withdrawn one stays as it is
    expect(byTk(reportOf(await importTk(coordinator, deleted, "dry-run")), "TZ202107-201").outcome).toBe("ongewijzigd");
  });

  it("refuses files that are not a Toezegging list, and an editor's records of other ministries", async () => {
    for (const [content, message] of [
      ["", "Het bestand is leeg."],
      ["{ niet json", "Dit is geen geldig JSON-bestand"],
      ['{ "value": [] }', "Het bestand bevat geen toezeggingen (de lijst is leeg)."],
      ['{ "Nummer": "TZ1" }', "Het bestand bevat geen lijst met toezeggingen"],
    ] as const) {
      const result = await importTk(coordinator, { name: "x.json", bytes: bytes(content) }, "dry-run");
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain(message);
    }
    const editor = await makeUser("editor", "BZK", "editor-bzk-tk");
    const record = {
      Nummer: "TZ202107-100",
      Tekst: "De minister zegt toe de Kamer te informeren over het politieonderwijs.",
      Status: "Openstaand",
      Ministerie: "Justitie en Veiligheid",
      Naam: "Grapperhaus, F.B.J.",
      Functie: "Minister van Justitie en Veiligheid",
      Aanmaakdatum: "2021-07-01T10:00:00+02:00",
    };
    const report = reportOf(await importTk(editor, { name: "x.json", bytes: bytes(JSON.stringify([record])) }, "dry-run"));
    expect(report.rows[0]).toMatchObject({
      outcome: "ongeldig",
      problems: [{ column: "Ministerie", message: "Als redacteur kunt u alleen toezeggingen voor uw eigen ministerie (BZK) toevoegen; deze hoort bij JenV." }],
    });
  });
});
