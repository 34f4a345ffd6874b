// The status workflow of a commitment. Every status change leaves a trace a reader can follow later: a
// progress note, the document that fulfils the commitment, or a reason. This module decides which changes are
// allowed and what each one needs; storing the change and checking who may make it happen elsewhere
// (lib/auth/permissions.ts).
import { parseDocumentId } from "@/lib/kamerstuk";
import { COMMITMENT_STATUSES, type CommitmentStatus } from "@/lib/commitment/status";
import { STATUS_LABELS } from "./labels";

export type StatusChangeInput = { to: CommitmentStatus; reason?: string | null; documentId?: string | null; note?: string | null };

export type TransitionKind = "progress" | "fulfil" | "lapse" | "withdraw" | "reopen";

export type TransitionCheck = { ok: true; kind: TransitionKind } | { ok: false; field: "to" | "reason" | "documentId" | "note"; message: string };

/** Minimum length (after trimming) of a reason or progress note: long enough that "ok" or "zie mail" won't pass. */
export const MIN_EXPLANATION_LENGTH = 10;

export type TransitionRequirement = {
  kind: TransitionKind;
  /** the input field the form must show and fill */
  field: "note" | "reason" | "documentId";
  /** form label */
  label: string;
  /** shown under the field: what to enter */
  hint: string;
  /** minimum length of the text, or null for a document id */
  minLength: number | null;
  /** the message when the field is missing or too short */
  missingMessage: string;
};

// Keyed by target status: each target is reached by exactly one kind of change, so the form only needs to
// know where the commitment is going to show the right field.
export const TRANSITION_REQUIREMENTS: Readonly<Record<CommitmentStatus, TransitionRequirement>> = {
  partially_fulfilled: {
    kind: "progress",
    field: "note",
    label: "Toelichting",
    hint: "Wat is er al nagekomen en wat nog niet?",
    minLength: MIN_EXPLANATION_LENGTH,
    missingMessage: `Geef een toelichting van minstens ${MIN_EXPLANATION_LENGTH} tekens: wat is er al nagekomen en wat nog niet?`,
  },
  fulfilled: {
    kind: "fulfil",
    field: "documentId",
    label: "Kamerstuk dat de toezegging nakomt",
    hint: "Bijvoorbeeld kst-29628-1030.",
    minLength: null,
    missingMessage: "Om een toezegging als nagekomen te markeren is het Kamerstuk nodig dat haar nakomt.",
  },
  lapsed: {
    kind: "lapse",
    field: "reason",
    label: "Reden",
    hint: "Waarom vervalt de toezegging?",
    minLength: MIN_EXPLANATION_LENGTH,
    missingMessage: `Geef een reden van minstens ${MIN_EXPLANATION_LENGTH} tekens waarom de toezegging vervalt.`,
  },
  withdrawn: {
    kind: "withdraw",
    field: "reason",
    label: "Reden",
    hint: "Waarom wordt de toezegging ingetrokken?",
    minLength: MIN_EXPLANATION_LENGTH,
    missingMessage: `Geef een reden van minstens ${MIN_EXPLANATION_LENGTH} tekens waarom de toezegging wordt ingetrokken.`,
  },
  open: {
    kind: "reopen",
    field: "reason",
    label: "Reden",
    hint: "Waarom wordt de toezegging heropend?",
    minLength: MIN_EXPLANATION_LENGTH,
    missingMessage: `Geef een reden van minstens ${MIN_EXPLANATION_LENGTH} tekens waarom de toezegging wordt heropend.`,
  },
};

/** The kind of change that takes a commitment to `to`: each target is reached by exactly one kind. */
export function transitionKindFor(to: CommitmentStatus): TransitionKind {
  return TRANSITION_REQUIREMENTS[to].kind;
}

// Closed statuses only lead back to open: going from one closed status to another (or to "deels nagekomen")
// in one step would skip the reopening and its reason, and the history would not say why the earlier
// outcome no longer holds.
const ALLOWED: Readonly<Record<CommitmentStatus, readonly CommitmentStatus[]>> = {
  open: ["partially_fulfilled", "fulfilled", "lapsed", "withdrawn"],
  partially_fulfilled: ["fulfilled", "lapsed", "withdrawn", "open"],
  fulfilled: ["open"],
  lapsed: ["open"],
  withdrawn: ["open"],
};

function isStatus(x: unknown): x is CommitmentStatus {
  return typeof x === "string" && (COMMITMENT_STATUSES as readonly string[]).includes(x);
}

function lower(status: CommitmentStatus): string {
  return STATUS_LABELS[status].toLowerCase();
}

/** The statuses a commitment in `from` may move to, in the order the form offers them. */
export function allowedTransitions(from: CommitmentStatus): CommitmentStatus[] {
  return isStatus(from) ? [...ALLOWED[from]] : [];
}

/** Length in characters as a reader counts them (an emoji or accented letter is one), after trimming. */
function textLength(value: string | null | undefined): number {
  return typeof value === "string" ? [...value.trim()].length : 0;
}

function sameStatusMessage(status: CommitmentStatus): string {
  // Progress on a partially fulfilled commitment is a note, not a status change; say where it goes instead.
  if (status === "partially_fulfilled") return "Toezegging is al deels nagekomen. Nieuwe voortgang legt u vast als notitie.";
  return `Toezegging is al ${lower(status)}.`;
}

function refusedMessage(from: CommitmentStatus, to: CommitmentStatus): string {
  return `Een toezegging die is ${lower(from)} kan niet rechtstreeks "${lower(to)}" worden: heropen haar eerst (met reden).`;
}

function checkDocumentId(documentId: string | null | undefined): TransitionCheck | null {
  const requirement = TRANSITION_REQUIREMENTS.fulfilled;
  if (typeof documentId !== "string" || documentId.trim() === "") {
    return { ok: false, field: "documentId", message: requirement.missingMessage };
  }
  let canonical: string;
  try {
    canonical = parseDocumentId(documentId).id;
  } catch (error) {
    return { ok: false, field: "documentId", message: `Het Kamerstuk dat de toezegging nakomt is niet herkend. ${(error as Error).message}` };
  }
  // The id is stored as a reference to the documents table, where ids are canonical; a differently written id
  // would not match the stored document, so name the exact form rather than store a dangling reference.
  if (canonical !== documentId) {
    return { ok: false, field: "documentId", message: `Gebruik het document-id in de vorm "${canonical}" (nu "${documentId}").` };
  }
  return null;
}

/**
 * Whether a commitment in status `from` may change as `input` describes. Fields that the change does not need
 * (a reason on a fulfilment, say) are ignored, not refused.
 */
export function checkTransition(from: CommitmentStatus, input: StatusChangeInput): TransitionCheck {
  const to = input.to;
  // Input arrives from forms and the API; a status the type system promised may still be anything at runtime.
  if (!isStatus(to)) {
    return { ok: false, field: "to", message: `Onbekende status "${String(to)}": kies uit ${COMMITMENT_STATUSES.map(lower).join(", ")}.` };
  }
  if (!isStatus(from)) {
    return { ok: false, field: "to", message: `De huidige status "${String(from)}" is onbekend; de status kan niet worden gewijzigd.` };
  }
  if (from === to) return { ok: false, field: "to", message: sameStatusMessage(from) };
  if (!ALLOWED[from].includes(to)) return { ok: false, field: "to", message: refusedMessage(from, to) };

  const requirement = TRANSITION_REQUIREMENTS[to];
  switch (requirement.field) {
    case "documentId": {
      const problem = checkDocumentId(input.documentId);
      if (problem) return problem;
      break;
    }
    case "note":
      if (textLength(input.note) < MIN_EXPLANATION_LENGTH) return { ok: false, field: "note", message: requirement.missingMessage };
      break;
    case "reason":
      if (textLength(input.reason) < MIN_EXPLANATION_LENGTH) return { ok: false, field: "reason", message: requirement.missingMessage };
      break;
  }
  return { ok: true, kind: requirement.kind };
}
