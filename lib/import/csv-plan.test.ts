import { describe, expect, it } from "vitest";
import { planCsvCreate, planCsvUpdate } from "./csv-plan";
import type { CsvRowValues } from "./csv-row";
import type { CurrentCommitment, RowPlan, UpdatePlan } from "./plan";

const ctx = {
  today: "2026-11-29",
  ministries: [
    { code: "JenV", name: "Ministerie van Justitie en Veiligheid" },
    { code: "BZK", name: "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties" },
  ],
};

const current: CurrentCommitment = {
  id: 7,
  number: "TZ-2021-0010",
  version: 3,
  status: "open",
  title: "Advies commissie-Schneiders",
  text: "Ik zal uw Kamer uiterlijk in het voorjaar van 2022 informeren over het advies.",
  madeOn: "2021-06-29",
  activity: "Brief regering (Kamerstuk 29 628, nr. 1030)",
  ministerName: "F.B.J. Grapperhaus",
  ministerFunction: "Minister van Justitie en Veiligheid",
  ministry: "JenV",
  committee: null,
  addressee: null,
  deadline: { phrase: "uiterlijk in het voorjaar van 2022", earliest: "2021-06-29", latest: "2022-05-31", precision: "season" },
  fulfilledOn: null,
  overdue: true,
  dossiers: ["29628"],
  references: [{ documentId: "kst-29628-1030", role: "source" }],
  tkNummer: null,
  tkSyncedVersion: null,
};

/** The row of an unchanged export of `current`. */
function rowOf(overrides: Partial<CsvRowValues> = {}): CsvRowValues {
  return {
    row: 4,
    number: current.number,
    version: "3",
    title: current.title,
    text: current.text,
    madeOn: "2021-06-29",
    activity: current.activity,
    ministerName: current.ministerName,
    ministerFunction: current.ministerFunction,
    ministry: "JenV",
    committee: "",
    addressee: "",
    references: [{ citation: "Kamerstuk 29 628, nr. 1030", role: "source" }],
    status: "open",
    deadlinePhrase: current.deadline!.phrase,
    reason: null,
    derived: { termijn_uiterlijk: "2022-05-31", over_termijn: "ja" },
    ...overrides,
  };
}

const update = (plan: RowPlan) => {
  if (plan.kind !== "update") throw new Error(`expected an update, got ${plan.kind}: ${JSON.stringify("problems" in plan ? plan.problems : null)}`);
  return plan as UpdatePlan;
};
const messages = (plan: RowPlan) => ("problems" in plan ? plan.problems.map((p) => `${p.column}: ${p.message}`) : []);

describe("planCsvUpdate", () => {
  it("finds nothing to do in an unchanged row, whatever the spacing and line ends", () => {
    expect(planCsvUpdate(rowOf({ title: ` ${current.title} ` }), [], current, ctx)).toEqual({
      kind: "unchanged",
      row: 4,
      number: current.number,
      problems: [],
    });
    expect(planCsvUpdate(rowOf({ deadlinePhrase: "Uiterlijk in het  voorjaar van 2022" }), [], current, ctx).kind).toBe("unchanged");
  });

  it("plans the changed fields only, as the audit trail records them", () => {
    const plan = update(planCsvUpdate(rowOf({ title: "Nieuwe titel", committee: "Vaste commissie voor Justitie en Veiligheid" }), [], current, ctx));
    expect(plan.edits).toEqual({ title: "Nieuwe titel", committee: "Vaste commissie voor Justitie en Veiligheid" });
    expect(plan.changes).toEqual([
      { field: "title", before: current.title, after: "Nieuwe titel" },
      { field: "committee", before: null, after: "Vaste commissie voor Justitie en Veiligheid" },
    ]);
    expect(plan.fields).toEqual(["Titel", "Commissie"]);
    expect(plan.permissions).toEqual([{ permission: "commitment.edit", ministryCode: "JenV" }]);
  });

  it("leaves columns the file does not have alone", () => {
    expect(planCsvUpdate(rowOf({ committee: undefined, references: undefined, status: undefined, deadlinePhrase: undefined }), [], current, ctx).kind).toBe(
      "unchanged",
    );
  });

  it("needs edit rights on both ministries when the ministry changes, and looks up the minister there", () => {
    const plan = update(planCsvUpdate(rowOf({ ministry: "Binnenlandse Zaken en Koninkrijksrelaties" }), [], current, ctx));
    expect(plan.edits).toEqual({ ministry: "BZK", minister: { name: current.ministerName, function: current.ministerFunction } });
    expect(plan.permissions.map((p) => p.ministryCode)).toEqual(["JenV", "BZK"]);
  });

  it("is a conflict when the versie is not the register's", () => {
    const plan = planCsvUpdate(rowOf({ version: "2", title: "Oud" }), [], current, ctx);
    expect(plan.kind).toBe("conflict");
    expect(messages(plan)[0]).toMatch(/^Versie: Het bestand heeft versie 2, het register versie 3/);
    expect(messages(planCsvUpdate(rowOf({ version: "" }), [], current, ctx))[0]).toMatch(/^Versie: Vul de versie in/);
  });

  it("changes a status only through the workflow, with what it needs from kamerstukken and reden", () => {
    expect(messages(planCsvUpdate(rowOf({ status: "fulfilled" }), [], current, ctx))).toEqual([
      'Kamerstukken: Om een toezegging als nagekomen te markeren is het Kamerstuk nodig dat haar nakomt. Zet het Kamerstuk in kolom kamerstukken als "fulfilment: Kamerstuk 29 628, nr. 1030".',
    ]);
    expect(messages(planCsvUpdate(rowOf({ status: "lapsed", reason: "kort" }), [], current, ctx))).toEqual([
      "Reden: Geef een reden van minstens 10 tekens waarom de toezegging vervalt. Zet die in kolom reden.",
    ]);
    const refs = [
      { citation: "Kamerstuk 29 628, nr. 1030", role: "source" as const },
      { citation: "Kamerstuk 29 628, nr. 1099", role: "fulfilment" as const },
    ];
    const plan = update(planCsvUpdate(rowOf({ status: "fulfilled", references: refs }), [], current, ctx));
    expect(plan.status).toMatchObject({ to: "fulfilled", kind: "fulfil", fulfilment: { id: "kst-29628-1099" } });
    expect(plan.edits.references).toBeUndefined(); // the fulfilment is added by the status change, not as an edit
    expect(plan.changes).toEqual([
      { field: "status", before: "open", after: "fulfilled" },
      { field: "fulfilledBy", before: null, after: "kst-29628-1099" },
    ]);
    expect(plan.permissions).toEqual([{ permission: "commitment.status.fulfil", ministryCode: "JenV" }]);
  });

  it("re-sets a changed termijn only with a reason, from today", () => {
    expect(messages(planCsvUpdate(rowOf({ deadlinePhrase: "voor de zomer van 2027" }), [], current, ctx))).toEqual([
      "Termijn: termijn gewijzigd: geef een reden in kolom reden",
    ]);
    expect(messages(planCsvUpdate(rowOf({ deadlinePhrase: "" }), [], current, ctx))[0]).toMatch(/^Termijn: De termijn kan niet worden leeggemaakt/);
    expect(messages(planCsvUpdate(rowOf({ deadlinePhrase: "ooit eens", reason: "Uitgesteld na het debat." }), [], current, ctx))[0]).toMatch(/^Termijn: /);
    const plan = update(planCsvUpdate(rowOf({ deadlinePhrase: "binnen drie weken", reason: "Uitgesteld na het debat." }), [], current, ctx));
    expect(plan.deadline).toMatchObject({ phrase: "binnen drie weken", earliest: "2026-11-29" });
    expect(plan.reason).toBe("Uitgesteld na het debat.");
    expect(plan.permissions).toEqual([{ permission: "commitment.deadline.reset", ministryCode: "JenV" }]);
  });

  it("refuses a new deadline on a closed commitment unless the row reopens it", () => {
    const closed = { ...current, status: "fulfilled" as const };
    const row = { deadlinePhrase: "voor de zomer van 2027", reason: "De Kamer vraagt om een nieuw advies." };
    expect(messages(planCsvUpdate(rowOf({ ...row, status: "fulfilled" }), [], closed, ctx))).toEqual([
      "Termijn: Alleen openstaande toezeggingen krijgen een nieuwe termijn; heropen haar eerst.",
    ]);
    const reopened = update(planCsvUpdate(rowOf({ ...row, status: "open" }), [], closed, ctx));
    expect(reopened.status?.kind).toBe("reopen");
    expect(reopened.deadline?.phrase).toBe("voor de zomer van 2027");
  });

  it("says which derived columns it ignores", () => {
    const plan = planCsvUpdate(rowOf({ derived: { termijn_uiterlijk: "1-6-2022", over_termijn: "ja", nagekomen_op: "" } }), [], current, ctx);
    expect(plan.kind).toBe("unchanged");
    expect(messages(plan)).toEqual([
      'Termijn uiterlijk: Wordt door het register afgeleid en bij het importeren genegeerd (in het bestand "1-6-2022", in het register "2022-05-31").',
    ]);
  });

  it("maps schema errors to the columns they come from", () => {
    expect(
      messages(planCsvUpdate(rowOf({ title: "x", ministerFunction: "", references: [{ citation: "Kamerstuk 1", role: "source" }] }), [], current, ctx)),
    ).toEqual([
      "Titel: De titel is te kort (minstens 3 tekens).",
      "Functie: Vul de functie in, bijvoorbeeld Minister van Justitie en Veiligheid.",
      expect.stringMatching(/^Kamerstukken: verwijzing 1: /),
    ]);
  });
});

describe("planCsvCreate", () => {
  const fresh = rowOf({ number: null, version: null, derived: {} });

  it("creates an open commitment with its deadline read from the day it was made", () => {
    const plan = planCsvCreate(fresh, [], ctx);
    expect(plan.kind).toBe("create");
    if (plan.kind !== "create") return;
    expect(plan.record).toMatchObject({
      status: "open",
      madeOn: "2021-06-29",
      deadline: { latest: "2022-05-31" },
      references: [{ citation: { id: "kst-29628-1030" }, role: "source" }],
    });
    expect(plan.permissions).toEqual([{ permission: "commitment.create", ministryCode: "JenV" }]);
  });

  it("creates in another status only as the workflow allows it from open", () => {
    expect(messages(planCsvCreate({ ...fresh, status: "withdrawn" }, [], ctx))[0]).toMatch(/^Reden: Geef een reden/);
    const plan = planCsvCreate({ ...fresh, status: "partially_fulfilled", reason: "Het eerste deel is verstuurd." }, [], ctx);
    expect(plan.kind === "create" && plan.record.note).toBe("Het eerste deel is verstuurd.");
    expect(plan.kind === "create" && plan.permissions.map((p) => p.permission)).toEqual(["commitment.create", "commitment.status.progress"]);
  });

  it("needs the fields a new commitment needs", () => {
    expect(messages(planCsvCreate({ ...fresh, madeOn: "", ministry: "" }, [], ctx))).toEqual([
      "Gedaan op: Vul de datum in waarop de toezegging is gedaan (JJJJ-MM-DD); een nieuwe toezegging heeft die nodig.",
      "Ministerie: Kies een ministerie.",
    ]);
  });
});
