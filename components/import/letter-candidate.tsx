"use client";

import Link from "next/link";
import { useState } from "react";
import { DeadlinePreview } from "@/components/commitments/deadline-preview";
import { Field, inputClass } from "@/components/forms/field";
import type { ReviewCandidate } from "@/lib/letter-import/review";
import { LetterContext } from "./letter-context";
import { LetterProposals } from "./letter-proposals";
import { LetterReferences } from "./letter-references";

export type Decision = "accept" | "reject" | "";

export interface CandidateDefaults {
  ministry: string;
  ministerName: string;
  ministerFunction: string;
}

const KIND_LABELS = { new: "nieuwe toezegging", fulfilled: "nagekomen toezegging", postponed: "uitstel van een toezegging" } as const;
const KIND_BADGES = {
  new: { text: "nieuw", className: "bg-rijks-light text-rijks" },
  fulfilled: { text: "nagekomen", className: "bg-green-50 text-ok" },
  postponed: { text: "uitstel", className: "bg-amber-50 text-amber-900" },
} as const;
const ACCEPT_LABELS = {
  new: "Overnemen als nieuwe toezegging",
  fulfilled: "Overnemen: de brief komt een toezegging na",
  postponed: "Overnemen: een toezegging krijgt een nieuwe termijn",
} as const;

/** A postponement is proposed on the best match this user may re-set; with none, as a new commitment. */
function initialChoice(candidate: ReviewCandidate): string {
  if (candidate.kind !== "postponed") return "";
  const best = candidate.proposals.find((p) => p.refusal === null);
  return best ? `${best.number}@${best.version}` : "new";
}

/** One candidate of the letter: its sentence in context, the decision, and the fields as they will be saved. */
export function LetterCandidate({
  candidate,
  decision,
  onDecision,
  letterDate,
  letterLabel,
  defaults,
  ministries,
  fulfilRefusal,
  errors,
}: {
  candidate: ReviewCandidate;
  decision: Decision;
  onDecision: (d: Decision) => void;
  letterDate: string;
  letterLabel: string;
  defaults: CandidateDefaults;
  ministries: Array<{ code: string; name: string }>;
  /** why this user cannot fulfil commitments at all, or null */
  fulfilRefusal: string | null;
  errors: Record<string, string[]>;
}) {
  const i = candidate.index;
  const prefix = `c${i}`;
  const n = i + 1;
  const [phrase, setPhrase] = useState(candidate.deadlinePhrase);
  const [target, setTarget] = useState(() => initialChoice(candidate));
  // A new candidate, or a postponement of nothing in the register: the fields of a new commitment.
  const asNew = candidate.kind === "new" || (candidate.kind === "postponed" && target === "new");
  const err = (field: string) => errors[`candidates.${i}.${field}`];
  const cannotAccept = candidate.kind === "fulfilled" && fulfilRefusal !== null;
  const decisionErrors = err("decision");

  return (
    <section aria-labelledby={`${prefix}-heading`} className="space-y-4 rounded border border-gray-300 bg-white p-4">
      <h3 id={`${prefix}-heading`} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        Kandidaat {n}
        <span className="sr-only">: {KIND_LABELS[candidate.kind]}</span>
        <span aria-hidden="true" className={`rounded px-2 py-0.5 text-xs font-medium ${KIND_BADGES[candidate.kind].className}`}>
          {KIND_BADGES[candidate.kind].text}
        </span>
      </h3>
      <input type="hidden" name={`c.${i}.kind`} value={candidate.kind} />
      {candidate.subject ? (
        <p id={`${prefix}-subject`} className="text-sm">
          <span className="font-medium">Onderwerp:</span> {candidate.subject}
        </p>
      ) : null}
      <LetterContext context={candidate.context} cue={candidate.cue} id={`${prefix}-context`} />
      {candidate.duplicateOf ? (
        <div id={`${prefix}-duplicate`} className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
          <p className="font-medium">
            Al in het register: <Link href={`/toezeggingen/${candidate.duplicateOf.number}`}>{candidate.duplicateOf.number}</Link> (
            {candidate.duplicateOf.title})
          </p>
          <p className="mt-1">Deze brief is eerder geïmporteerd en deze toezegging staat er al in. Neem haar niet over, of leg bewust een tweede vast:</p>
          <label className="mt-1 flex items-center gap-2">
            <input type="checkbox" name={`c.${i}.allowDuplicate`} />
            Toch vastleggen als nieuwe toezegging
          </label>
        </div>
      ) : null}

      <fieldset
        id={`${prefix}-decision`}
        tabIndex={-1}
        aria-describedby={
          [cannotAccept ? `${prefix}-refusal` : null, decisionErrors ? `${prefix}-decision-error` : null].filter(Boolean).join(" ") || undefined
        }
      >
        <legend className="text-sm font-medium">Kandidaat {n} overnemen?</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name={`c.${i}.decision`}
              value="accept"
              checked={decision === "accept"}
              onChange={() => onDecision("accept")}
              disabled={cannotAccept}
            />
            {ACCEPT_LABELS[candidate.kind]}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name={`c.${i}.decision`} value="reject" checked={decision === "reject"} onChange={() => onDecision("reject")} />
            Niet overnemen
          </label>
        </div>
        {cannotAccept ? (
          <p id={`${prefix}-refusal`} className="mt-1 text-sm text-overdue">
            {fulfilRefusal} Deze kandidaat kunt u daarom niet overnemen.
          </p>
        ) : null}
        {decisionErrors ? (
          <p id={`${prefix}-decision-error`} className="mt-1 text-sm font-medium text-overdue">
            {decisionErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>

      {/* Hidden, not removed, when rejected: what the reviewer typed comes back if they change their mind. */}
      <div hidden={decision === "reject"} className="space-y-4">
        {candidate.kind === "fulfilled" ? (
          <LetterProposals prefix={prefix} proposals={candidate.proposals} errors={err("fulfils")} disabled={cannotAccept} />
        ) : (
          <>
            {candidate.kind === "postponed" ? (
              <>
                {candidate.postponementReason ? (
                  <p className="text-sm">
                    <span className="font-medium">Uitstel volgens de brief:</span> {candidate.postponementReason}
                  </p>
                ) : null}
                <LetterProposals
                  prefix={prefix}
                  proposals={candidate.proposals}
                  errors={err("fulfils")}
                  disabled={false}
                  mode="postpone"
                  choice={target}
                  onChoice={setTarget}
                />
              </>
            ) : null}
            <div hidden={!asNew} className="space-y-4">
              <Field id={`${prefix}-title`} label="Korte titel" required errors={err("title")}>
                {(p) => <input {...p} name={`c.${i}.title`} defaultValue={candidate.title} className={inputClass} />}
              </Field>
              <Field id={`${prefix}-text`} label="Letterlijke tekst" required errors={err("text")}>
                {(p) => <textarea {...p} name={`c.${i}.text`} rows={4} defaultValue={candidate.text} className={inputClass} />}
              </Field>
            </div>
            <Field
              id={`${prefix}-deadlinePhrase`}
              label={asNew ? "Termijn, zoals toegezegd" : "Nieuwe termijn, zoals de brief die noemt"}
              required={!asNew}
              errors={err("deadlinePhrase")}
              hint={asNew ? "Leeg laten als de brief geen termijn noemt." : "Gelezen vanaf de datum van de brief; de oude termijn blijft in de geschiedenis."}
            >
              {(p) => (
                <>
                  <input
                    {...p}
                    aria-describedby={[p["aria-describedby"], `${prefix}-deadline-preview`].filter(Boolean).join(" ")}
                    name={`c.${i}.deadlinePhrase`}
                    value={phrase}
                    onChange={(e) => setPhrase(e.target.value)}
                    className={inputClass}
                  />
                  <DeadlinePreview id={`${prefix}-deadline-preview`} phrase={phrase} madeOn={letterDate} />
                </>
              )}
            </Field>
            <div hidden={!asNew} className="space-y-4">
              <LetterReferences
                prefix={prefix}
                candidateNumber={n}
                initial={candidate.references}
                letterLabel={letterLabel}
                errors={(row) => err(`ref.${row}`)}
              />
              <div className="grid gap-4 sm:grid-cols-3">
                <Field id={`${prefix}-ministry`} label="Ministerie" required errors={err("ministry")}>
                  {(p) => (
                    <select {...p} name={`c.${i}.ministry`} defaultValue={defaults.ministry} className={inputClass}>
                      <option value="">Kies…</option>
                      {ministries.map((m) => (
                        <option key={m.code} value={m.code}>
                          {m.name}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field id={`${prefix}-ministerName`} label="Bewindspersoon" required errors={err("ministerName")}>
                  {(p) => <input {...p} name={`c.${i}.ministerName`} defaultValue={defaults.ministerName} className={inputClass} />}
                </Field>
                <Field id={`${prefix}-ministerFunction`} label="Functie" required errors={err("ministerFunction")}>
                  {(p) => <input {...p} name={`c.${i}.ministerFunction`} defaultValue={defaults.ministerFunction} className={inputClass} />}
                </Field>
              </div>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
