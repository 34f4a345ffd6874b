// A mapped Tweede Kamer record → what importing it does. New numbers are created; a number imported before is
// brought in line with the Kamer's record where the Kamer is the source (text, status, date of fulfilment,
// minister, ministry, the fulfilling letter), through the same workflow checks as a change by hand. Title and
// activity are only set at creation: the register's editors may improve them, and a re-import leaves that alone.
import { statusChangePermission } from "@/lib/auth/permissions";
import type { ResolvedDeadline } from "@/lib/deadline";
import { parseDocumentId } from "@/lib/kamerstuk";
import { checkDeadlineReset } from "@/lib/commitment/deadline-reset";
import { STATUS_LABELS } from "@/lib/commitment/labels";
import { isOutstanding } from "@/lib/commitment/status";
import { checkTransition } from "@/lib/commitment/transitions";
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
import type { TkCommitment } from "./tk-record";

export function tkCreatePlan(row: number, c: TkCommitment, warnings: ImportProblem[]): RowPlan {
  const permissions: PermissionNeed[] = [{ permission: "commitment.create", ministryCode: c.ministry }];
  if (c.status !== "open") permissions.push({ permission: statusChangePermission(c.status), ministryCode: c.ministry });
  return {
    kind: "create",
    row,
    record: {
      title: c.title,
      text: c.text,
      madeOn: c.madeOn,
      activity: c.activity,
      ministerName: c.ministerName,
      ministerFunction: c.ministerFunction,
      ministry: c.ministry,
      committee: null,
      addressee: null,
      deadline: c.deadline,
      status: c.status,
      references: c.reference ? [c.reference] : [],
      note: null,
      fulfilledOnHint: c.status === "fulfilled" ? c.changedOn : null,
      tkNummer: c.tkNummer,
    },
    permissions,
    warnings,
  };
}

export function tkUpdatePlan(row: number, c: TkCommitment, current: CurrentCommitment, warnings: ImportProblem[]): RowPlan {
  const notes = [...warnings];
  const reasons: string[] = [];

  let status: StatusPlan | null = null;
  if (c.status !== current.status) {
    const reason = `Status bij de Tweede Kamer: ${c.tkStatus} (${c.tkNummer}).`;
    const fulfilment = c.status === "fulfilled" && c.reference?.role === "fulfilment" ? c.reference.citation : null;
    const check = checkTransition(current.status, { to: c.status, reason, note: reason, documentId: fulfilment?.id ?? null });
    if (!check.ok) {
      const message = `${c.tkStatus} bij de Tweede Kamer, maar de status kan niet worden bijgewerkt: ${check.message}`;
      return { kind: "invalid", row, number: current.number, problems: [{ row, column: "Status", message, severity: "fout" }, ...notes] };
    }
    status = { to: c.status, kind: check.kind, note: check.kind === "progress" ? reason : null, fulfilment };
    reasons.push(reason);
  }

  // A changed DatumNakoming is a deadline re-set, with the Kamer's change as the reason. None means: leave it.
  let deadline: ResolvedDeadline | null = null;
  if (c.deadline && !samePhrase(c.deadline.phrase, current.deadline?.phrase)) {
    const reason = `Datum nakoming bij de Tweede Kamer: ${c.deadline.phrase} (${c.tkNummer}).`;
    const statusAtReset = isOutstanding(current.status) ? current.status : (status?.to ?? current.status);
    const check = checkDeadlineReset(
      statusAtReset,
      { phrase: current.deadline?.phrase ?? null, earliest: current.deadline?.earliest ?? null, latest: current.deadline?.latest ?? null },
      c.deadline,
      reason,
    );
    if (check.ok) {
      deadline = c.deadline;
      reasons.push(reason);
    } else {
      notes.push({ row, column: "DatumNakoming", message: `De termijn blijft "${current.deadline?.phrase ?? "geen"}": ${check.message}`, severity: "let op" });
    }
  }

  // The Kamer is the source of the text, the minister, the ministry and the letter; title and activity are ours.
  const references: PlannedReference[] | undefined = c.reference
    ? [...current.references.map((r) => ({ citation: parseDocumentId(r.documentId), role: r.role })), c.reference]
    : undefined;
  const diff = diffEdits(
    current,
    { text: c.text, ministerName: c.ministerName, ministerFunction: c.ministerFunction, ministry: c.ministry, references },
    status?.fulfilment?.id ?? null,
  );
  const changes = [...diff.changes, ...(status ? statusChanges(current, status) : []), ...(deadline ? deadlineChanges(current.deadline, deadline) : [])];
  if (!changes.length) return { kind: "unchanged", row, number: current.number, problems: notes };
  return {
    kind: "update",
    row,
    number: current.number,
    id: current.id,
    version: current.version,
    ministry: c.ministry,
    edits: diff.edits,
    status,
    deadline,
    reason: reasons.join(" ") || null,
    changes,
    fields: [...diff.fields, ...(status ? ["Status"] : []), ...(deadline ? ["Termijn"] : [])],
    permissions: updatePermissions(current, c.ministry, diff.changes.length > 0, status, deadline !== null),
    warnings: notes,
  };
}

/**
 * A record the Kamer marks `Verwijderd`. Our commitment is withdrawn with the Kamer as the reason — unless it was
 * changed here since the last import (a later version than the import left), or is closed here: then the import
 * leaves it and says so, for a person to judge.
 */
export function tkDeletionPlan(row: number, tkNummer: string, current: CurrentCommitment): RowPlan {
  const column = "Verwijderd";
  const review = (why: string): RowPlan => ({
    kind: "skipped",
    row,
    number: current.number,
    problems: [{ row, column, message: `Verwijderd bij de Tweede Kamer, maar ${why}: niet ingetrokken; beoordeel de toezegging zelf.`, severity: "let op" }],
  });
  if (current.status === "withdrawn") {
    return {
      kind: "unchanged",
      row,
      number: current.number,
      problems: [{ row, column, message: "Verwijderd bij de Tweede Kamer; hier al ingetrokken.", severity: "let op" }],
    };
  }
  if (current.tkSyncedVersion !== current.version) return review("de toezegging is hier gewijzigd sinds de laatste import");
  if (!isOutstanding(current.status)) return review(`de toezegging is hier ${STATUS_LABELS[current.status].toLowerCase()}`);
  const reason = `Verwijderd door de Tweede Kamer (${tkNummer}).`;
  const check = checkTransition(current.status, { to: "withdrawn", reason, note: null, documentId: null });
  if (!check.ok) return review(check.message);
  const status: StatusPlan = { to: "withdrawn", kind: check.kind, note: null, fulfilment: null };
  return {
    kind: "update",
    row,
    number: current.number,
    id: current.id,
    version: current.version,
    ministry: current.ministry,
    edits: {},
    status,
    deadline: null,
    reason,
    changes: statusChanges(current, status),
    fields: ["Status"],
    permissions: updatePermissions(current, current.ministry, false, status, false),
    warnings: [{ row, column, message: "Verwijderd bij de Tweede Kamer: de toezegging wordt ingetrokken.", severity: "let op" }],
  };
}
