// One schema for a commitment as typed in the form, posted to the server action, and sent to the API.
import { z } from "zod";
import { EDITABLE_FIELDS, type EditableValues } from "@/lib/commitment/editable-fields";
import { REFERENCE_ROLES } from "@/lib/commitment/references";
import { COMMITMENT_STATUSES } from "@/lib/commitment/status";
import { isoDate as isoDateField, issuesToErrors, text, version } from "./primitives";
import { tryResolveDeadline } from "@/lib/deadline";
import { type KamerstukCitation, parseDocumentId, tryParseKamerstukCitation } from "@/lib/kamerstuk";

/** A citation as written ("Kamerstuk 29 628, nr. 1030") or a canonical id ("kst-29628-1030"). */
export function parseCitationOrId(value: string): { ok: true; citation: KamerstukCitation } | { ok: false; message: string } {
  const parsed = tryParseKamerstukCitation(value);
  if (parsed.ok) return parsed;
  try {
    return { ok: true, citation: parseDocumentId(value.trim()) };
  } catch {
    return { ok: false, message: parsed.error.message };
  }
}

const isoDate = isoDateField({ message: "Vul een datum in." });

const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, `Maximaal ${max} tekens.`)
    .transform((s) => (s === "" ? null : s))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const referenceInputSchema = z.object({
  citation: text()
    .trim()
    .min(1, "Vul een verwijzing in, bijvoorbeeld Kamerstuk 29 628, nr. 1030.")
    .max(300)
    .superRefine((value, ctx) => {
      const parsed = tryParseKamerstukCitation(value);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.error.message });
    }),
  role: z.enum(REFERENCE_ROLES, { message: "Kies de rol: bron, nakoming of aangehaald." }),
});

const fields = {
  title: text({ message: "Vul een titel in." })
    .trim()
    .min(3, "De titel is te kort (minstens 3 tekens).")
    .max(200, "De titel is te lang (maximaal 200 tekens)."),
  text: text({ message: "Vul de letterlijke tekst in." })
    .trim()
    .min(10, "Vul de letterlijke tekst van de toezegging in (minstens 10 tekens).")
    .max(20_000, "De tekst is te lang."),
  madeOn: isoDate,
  activity: text({ message: "Vul in waar de toezegging is gedaan." })
    .trim()
    .min(3, "Vul in waar de toezegging is gedaan, bijvoorbeeld Commissiedebat politie, 10 juni 2021.")
    .max(300),
  ministerName: text({ message: "Vul de naam van de bewindspersoon in." }).trim().min(2, "Vul de naam van de bewindspersoon in.").max(120),
  ministerFunction: text({ message: "Vul de functie in." }).trim().min(3, "Vul de functie in, bijvoorbeeld Minister van Justitie en Veiligheid.").max(160),
  ministry: text({ message: "Kies een ministerie." }).trim().min(1, "Kies een ministerie.").max(20),
  committee: optionalText(200),
  addressee: optionalText(200),
  references: z.array(referenceInputSchema).max(50, "Maximaal 50 verwijzingen.").default([]),
};

function checkDeadline(value: { deadlinePhrase: string | null; madeOn: string }, ctx: z.RefinementCtx) {
  if (!value.deadlinePhrase) return;
  const resolved = tryResolveDeadline(value.deadlinePhrase, value.madeOn);
  if (!resolved.ok) ctx.addIssue({ code: "custom", path: ["deadlinePhrase"], message: resolved.error.message });
}

function noDuplicateReferences(value: { references: Array<{ citation: string; role: string }> }, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  value.references.forEach((r, i) => {
    const parsed = tryParseKamerstukCitation(r.citation);
    if (!parsed.ok) return;
    const key = `${parsed.citation.id}:${r.role}`;
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["references", i, "citation"], message: `${parsed.citation.label} staat er al met deze rol.` });
    seen.add(key);
  });
}

/** The values an edit form started from, echoed back as JSON; only their shape matters (they are never stored). */
const editableBase = z
  .string()
  .max(200_000, "De beginwaarden van het formulier zijn te groot.")
  .transform((value, ctx): EditableValues => {
    try {
      const parsed = JSON.parse(value) as unknown;
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as EditableValues;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: "custom", message: "De beginwaarden van het formulier zijn onleesbaar; laad de pagina opnieuw." });
    return z.NEVER;
  });

export const createCommitmentSchema = z
  .object({ ...fields, deadlinePhrase: optionalText(200) })
  .strict()
  .superRefine(checkDeadline)
  .superRefine(noDuplicateReferences);

export type CreateCommitmentInput = z.infer<typeof createCommitmentSchema>;

/** Editing changes the record's fields; the deadline has its own action (re-set, with a reason). */
export const updateCommitmentSchema = z
  .object({
    ...fields,
    // Older commitments may have no known date; an edit may leave it unknown.
    madeOn: z.preprocess((v) => (v === "" ? null : v), isoDate.nullable()),
    // Left out = keep the references as they are (no default here, unlike on create).
    references: z.array(referenceInputSchema).max(50, "Maximaal 50 verwijzingen.").optional(),
    version,
    // The form's starting point and, after a conflict, the choices per field both changed (lib/commitment/merge.ts).
    base: editableBase.optional(),
    choices: z.partialRecord(z.enum(EDITABLE_FIELDS), z.enum(["mine", "theirs"], { message: "Kies uw waarde of die van de ander." })).optional(),
  })
  .strict()
  .superRefine((v, ctx) => noDuplicateReferences({ references: v.references ?? [] }, ctx));

export type UpdateCommitmentInput = z.infer<typeof updateCommitmentSchema>;

export const statusChangeSchema = z
  .object({
    to: z.enum(COMMITMENT_STATUSES, { message: "Kies een nieuwe status." }),
    reason: optionalText(2000),
    note: optionalText(2000),
    fulfilledBy: optionalText(300).superRefine((value, ctx) => {
      if (!value) return;
      const parsed = parseCitationOrId(value);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
    }),
    version,
  })
  .strict();

export type StatusChangeRequest = z.infer<typeof statusChangeSchema>;

export const deadlineResetSchema = z
  .object({
    deadlinePhrase: text({ message: "Vul de nieuwe termijn in." }).trim().min(1, "Vul de nieuwe termijn in.").max(200),
    reason: text({ message: "Geef een reden." }).trim().max(2000),
    version,
  })
  .strict();

export type DeadlineResetRequest = z.infer<typeof deadlineResetSchema>;

export const progressNoteSchema = z
  .object({
    date: isoDate,
    // A note changes no field; a form names the version it saw, so a note on a commitment changed meanwhile is a 409.
    version: version.optional(),
    text: text({ message: "Vul de voortgang in." }).trim().min(5, "Beschrijf de voortgang (minstens 5 tekens).").max(5000),
  })
  .strict();

export type ProgressNoteInput = z.infer<typeof progressNoteSchema>;

/** zod issues as { field: [messages] } with dotted paths ("references.1.citation"), for forms and the API. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  return issuesToErrors(error);
}
