// The reviewed letter as the save form posts it: the letter's text (the state between the steps: the server reads
// it again rather than trusting a list of candidates from the browser), the letter's details, and per candidate
// the decision and the fields as the reviewer left them. Accepted new candidates are checked further with
// createCommitmentSchema, so they meet exactly the rules of the ordinary form.
import { z } from "zod";
import { COMMITMENT_NUMBER } from "@/lib/validation/commitment-number";
import { isoDate, sanitiseText, text } from "@/lib/validation/primitives";
import { parseCitationOrId } from "@/lib/validation/commitment";
import { checkLetterText } from "./upload";

export const MAX_CANDIDATES = 200;
export const MAX_REFERENCES = 50;

/** "TZ-2021-0013@3": a proposal, with the version the reviewer saw; "other": the number typed beside it. */
const FULFILS = /^(TZ-\d{4}-\d{4,})(?:@(\d{1,9}))?$/;

const field = (max: number) =>
  text()
    .max(max, `Maximaal ${max} tekens.`)
    .optional()
    .transform((v) => v ?? "");

export const candidateDecisionSchema = z.object({
  kind: z.enum(["new", "fulfilled", "postponed"], { message: "onbekende soort kandidaat" }),
  decision: z.enum(["accept", "reject"], { message: "Kies of u deze kandidaat overneemt of niet." }),
  title: field(1000),
  text: field(20_000),
  deadlinePhrase: field(1000),
  references: z.array(text().max(300, "Maximaal 300 tekens.")).max(MAX_REFERENCES, `Maximaal ${MAX_REFERENCES} verwijzingen.`).default([]),
  ministry: field(20),
  ministerName: field(200),
  ministerFunction: field(200),
  fulfils: field(40),
  otherNumber: field(40),
  /** a new candidate that is already in the register is recorded a second time only when this is ticked */
  allowDuplicate: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).default(false),
});

export type CandidateDecision = z.infer<typeof candidateDecisionSchema>;

export const letterImportSchema = z.object({
  // The letter's text was read by the server from a file, not typed: cleaned rather than refused.
  text: z
    .string({ message: "De tekst van de brief ontbreekt." })
    .transform(sanitiseText)
    .superRefine((value, ctx) => {
      const problem = checkLetterText(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  letter: z.object({
    citation: text({ message: "Vul het Kamerstuk van de brief in." })
      .trim()
      .min(1, "Vul het Kamerstuk van de brief in, bijvoorbeeld Kamerstuk 29 628, nr. 1030 (staat onderaan de brief).")
      .max(300)
      .superRefine((value, ctx) => {
        if (!value) return;
        const parsed = parseCitationOrId(value);
        if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
      }),
    date: text({ message: "Vul de datum van de brief in." })
      .trim()
      .min(1, "Vul de datum van de brief in; die is nodig om de termijnen te bepalen.")
      .pipe(isoDate()),
    title: text()
      .trim()
      .max(500, "De titel is te lang (maximaal 500 tekens).")
      .optional()
      .transform((v) => (v ? v : null)),
  }),
  candidates: z.array(candidateDecisionSchema).max(MAX_CANDIDATES, `Maximaal ${MAX_CANDIDATES} kandidaten per brief.`),
});

export type LetterImportInput = z.infer<typeof letterImportSchema>;

export type FulfilmentChoice = { number: string; version: number | null } | { number: null; message: string };

/** What the choice of an earlier commitment is for: the words the messages use. */
const CHOICE_WORDS = {
  fulfilled: { choose: "Kies welke openstaande toezegging deze brief nakomt, of neem de kandidaat niet over.", typed: "die deze brief nakomt" },
  postponed: {
    choose: "Kies welke toezegging met deze brief een nieuwe termijn krijgt, of leg de kandidaat vast als nieuwe toezegging.",
    typed: "die met deze brief een nieuwe termijn krijgt",
  },
} as const;

/** The commitment a fulfilled (or postponed) candidate is said to fulfil (or postpone), or why none is named. */
export function fulfilmentChoice(
  candidate: Pick<CandidateDecision, "fulfils" | "otherNumber">,
  kind: "fulfilled" | "postponed" = "fulfilled",
): FulfilmentChoice {
  const words = CHOICE_WORDS[kind];
  const chosen = candidate.fulfils.trim();
  if (!chosen) return { number: null, message: words.choose };
  if (chosen === "other") {
    const typed = candidate.otherNumber.trim().toUpperCase();
    if (!typed) return { number: null, message: `Vul het nummer in van de toezegging ${words.typed}, bijvoorbeeld TZ-2021-0013.` };
    if (!COMMITMENT_NUMBER.test(typed))
      return { number: null, message: `"${candidate.otherNumber.trim()}" is geen toezeggingsnummer; een nummer ziet eruit als TZ-2021-0013.` };
    return { number: typed, version: null };
  }
  const m = FULFILS.exec(chosen);
  if (!m) return { number: null, message: "Deze keuze is niet herkend; kies opnieuw welke toezegging het is." };
  return { number: m[1]!, version: m[2] ? Number(m[2]) : null };
}

/** A postponed candidate that matches nothing in the register is recorded as a new commitment. */
export const POSTPONED_AS_NEW = "new";

/** Whether an accepted candidate is saved as a new commitment (a new one, or a postponement the reviewer records as new). */
export function savesAsNew(candidate: Pick<CandidateDecision, "kind" | "fulfils">): boolean {
  return candidate.kind === "new" || (candidate.kind === "postponed" && candidate.fulfils.trim() === POSTPONED_AS_NEW);
}

const get = (form: FormData, key: string): string | undefined => {
  const value = form.get(key);
  return typeof value === "string" ? value : undefined;
};

/**
 * FormData of the review form → the object letterImportSchema parses. Fields are named `letter.date`,
 * `c.3.title`, `c.3.ref` (repeated) and so on; `candidateCount` says how many candidates the form holds.
 */
export function letterImportFormValues(form: FormData) {
  const count = Math.max(0, Math.min(Number(get(form, "candidateCount") ?? 0) || 0, MAX_CANDIDATES + 1));
  const candidates = Array.from({ length: count }, (_, i) => {
    const c = (name: string) => get(form, `c.${i}.${name}`);
    return {
      kind: c("kind"),
      decision: c("decision"),
      title: c("title"),
      text: c("text"),
      deadlinePhrase: c("deadlinePhrase"),
      references: form
        .getAll(`c.${i}.ref`)
        .map((v) => (typeof v === "string" ? v.trim() : ""))
        .filter(Boolean),
      ministry: c("ministry"),
      ministerName: c("ministerName"),
      ministerFunction: c("ministerFunction"),
      fulfils: c("fulfils"),
      otherNumber: c("otherNumber"),
      allowDuplicate: c("allowDuplicate"),
    };
  });
  return {
    text: get(form, "text"),
    letter: { citation: get(form, "letter.citation"), date: get(form, "letter.date"), title: get(form, "letter.title") },
    candidates,
  };
}
