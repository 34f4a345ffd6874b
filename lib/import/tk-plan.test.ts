import { describe, expect, it } from "vitest";
import { resolveDeadline } from "@/lib/deadline";
import { parseDocumentId } from "@/lib/kamerstuk";
import type { CurrentCommitment } from "./plan";
import { tkCreatePlan, tkDeletionPlan, tkUpdatePlan } from "./tk-plan";
import type { TkCommitment } from "./tk-record";

const record: TkCommitment = {
  tkNummer: "TZ202106-001",
  tkStatus: "Openstaand",
  title: "De minister zegt toe de Kamer te informeren.",
  text: "De minister zegt toe de Kamer te informeren over de wijkagenten.",
  status: "open",
  deadline: resolveDeadline("1 juli 2022", "2021-06-10"),
  madeOn: "2021-06-10",
  activity: "Commissiedebat Politie (2021A03456)",
  ministerName: "F.B.J. Grapperhaus",
  ministerFunction: "Minister van Justitie en Veiligheid",
  ministry: "JenV",
  reference: null,
  changedOn: "2021-06-10",
};

const current: CurrentCommitment = {
  id: 1,
  number: "TZ-2021-0101",
  version: 1,
  status: "open",
  title: "Een betere titel van de redactie",
  text: record.text,
  madeOn: "2021-06-10",
  activity: "Een betere omschrijving",
  ministerName: record.ministerName,
  ministerFunction: record.ministerFunction,
  ministry: "JenV",
  committee: null,
  addressee: null,
  deadline: { phrase: "1 juli 2022", earliest: "2022-07-01", latest: "2022-07-01", precision: "day" },
  fulfilledOn: null,
  overdue: false,
  dossiers: [],
  references: [],
  tkNummer: "TZ202106-001",
  tkSyncedVersion: 1,
};

describe("tkUpdatePlan", () => {
  it("leaves a record that matches alone, also when title and activity were improved in the register", () => {
    expect(tkUpdatePlan(2, record, current, [])).toEqual({ kind: "unchanged", row: 2, number: "TZ-2021-0101", problems: [] });
  });

  it("moves the status through the workflow with the Kamer's status as the reason", () => {
    const letter = { citation: parseDocumentId("kst-29628-1099"), role: "fulfilment" as const };
    const plan = tkUpdatePlan(2, { ...record, status: "fulfilled", tkStatus: "Voldaan", reference: letter }, current, []);
    expect(plan).toMatchObject({
      kind: "update",
      status: { to: "fulfilled", kind: "fulfil", fulfilment: { id: "kst-29628-1099" } },
      reason: "Status bij de Tweede Kamer: Voldaan (TZ202106-001).",
      fields: ["Status"],
      permissions: [{ permission: "commitment.status.fulfil", ministryCode: "JenV" }],
    });
    const withoutLetter = tkUpdatePlan(2, { ...record, status: "fulfilled", tkStatus: "Voldaan" }, current, []);
    expect(withoutLetter).toMatchObject({
      kind: "invalid",
      problems: [{ column: "Status", severity: "fout", message: expect.stringContaining("Kamerstuk nodig") }],
    });
  });

  it("re-sets a moved DatumNakoming, and only notes it on a closed commitment", () => {
    const moved = { ...record, deadline: resolveDeadline("30 juni 2022", "2021-06-10") };
    expect(tkUpdatePlan(2, moved, current, [])).toMatchObject({
      kind: "update",
      fields: ["Termijn"],
      permissions: [{ permission: "commitment.deadline.reset" }],
    });
    const closed = tkUpdatePlan(2, { ...moved, status: "lapsed", tkStatus: "Vervallen" }, { ...current, status: "lapsed" }, []);
    expect(closed).toMatchObject({ kind: "unchanged", problems: [{ column: "DatumNakoming", severity: "let op" }] });
    expect(tkUpdatePlan(2, { ...record, deadline: null }, current, []).kind).toBe("unchanged");
  });
});

describe("tkCreatePlan", () => {
  it("creates with the Tweede Kamer number, and needs the status right of the status it is created in", () => {
    const plan = tkCreatePlan(1, { ...record, status: "lapsed" }, []);
    expect(plan).toMatchObject({ kind: "create", record: { tkNummer: "TZ202106-001", status: "lapsed" } });
    expect(plan.kind === "create" && plan.permissions.map((p) => p.permission)).toEqual(["commitment.create", "commitment.status.lapse"]);
  });
});

describe("tkDeletionPlan", () => {
  it("withdraws a commitment the Kamer deleted, with the Kamer as the reason", () => {
    expect(tkDeletionPlan(3, "TZ202106-001", current)).toMatchObject({
      kind: "update",
      number: "TZ-2021-0101",
      status: { to: "withdrawn", kind: "withdraw" },
      reason: "Verwijderd door de Tweede Kamer (TZ202106-001).",
      fields: ["Status"],
      permissions: [{ permission: "commitment.status.withdraw", ministryCode: "JenV" }],
      warnings: [{ column: "Verwijderd", severity: "let op", message: expect.stringContaining("wordt ingetrokken") }],
    });
  });

  it("puts it to a person when the commitment was changed here since the last import", () => {
    const plan = tkDeletionPlan(3, "TZ202106-001", { ...current, version: 3, tkSyncedVersion: 1 });
    expect(plan).toMatchObject({
      kind: "skipped",
      number: "TZ-2021-0101",
      problems: [{ column: "Verwijderd", severity: "let op", message: expect.stringContaining("beoordeel") }],
    });
  });

  it("puts it to a person when it is closed here, and leaves a withdrawn one alone", () => {
    expect(tkDeletionPlan(3, "TZ202106-001", { ...current, status: "fulfilled" })).toMatchObject({
      kind: "skipped",
      problems: [{ message: expect.stringContaining("nagekomen") }],
    });
    expect(tkDeletionPlan(3, "TZ202106-001", { ...current, status: "withdrawn" })).toMatchObject({ kind: "unchanged" });
  });
});
