"use client";

import { useState } from "react";
import { inputClass } from "@/components/forms/field";
import type { ReviewProposal } from "@/lib/letter-import/review";
import { formatScore } from "@/lib/letter-import/similarity";
import { STATUS_LABELS } from "@/lib/commitment/labels";

/** What it means that the sentence cites a document the commitment also has, by the commitment's role for it. */
const SHARED_ROLE = { source: "verwijst naar de bron", related: "verwijst naar een aangehaald stuk", fulfilment: "verwijst naar een nakoming" } as const;

const WORDS = {
  fulfil: {
    legend: "Welke openstaande toezegging komt deze brief na?",
    hint: "Gezocht op gedeelde Kamerstukken en op overeenkomst van de tekst. Kies er één; de toezegging wordt dan nagekomen met deze brief, op de datum van de brief.",
  },
  postpone: {
    legend: "Welke toezegging krijgt met deze brief een nieuwe termijn?",
    hint: "Gezocht op gedeelde Kamerstukken en op overeenkomst van de tekst (de beste staat gekozen). De termijn van de gekozen toezegging wordt opnieuw vastgesteld, met deze brief als reden. Staat de toezegging niet in het register, leg de kandidaat dan vast als nieuwe toezegging.",
  },
} as const;

/**
 * A fulfilled candidate: which outstanding commitment the letter fulfils; a postponed one: whose deadline it
 * re-sets (or none: a new commitment). From the best matches or by number.
 */
export function LetterProposals({
  prefix,
  proposals,
  errors,
  disabled,
  mode = "fulfil",
  choice: controlled,
  onChoice,
}: {
  prefix: string;
  proposals: ReviewProposal[];
  errors?: string[];
  disabled: boolean;
  mode?: "fulfil" | "postpone";
  choice?: string;
  onChoice?: (choice: string) => void;
}) {
  const [own, setOwn] = useState("");
  const choice = controlled ?? own;
  const setChoice = (value: string) => (onChoice ? onChoice(value) : setOwn(value));
  const words = WORDS[mode];
  const index = prefix.slice(1);
  const name = `c.${index}.fulfils`;
  const errorId = `${prefix}-fulfils-error`;
  const hintId = `${prefix}-fulfils-hint`;

  return (
    <fieldset
      id={`${prefix}-fulfils`}
      tabIndex={-1}
      className="space-y-2 rounded border border-gray-300 p-3"
      aria-describedby={[hintId, errors?.length ? errorId : null].filter(Boolean).join(" ")}
    >
      <legend className="px-1 text-sm font-medium">{words.legend}</legend>
      <p id={hintId} className="text-xs text-muted">
        {words.hint}
      </p>
      {proposals.length === 0 ? <p className="text-sm">Er is geen openstaande toezegging gevonden die op deze zin lijkt.</p> : null}
      <ul className="space-y-2">
        {proposals.map((p) => {
          const id = `${prefix}-fulfils-${p.number}`;
          const value = `${p.number}@${p.version}`;
          const shared = p.sharedReferences.map((r) => `${SHARED_ROLE[r.role]}: ${r.label}`);
          return (
            <li key={p.number} className="flex items-start gap-2">
              <input
                type="radio"
                id={id}
                name={name}
                value={value}
                checked={choice === value}
                onChange={() => setChoice(value)}
                disabled={disabled || p.refusal !== null}
                aria-describedby={`${id}-detail`}
                className="mt-1"
              />
              <div className="text-sm">
                <label htmlFor={id}>
                  <span className="font-semibold">{p.number}</span> {p.title}
                </label>
                <p id={`${id}-detail`} className="text-xs text-muted">
                  Overeenkomst {formatScore(p.score)} (tekst {formatScore(p.textScore)}
                  {shared.length ? `; ${shared.join("; ")}` : "; geen gedeeld Kamerstuk"}) · {STATUS_LABELS[p.status]} · {p.ministryCode}
                  {p.refusal ? <span className="block text-overdue">{p.refusal}</span> : null}
                </p>
                <a href={`/toezeggingen/${p.number}`} target="_blank" rel="noopener" className="text-xs">
                  {p.number} bekijken<span className="sr-only"> (opent in een nieuw venster)</span>
                </a>
              </div>
            </li>
          );
        })}
        <li className="flex flex-wrap items-start gap-2">
          <input
            type="radio"
            id={`${prefix}-fulfils-other`}
            name={name}
            value="other"
            checked={choice === "other"}
            onChange={() => setChoice("other")}
            disabled={disabled}
            className="mt-1"
          />
          <label htmlFor={`${prefix}-fulfils-other`} className="text-sm">
            Een andere toezegging, met nummer:
          </label>
          <label htmlFor={`${prefix}-other-number`} className="sr-only">
            Nummer van de andere toezegging
          </label>
          <div className="w-44">
            <input
              id={`${prefix}-other-number`}
              name={`c.${index}.otherNumber`}
              placeholder="TZ-2021-0013"
              disabled={disabled}
              onFocus={() => setChoice("other")}
              className={inputClass}
            />
          </div>
        </li>
        {mode === "postpone" ? (
          <li className="flex items-start gap-2">
            <input
              type="radio"
              id={`${prefix}-fulfils-new`}
              name={name}
              value="new"
              checked={choice === "new"}
              onChange={() => setChoice("new")}
              disabled={disabled}
              className="mt-1"
            />
            <label htmlFor={`${prefix}-fulfils-new`} className="text-sm">
              Geen: vastleggen als nieuwe toezegging
            </label>
          </li>
        ) : null}
      </ul>
      {errors?.length ? (
        <p id={errorId} className="text-sm font-medium text-overdue">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
