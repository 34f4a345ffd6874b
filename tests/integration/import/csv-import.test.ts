// Bulk CSV import: the register's own export read back, edited as in a spreadsheet, on both databases.
import { beforeAll, describe, expect, it } from "vitest";
import { settle } from "@/lib/data/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getCommitment } from "@/lib/data/commitments";
import { importCsv } from "@/lib/data/import-csv";
import { updateCommitment } from "@/lib/data/commitment-changes";
import { allProblems, type ImportReport } from "@/lib/import/report";
import {
  auditEventsAfter,
  databaseForBlock,
  editPayload,
  freshCommitment,
  makeUser,
  registerSnapshot,
  testDatabaseKinds,
  useManagementDatabase,
  versionOf,
} from "../../support/management-fixtures";
import { csvFile, exportCsv, readRecords, writeRecords, type CsvRecord } from "./import-fixtures";

function reportOf(result: Awaited<ReturnType<typeof importCsv>>): ImportReport {
  if (!result.ok) throw new Error(`import refused: ${result.status} ${result.message}`);
  return result.value;
}

const rowOf = (report: ImportReport, number: string) => report.rows.find((r) => r.number === number)!;

function edit(records: CsvRecord[], number: string, changes: Record<string, string>): CsvRecord[] {
  return records.map((r) => (r.nummer === number ? { ...r, ...changes } : r));
}

describe.each(testDatabaseKinds)("CSV import on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useManagementDatabase(kind));
  let coordinator: CurrentUser;
  beforeAll(async () => {
    coordinator = await makeUser("coordinator", null);
  });

  it("imports an unchanged export as unchanged: no audit event, no version bumped, nothing written", async () => {
    const csv = await exportCsv();
    const before = await registerSnapshot();
    const dryRun = reportOf(await importCsv(coordinator, csvFile(csv), "dry-run"));
    expect(dryRun.counts).toMatchObject({ ongewijzigd: 17, aanmaken: 0, bijwerken: 0, conflict: 0, ongeldig: 0 });
    expect(dryRun.rows.map((r) => r.row)).toEqual(Array.from({ length: 17 }, (_, i) => i + 2));
    expect(allProblems(dryRun)).toEqual([]);
    const imported = reportOf(await importCsv(coordinator, csvFile(csv), "all", { expectedHash: dryRun.fileHash }));
    expect(imported.written).toBe(true);
    expect(await registerSnapshot()).toEqual(before);
  });

  it("refuses a new row that repeats a commitment already in the register, unless duplicates are asked for", async () => {
    const records = readRecords(await exportCsv());
    const original = records.find((r) => r.nummer === "TZ-2021-0010")!;
    const csv = writeRecords([{ ...original, nummer: "" }]);
    const before = await registerSnapshot();
    const refused = reportOf(await importCsv(coordinator, csvFile(csv), "all"));
    expect(refused.written).toBe(false);
    expect(refused.rows[0]).toMatchObject({ outcome: "ongeldig" });
    expect(refused.rows[0]!.problems.filter((p) => p.severity === "fout")).toEqual([
      { row: 2, column: "Tekst", severity: "fout", message: expect.stringContaining("Al in het register: TZ-2021-0010") },
    ]);
    expect(await registerSnapshot()).toEqual(before);

    const allowed = reportOf(await importCsv(coordinator, csvFile(csv), "dry-run", { allowDuplicates: true }));
    expect(allowed.rows[0]!.outcome).toBe("aanmaken");
    expect(allowed.rows[0]!.problems).toContainEqual({
      row: 2,
      column: "Tekst",
      severity: "let op",
      message: expect.stringContaining("Wordt toch als tweede vastgelegd"),
    });
  });

  it("turns a title edited in the CSV into one update with one audit event, and nothing else", async () => {
    const records = readRecords(await exportCsv());
    const csv = writeRecords(edit(records, "TZ-2021-0010", { titel: "Advies commissie-Schneiders (bewerkt in Excel)" }));
    const dryRun = reportOf(await importCsv(coordinator, csvFile(csv), "dry-run"));
    expect(dryRun.counts).toMatchObject({ bijwerken: 1, ongewijzigd: 16 });
    expect(rowOf(dryRun, "TZ-2021-0010")).toMatchObject({ outcome: "bijwerken", fields: ["Titel"], problems: [] });

    const before = await registerSnapshot("TZ-2021-0010");
    const imported = reportOf(await importCsv(coordinator, csvFile(csv), "all"));
    expect(imported.written).toBe(true);
    const events = await auditEventsAfter(before.lastAuditId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "commitment.updated",
      entityId: "TZ-2021-0010",
      actorId: coordinator.id,
      changes: [{ field: "title", before: before.commitment!.title, after: "Advies commissie-Schneiders (bewerkt in Excel)" }],
    });
    expect(await versionOf("TZ-2021-0010")).toBe(Number(before.commitment!.version) + 1);
    expect((await registerSnapshot()).counts).toEqual({ ...before.counts, audit_event: before.counts.audit_event! + 1 });
  });

  it("reports a stale versie as a conflict for that row and writes nothing; 'only valid rows' imports the rest", async () => {
    const records = readRecords(await exportCsv());
    // Someone else edits TZ-2021-0004 after the export.
    const other = await settle(
      updateCommitment(coordinator, "TZ-2021-0004", await editPayload("TZ-2021-0004", { committee: "Vaste commissie voor Justitie en Veiligheid (nieuw)" })),
    );
    expect(other.ok).toBe(true);
    let changed = edit(records, "TZ-2021-0004", { titel: "Overschreven vanuit een oude export" });
    changed = edit(changed, "TZ-2021-0005", { titel: "Tweede deelonderzoek Inspectie (bewerkt)" });
    const csv = writeRecords(changed);

    const before = await registerSnapshot();
    const all = reportOf(await importCsv(coordinator, csvFile(csv), "all"));
    expect(all.written).toBe(false);
    expect(all.blocked).toBe(true);
    const conflict = rowOf(all, "TZ-2021-0004");
    expect(conflict.outcome).toBe("conflict");
    expect(conflict.problems[0]).toMatchObject({ row: conflict.row, column: "Versie", severity: "fout" });
    expect(conflict.problems[0]!.message).toContain(`het register versie ${await versionOf("TZ-2021-0004")}`);
    expect(await registerSnapshot()).toEqual(before);

    const valid = reportOf(await importCsv(coordinator, csvFile(csv), "valid-only"));
    expect(valid.written).toBe(true);
    expect((await getCommitment("TZ-2021-0004"))!.title).not.toBe("Overschreven vanuit een oude export");
    expect((await getCommitment("TZ-2021-0005"))!.title).toBe("Tweede deelonderzoek Inspectie (bewerkt)");
    const events = await auditEventsAfter(before.lastAuditId);
    expect(events.map((e) => e.entityId)).toEqual(["TZ-2021-0005"]);
  });

  it("lists every problem of invalid rows as row, column and message in the dry run, and writes nothing", async () => {
    const records = readRecords(await exportCsv());
    const template = records.find((r) => r.nummer === "TZ-2021-0013")!;
    const row = (n: string) => records.findIndex((r) => r.nummer === n) + 2;
    let changed = edit(records, "TZ-2021-0006", { gedaan_op: "2021-02-30", status: "klaar" });
    changed = edit(changed, "TZ-2021-0007", { termijn: "voor de zomer van 2027" });
    changed = edit(changed, "TZ-2021-0008", { ministerie: "Ministerie van Magie" });
    changed = edit(changed, "TZ-2021-0009", { titel: "Feitenonderzoek politie en OM (bewerkt)" });
    const newValid = {
      ...template,
      nummer: "",
      versie: "",
      titel: "Nieuwe toezegging uit de import",
      tekst: "Voor de zomer van 2027 informeer ik uw Kamer over het aantal nieuwe opleidingsplaatsen bij de politie.",
      termijn: "voor de zomer van 2027",
      gedaan_op: "2026-11-20",
      kamerstukken: "source: Kamerstuk 29 628, nr. 1030",
    };
    const newInvalid = { ...template, nummer: "", versie: "", titel: "", tekst: "te kort" };
    const missing = { ...template, nummer: "TZ-2030-0001" };
    const csv = writeRecords([...changed, newValid, newInvalid, missing]);
    const n = records.length;

    const before = await registerSnapshot();
    const dryRun = reportOf(await importCsv(coordinator, csvFile(csv), "dry-run"));
    const problems = allProblems(dryRun)
      .filter((p) => p.severity === "fout")
      .map((p) => ({ row: p.row, column: p.column, message: p.message }));
    // in row order, as the report lists them (the export's rows follow the deadline order)
    const byRow = <T extends { row: number }>(list: T[]) => [...list].sort((x, y) => x.row - y.row);
    expect(problems).toEqual(
      byRow([
        { row: row("TZ-2021-0006"), column: "Gedaan op", message: '"2021-02-30" is geen bestaande datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2021-06-29.' },
        { row: row("TZ-2021-0006"), column: "Status", message: 'Onbekende status "klaar"; kies uit open, partially_fulfilled, fulfilled, lapsed, withdrawn.' },
        { row: row("TZ-2021-0007"), column: "Termijn", message: "termijn gewijzigd: geef een reden in kolom reden" },
        { row: row("TZ-2021-0008"), column: "Ministerie", message: expect.stringContaining('Onbekend ministerie "Ministerie van Magie"') },
        { row: n + 3, column: "Titel", message: "De titel is te kort (minstens 3 tekens)." },
        { row: n + 3, column: "Tekst", message: "Vul de letterlijke tekst van de toezegging in (minstens 10 tekens)." },
        { row: n + 4, column: "Nummer", message: "Toezegging TZ-2030-0001 bestaat niet. Laat nummer leeg om een nieuwe toezegging aan te maken." },
      ]),
    );
    expect(rowOf(dryRun, "TZ-2021-0009")).toMatchObject({ outcome: "bijwerken", fields: ["Titel"] });
    const created = dryRun.rows.find((r) => r.row === n + 2)!;
    expect(created).toMatchObject({ outcome: "aanmaken", number: null });
    // The derived columns copied along with the row are said to be ignored, not refused.
    expect(created.problems.map((p) => [p.column, p.severity])).toEqual([
      ["Termijn vroegst", "let op"],
      ["Termijn uiterlijk", "let op"],
      ["Precisie", "let op"],
      ["Over de termijn", "let op"],
      ["Dossiers", "let op"],
    ]);
    expect(dryRun.counts).toMatchObject({ ongeldig: 5, aanmaken: 1, bijwerken: 1 });

    const all = reportOf(await importCsv(coordinator, csvFile(csv), "all"));
    expect(all.written).toBe(false);
    expect(await registerSnapshot()).toEqual(before);

    const valid = reportOf(await importCsv(coordinator, csvFile(csv), "valid-only"));
    expect(valid.written).toBe(true);
    const number = valid.rows.find((r) => r.row === n + 2)!.number!;
    expect(number).toMatch(/^TZ-2026-\d{4}$/);
    const view = (await getCommitment(number))!;
    expect(view).toMatchObject({ title: "Nieuwe toezegging uit de import", status: "open", deadline: { phrase: "voor de zomer van 2027" } });
    expect(view.references.map((r) => `${r.role}:${r.id}`)).toEqual(["source:kst-29628-1030"]);
    expect((await getCommitment("TZ-2021-0009"))!.title).toBe("Feitenonderzoek politie en OM (bewerkt)");
    const events = await auditEventsAfter(before.lastAuditId);
    expect(events.map((e) => [e.action, e.entityId])).toEqual([
      ["commitment.updated", "TZ-2021-0009"],
      ["commitment.created", number],
    ]);
  });

  it("moves a status through the workflow (fulfilment from kamerstukken) and re-sets a deadline with the reason in 'reden'", async () => {
    const fulfil = await freshCommitment(coordinator, { title: "Te vervullen via de import" });
    const reset = await freshCommitment(coordinator, { title: "Nieuwe termijn via de import" });
    const lapse = await freshCommitment(coordinator, { title: "Vervalt via de import" });
    const records = readRecords(await exportCsv()).filter((r) => [fulfil, reset, lapse].includes(r.nummer!));
    expect(records).toHaveLength(3);
    let changed = edit(records, fulfil, {
      status: "fulfilled",
      kamerstukken: `${records.find((r) => r.nummer === fulfil)!.kamerstukken} | fulfilment: Kamerstuk 29 628, nr. 1099`,
    });
    changed = edit(changed, reset, { termijn: "voor het einde van 2027", reden: "De minister heeft in het debat uitstel gevraagd." });
    changed = edit(changed, lapse, { titel: "Vervallen via de import", status: "Vervallen", reden: "Het wetsvoorstel is ingetrokken." });
    const csv = writeRecords(changed, { columns: [...Object.keys(records[0]!), "reden"] });

    const dryRun = reportOf(await importCsv(coordinator, csvFile(csv), "dry-run"));
    expect(dryRun.rows.map((r) => [r.number, r.outcome, r.fields])).toEqual(
      [
        [fulfil, "bijwerken", ["Status"]],
        [reset, "bijwerken", ["Termijn"]],
        [lapse, "bijwerken", ["Titel", "Status"]],
      ].sort((a, b) => records.findIndex((r) => r.nummer === a[0]) - records.findIndex((r) => r.nummer === b[0])),
    );

    const before = await registerSnapshot();
    reportOf(await importCsv(coordinator, csvFile(csv), "all"));
    const events = await auditEventsAfter(before.lastAuditId);
    const byNumber = new Map(events.filter((e) => e.entityType === "commitment").map((e) => [e.entityId, e]));
    expect(events.filter((e) => e.entityType === "commitment")).toHaveLength(3);
    expect(byNumber.get(fulfil)).toMatchObject({
      action: "commitment.status_changed",
      changes: [
        { field: "status", before: "open", after: "fulfilled" },
        { field: "fulfilledBy", before: null, after: "kst-29628-1099" },
      ],
    });
    expect(byNumber.get(reset)).toMatchObject({ action: "commitment.deadline_reset", reason: "De minister heeft in het debat uitstel gevraagd." });
    expect(byNumber.get(reset)!.changes[0]).toEqual({ field: "deadlinePhrase", before: "voor de zomer van 2024", after: "voor het einde van 2027" });
    expect(byNumber.get(lapse)).toMatchObject({
      action: "commitment.status_changed",
      reason: "Het wetsvoorstel is ingetrokken.",
      changes: [
        { field: "title", before: "Vervalt via de import", after: "Vervallen via de import" },
        { field: "status", before: "open", after: "lapsed" },
      ],
    });
    const fulfilled = (await getCommitment(fulfil))!;
    expect(fulfilled.status).toBe("fulfilled");
    expect(fulfilled.fulfilledOn).not.toBeNull();
    expect(fulfilled.references.filter((r) => r.role === "fulfilment").map((r) => r.id)).toEqual(["kst-29628-1099"]);
    for (const n of [fulfil, reset, lapse]) expect(await versionOf(n)).toBe(2);
  });

  it("reads ;-separated files with Dutch headers and Excel's dates, with and without byte order mark", async () => {
    const records = readRecords(await exportCsv("?ministry=JenV"));
    const excel = records.map((r) => ({
      ...r,
      gedaan_op: (r.gedaan_op ?? "").replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y, m, d) => `${Number(d)}-${Number(m)}-${y}`),
    }));
    const changed = edit(excel, "TZ-2021-0011", { titel: "Rapportage taskforce kostenreductie politie (puntkomma)" });
    const columns = Object.keys(records[0]!);
    const headers = columns.map((c) => ({ nummer: "Nummer", titel: "Titel", versie: "Versie", over_termijn: "Over de termijn" })[c] ?? c);
    for (const bom of [false, true]) {
      const csv = writeRecords(bom ? excel : changed, { delimiter: ";", bom, columns, headers });
      const dryRun = reportOf(await importCsv(coordinator, csvFile(csv), "dry-run"));
      expect(dryRun.notices).toContain("Gelezen met puntkomma's als scheidingsteken (zoals de Nederlandse Excel opslaat).");
      expect(allProblems(dryRun).filter((p) => p.severity === "fout")).toEqual([]);
      expect(dryRun.counts.bijwerken).toBe(bom ? 0 : 1);
      expect(dryRun.counts.ongewijzigd).toBe(records.length - (bom ? 0 : 1));
    }
    const imported = reportOf(await importCsv(coordinator, csvFile(writeRecords(changed, { delimiter: ";", bom: false, columns, headers })), "all"));
    expect(imported.written).toBe(true);
    expect((await getCommitment("TZ-2021-0011"))!.title).toBe("Rapportage taskforce kostenreductie politie (puntkomma)");
  });

  it("refuses an editor's rows of another ministry, and imports their own", async () => {
    const editor = await makeUser("editor", "BZK", "editor-bzk-import");
    const own = await freshCommitment(coordinator, { ministry: "BZK", title: "BZK-toezegging voor de import" });
    const records = readRecords(await exportCsv());
    let changed = edit(records, own, { titel: "BZK-toezegging, bewerkt door de redacteur" });
    changed = edit(changed, "TZ-2021-0015", { titel: "Overgenomen door BZK" });
    changed = edit(changed, "TZ-2021-0001", { status: "withdrawn", reden: "Ingetrokken door een redacteur van BZK." });
    const csv = writeRecords(changed, { columns: [...Object.keys(records[0]!), "reden"] });

    const dryRun = reportOf(await importCsv(editor, csvFile(csv), "dry-run"));
    expect(rowOf(dryRun, own)).toMatchObject({ outcome: "bijwerken", fields: ["Titel"] });
    expect(rowOf(dryRun, "TZ-2021-0015").outcome).toBe("ongeldig");
    expect(rowOf(dryRun, "TZ-2021-0015").problems).toEqual([
      {
        row: rowOf(dryRun, "TZ-2021-0015").row,
        column: "Ministerie",
        severity: "fout",
        message: "Als redacteur kunt u alleen toezeggingen van uw eigen ministerie (BZK) wijzigen; deze hoort bij JenV.",
      },
    ]);
    expect(rowOf(dryRun, "TZ-2021-0001").problems[0]).toMatchObject({ column: "Status", message: "Alleen een coördinator kan een toezegging intrekken." });
    // Unchanged rows of other ministries are no business of the editor's, and no problem.
    expect(rowOf(dryRun, "TZ-2021-0010").outcome).toBe("ongewijzigd");

    const before = await registerSnapshot();
    expect(reportOf(await importCsv(editor, csvFile(csv), "all")).written).toBe(false);
    expect(await registerSnapshot()).toEqual(before);
    reportOf(await importCsv(editor, csvFile(csv), "valid-only"));
    expect((await auditEventsAfter(before.lastAuditId)).map((e) => [e.entityId, e.actorId])).toEqual([[own, editor.id]]);
    expect((await getCommitment("TZ-2021-0015"))!.title).not.toBe("Overgenomen door BZK");
  });
});
