// A CSV row, read → what importing it does: create a commitment, change fields of one (each through the same
// checks as the forms: the zod schemas, the status workflow, the deadline re-set rules), nothing, or refuse it.
import { describingValues } from "@/lib/commitment/editable-fields";
import type { ZodError } from "zod";
import { statusPermission } from "@/lib/auth/permissions";
import { tryResolveDeadline, type ResolvedDeadline } from "@/lib/deadline";
import { tryParseKamerstukCitation, type KamerstukCitation } from "@/lib/kamerstuk";
import { checkDeadlineReset } from "@/lib/commitment/deadline-reset";
import { isOutstanding } from "@/lib/commitment/status";
import { checkTransition, type TransitionCheck } from "@/lib/commitment/transitions";
import { createCommitmentSchema, updateCommitmentSchema } from "@/lib/validation/commitment";
import { columnLabel } from "./csv-columns";
import type { CsvReference, CsvRowValues } from "./csv-row";
import { derivedWarnings } from "./csv-derived";
import { resolveMinistry, type MinistryRef } from "./ministry";
import {
  deadlineChanges,
  diffEdits,
  samePhrase,
  statusChanges,
  updatePermissions,
  type CurrentCommitment,
  type PermissionNeed,
  type PlannedReference,
  type RowPlan,
  type StatusPlan,
} from "./plan";
import type { ImportProblem } from "./report";

export interface CsvPlanContext {
  /** "today" (Europe/Amsterdam): a re-set deadline phrase is read from the day it is set, as in the form */
  today: string;
  ministries: readonly MinistryRef[];
}

// Schema fields → the CSV columns they come from.
const FIELD_COLUMNS: Record<string, string> = {
  title: "titel",
  text: "tekst",
  madeOn: "gedaan_op",
  activity: "activiteit",
  ministerName: "bewindspersoon",
  ministerFunction: "functie",
  ministry: "ministerie",
  committee: "commissie",
  addressee: "gedaan_aan",
  references: "kamerstukken",
  deadlinePhrase: "termijn",
  version: "versie",
};

const TRANSITION_COLUMNS = { to: "status", reason: "reden", note: "reden", documentId: "kamerstukken" } as const;

class Problems {
  readonly list: ImportProblem[];
  constructor(
    private readonly row: number,
    initial: ImportProblem[],
  ) {
    this.list = [...initial];
  }
  add(column: string | null, message: string) {
    this.list.push({ row: this.row, column: column ? columnLabel(column) : null, message, severity: "fout" });
  }
  addZod(error: ZodError) {
    for (const issue of error.issues) {
      const [head, index] = issue.path;
      const prefix = head === "references" && typeof index === "number" ? `verwijzing ${index + 1}: ` : "";
      this.add(FIELD_COLUMNS[String(head)] ?? null, `${prefix}${issue.message}`);
    }
  }
  get any() {
    return this.list.length > 0;
  }
}

function transitionProblem(problems: Problems, check: Extract<TransitionCheck, { ok: false }>) {
  const column = TRANSITION_COLUMNS[check.field];
  const hint =
    column === "kamerstukken"
      ? ' Zet het Kamerstuk in kolom kamerstukken als "fulfilment: Kamerstuk 29 628, nr. 1030".'
      : column === "reden"
        ? " Zet die in kolom reden."
        : "";
  problems.add(column, `${check.message}${hint}`);
}

function plannedReferences(refs: CsvReference[] | undefined): PlannedReference[] | undefined {
  if (!refs) return undefined;
  return refs.flatMap((r) => {
    const parsed = tryParseKamerstukCitation(r.citation);
    return parsed.ok ? [{ citation: parsed.citation, role: r.role }] : [];
  });
}

/** The document that fulfils: a fulfilment reference the commitment does not have yet, else the last one given. */
function fulfilmentIn(refs: PlannedReference[] | undefined, current: CurrentCommitment | null): KamerstukCitation | null {
  const given = (refs ?? []).filter((r) => r.role === "fulfilment");
  const fresh = given.find((r) => !current?.references.some((c) => c.role === "fulfilment" && c.documentId === r.citation.id));
  return (fresh ?? given[given.length - 1])?.citation ?? null;
}

function resolveMinistryCell(values: CsvRowValues, ctx: CsvPlanContext, problems: Problems): string {
  if (values.ministry === "") return "";
  const ministry = resolveMinistry(values.ministry, ctx.ministries);
  if (ministry) return ministry.code;
  problems.add(
    "ministerie",
    `Onbekend ministerie "${values.ministry}"; gebruik een code uit de export, zoals ${ctx.ministries
      .slice(0, 3)
      .map((m) => m.code)
      .join(", ")}.`,
  );
  return "?"; // a placeholder the schema accepts, so the unknown ministry is reported once
}

export function planCsvCreate(values: CsvRowValues, cellProblems: ImportProblem[], ctx: CsvPlanContext): RowPlan {
  const problems = new Problems(values.row, cellProblems);
  const ministry = resolveMinistryCell(values, ctx, problems);
  // Without a date the deadline cannot be read either; say it once, for the date. (An unreadable date has its
  // problem from csv-row.ts already.)
  const unreadableDate = cellProblems.some((p) => p.column === columnLabel("gedaan_op"));
  if (values.madeOn === "" && !unreadableDate)
    problems.add("gedaan_op", "Vul de datum in waarop de toezegging is gedaan (JJJJ-MM-DD); een nieuwe toezegging heeft die nodig.");
  const parsed = createCommitmentSchema.safeParse({
    title: values.title,
    text: values.text,
    madeOn: values.madeOn || "2000-01-01",
    activity: values.activity,
    ministerName: values.ministerName,
    ministerFunction: values.ministerFunction,
    ministry,
    committee: values.committee ?? "",
    addressee: values.addressee ?? "",
    deadlinePhrase: values.deadlinePhrase ?? "",
    references: values.references ?? [],
  });
  if (!parsed.success) problems.addZod(parsed.error);
  const references = plannedReferences(values.references) ?? [];
  const status = values.status ?? "open";
  const permissions: PermissionNeed[] = [{ permission: "commitment.create", ministryCode: ministry }];
  let note: string | null = null;
  if (status !== "open") {
    const check = checkTransition("open", { to: status, reason: values.reason, note: values.reason, documentId: fulfilmentIn(references, null)?.id ?? null });
    if (!check.ok) transitionProblem(problems, check);
    else {
      permissions.push({ permission: statusPermission(check.kind), ministryCode: ministry });
      if (check.kind === "progress") note = values.reason;
    }
  }
  if (problems.any || !parsed.success) return { kind: "invalid", row: values.row, number: null, problems: problems.list };
  const input = parsed.data;
  let deadline: ResolvedDeadline | null = null;
  if (input.deadlinePhrase) {
    const resolved = tryResolveDeadline(input.deadlinePhrase, input.madeOn);
    if (resolved.ok) deadline = resolved.deadline; // the schema has checked it resolves
  }
  return {
    kind: "create",
    row: values.row,
    record: {
      ...describingValues(input),
      deadline,
      status,
      references,
      note,
      fulfilledOnHint: null,
      tkNummer: null,
    },
    permissions,
    warnings: derivedWarnings(values, null),
  };
}

export function planCsvUpdate(values: CsvRowValues, cellProblems: ImportProblem[], current: CurrentCommitment, ctx: CsvPlanContext): RowPlan {
  const row = values.row;
  const number = current.number;
  const problems = new Problems(row, cellProblems);
  const version = /^\d{1,9}$/.test(values.version ?? "") ? Number(values.version) : null;
  if (version === null) {
    problems.add(
      "versie",
      "Vul de versie in waarop de rij is geëxporteerd; zonder versie kan niet worden nagegaan of iemand de toezegging intussen heeft gewijzigd.",
    );
  } else if (version !== current.version) {
    const conflict = new Problems(row, []);
    conflict.add(
      "versie",
      `Het bestand heeft versie ${version}, het register versie ${current.version}: de toezegging is gewijzigd na de export. Deze rij wordt niet geïmporteerd; exporteer opnieuw en breng uw wijziging daarin aan.`,
    );
    return { kind: "conflict", row, number, problems: [...conflict.list, ...problems.list] };
  }

  const ministry = resolveMinistryCell(values, ctx, problems);
  const parsed = updateCommitmentSchema.safeParse({
    title: values.title,
    text: values.text,
    madeOn: values.madeOn,
    activity: values.activity,
    ministerName: values.ministerName,
    ministerFunction: values.ministerFunction,
    ministry,
    committee: values.committee ?? current.committee ?? "",
    addressee: values.addressee ?? current.addressee ?? "",
    ...(values.references ? { references: values.references } : {}),
    version: version ?? 1,
  });
  if (!parsed.success) problems.addZod(parsed.error);
  const references = plannedReferences(values.references);

  // Status: through the workflow, from the status the commitment has now.
  let status: StatusPlan | null = null;
  if (values.status && values.status !== current.status) {
    const fulfilment = values.status === "fulfilled" ? fulfilmentIn(references, current) : null;
    const check = checkTransition(current.status, { to: values.status, reason: values.reason, note: values.reason, documentId: fulfilment?.id ?? null });
    if (!check.ok) transitionProblem(problems, check);
    else
      status = {
        to: values.status,
        kind: check.kind,
        note: check.kind === "progress" ? values.reason : null,
        fulfilment: values.status === "fulfilled" ? fulfilment : null,
      };
  }

  // Deadline: a re-set, which needs a reason; emptying it is not something a re-set does.
  let deadline: ResolvedDeadline | null = null;
  if (values.deadlinePhrase !== undefined && !samePhrase(values.deadlinePhrase, current.deadline?.phrase)) {
    if (values.deadlinePhrase === "") {
      problems.add("termijn", `De termijn kan niet worden leeggemaakt (nu "${current.deadline?.phrase}"). Geef een nieuwe termijn, of zet de oude terug.`);
    } else {
      const resolved = tryResolveDeadline(values.deadlinePhrase, ctx.today);
      if (!resolved.ok) problems.add("termijn", resolved.error.message);
      else if (!values.reason) problems.add("termijn", "termijn gewijzigd: geef een reden in kolom reden");
      else {
        // The re-set happens while the commitment is outstanding: before a closing status change, after a reopening.
        const statusAtReset = isOutstanding(current.status) ? current.status : (status?.to ?? current.status);
        const check = checkDeadlineReset(
          statusAtReset,
          { phrase: current.deadline?.phrase ?? null, earliest: current.deadline?.earliest ?? null, latest: current.deadline?.latest ?? null },
          resolved.deadline,
          values.reason,
        );
        if (!check.ok) problems.add(check.field === "reason" ? "reden" : "termijn", check.message);
        else deadline = resolved.deadline;
      }
    }
  }
  if (problems.any || !parsed.success) return { kind: "invalid", row, number, problems: problems.list };

  const input = parsed.data;
  const diff = diffEdits(
    current,
    {
      title: input.title,
      text: input.text,
      madeOn: input.madeOn,
      activity: input.activity,
      ministerName: input.ministerName,
      ministerFunction: input.ministerFunction,
      ministry: input.ministry,
      // Columns the file leaves out are left alone.
      committee: values.committee === undefined ? undefined : input.committee,
      addressee: values.addressee === undefined ? undefined : input.addressee,
      references,
    },
    status?.fulfilment?.id ?? null,
  );
  const changes = [...diff.changes, ...(status ? statusChanges(current, status) : []), ...(deadline ? deadlineChanges(current.deadline, deadline) : [])];
  const fields = [...diff.fields, ...(status ? [columnLabel("status")] : []), ...(deadline ? [columnLabel("termijn")] : [])];
  const warnings = derivedWarnings(values, current);
  if (!changes.length) return { kind: "unchanged", row, number, problems: warnings };
  return {
    kind: "update",
    row,
    number,
    id: current.id,
    version: current.version,
    ministry: input.ministry,
    edits: diff.edits,
    status,
    deadline,
    reason: values.reason,
    changes,
    fields,
    permissions: updatePermissions(current, input.ministry, diff.changes.length > 0, status, deadline !== null),
    warnings,
  };
}
