"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { decide, statusPermission, type Actor } from "@/lib/auth/permissions";
import type { LetterReview, SaveResult } from "@/lib/letter-import/review";
import { parseCitationOrId } from "@/lib/validation/commitment";
import { LetterCandidate, type Decision } from "./letter-candidate";
import { LetterErrorSummary } from "./letter-error-summary";

/** Step 2: the letter's details and every candidate, saved together in one go. */
export function LetterReviewForm({
  review,
  text,
  ministries,
  actor,
  save,
  onBack,
}: {
  review: LetterReview;
  text: string;
  ministries: Array<{ code: string; name: string }>;
  actor: Actor;
  save: (state: null, form: FormData) => Promise<SaveResult>;
  onBack: () => void;
}) {
  const fulfil = decide(actor, statusPermission("fulfil"), { ministryCode: actor.ministryCode ?? "onbekend" });
  const fulfilRefusal = fulfil.allowed ? null : fulfil.message;
  const [decisions, setDecisions] = useState<Decision[]>(() => review.candidates.map((c) => (c.kind === "fulfilled" && fulfilRefusal ? "reject" : "")));
  const [letterDate, setLetterDate] = useState(review.letter.date);
  const [citation, setCitation] = useState(review.letter.citation);
  const [result, setResult] = useState<SaveResult | null>(null);
  const [pending, startTransition] = useTransition();
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = result?.errors ?? {};
  const parsedCitation = citation.trim() ? parseCitationOrId(citation) : null;
  const letterLabel = parsedCitation?.ok ? parsedCitation.citation.label : "";

  useEffect(() => {
    if (result) summaryRef.current?.focus();
  }, [result]);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      // On success the action redirects to the summary and returns nothing.
      const answer = await save(null, form);
      if (answer) setResult(answer);
    });
  }

  const counts = {
    new: review.candidates.filter((c) => c.kind === "new").length,
    fulfilled: review.candidates.filter((c) => c.kind === "fulfilled").length,
    postponed: review.candidates.filter((c) => c.kind === "postponed").length,
    accepted: decisions.filter((d) => d === "accept").length,
    rejected: decisions.filter((d) => d === "reject").length,
  };
  const undecided = decisions.length - counts.accepted - counts.rejected;

  return (
    <form onSubmit={submit} noValidate className="space-y-6" aria-labelledby="stap-beoordelen">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="stap-beoordelen" tabIndex={-1} className="text-xl font-semibold">
          Stap 2 van 2: kandidaten beoordelen
        </h2>
        <button type="button" onClick={onBack} className="text-sm underline">
          ← Terug naar de tekst
        </button>
      </div>
      <p className="text-sm">
        In de brief {review.candidates.length === 1 ? "is 1 kandidaat" : `zijn ${review.candidates.length} kandidaten`} gevonden: {counts.new} nieuwe toezegging
        {counts.new === 1 ? "" : "en"}, {counts.fulfilled} {counts.fulfilled === 1 ? "nakoming" : "nakomingen"} en {counts.postponed}{" "}
        {counts.postponed === 1 ? "uitstel" : "keer uitstel"}. Kies per kandidaat of u hem overneemt en pas de velden zo nodig aan. Pas bij “Vastleggen” wordt
        alles in één keer opgeslagen; lukt dat voor één kandidaat niet, dan wordt niets opgeslagen.
      </p>

      <div ref={summaryRef} tabIndex={-1} aria-live="assertive">
        {result ? <LetterErrorSummary message={result.message} errors={errors} /> : null}
      </div>

      <textarea name="text" value={text} readOnly hidden />
      <input type="hidden" name="candidateCount" value={review.candidates.length} />

      <fieldset className="space-y-4 rounded border border-gray-300 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">De brief</legend>
        {review.alreadyCitedBy > 0 ? (
          <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
            Let op: het register kent deze brief al; {review.alreadyCitedBy === 1 ? "1 toezegging verwijst" : `${review.alreadyCitedBy} toezeggingen verwijzen`}{" "}
            ernaar. Neem alleen over wat er nog niet in staat.
          </p>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="letter-citation"
            label="Kamerstuk van de brief"
            required
            errors={errors["letter.citation"]}
            hint="Onderaan de brief, bijvoorbeeld: Tweede Kamer, vergaderjaar 2020–2021, 29 628, nr. 1030."
          >
            {(p) => (
              <>
                <input
                  {...p}
                  aria-describedby={[p["aria-describedby"], "letter-citation-feedback"].filter(Boolean).join(" ")}
                  name="letter.citation"
                  value={citation}
                  onChange={(e) => setCitation(e.target.value)}
                  className={inputClass}
                />
                <p id="letter-citation-feedback" aria-live="polite" className="text-xs">
                  {parsedCitation?.ok ? (
                    <span className="text-ok">
                      ✓ {parsedCitation.citation.label} ({parsedCitation.citation.id})
                    </span>
                  ) : parsedCitation ? (
                    <span className="text-overdue">{parsedCitation.message}</span>
                  ) : null}
                </p>
              </>
            )}
          </Field>
          <Field
            id="letter-date"
            label="Datum van de brief"
            required
            errors={errors["letter.date"]}
            hint="De toezeggingen zijn op deze dag gedaan; de termijnen rekenen ervan."
          >
            {(p) => <input {...p} type="date" name="letter.date" value={letterDate} onChange={(e) => setLetterDate(e.target.value)} className={inputClass} />}
          </Field>
        </div>
        <Field
          id="letter-title"
          label="Onderwerp van de brief"
          errors={errors["letter.title"]}
          hint="Wordt de titel van het Kamerstuk in het register, als het daar nog niet staat."
        >
          {(p) => <input {...p} name="letter.title" defaultValue={review.letter.title} className={inputClass} />}
        </Field>
        {review.dossiers.length ? (
          <p className="text-sm">
            Genoemde dossiers:{" "}
            {review.dossiers.map((d, i) => (
              <span key={d.key}>
                {i ? ", " : ""}
                {/* a new tab: leaving this page would lose the review */}
                <a href={d.href} target="_blank" rel="noopener noreferrer" className="underline">
                  {d.label}
                  <span className="sr-only"> (opent in een nieuw tabblad)</span>
                </a>
                {d.inRegister ? "" : " (officielebekendmakingen.nl)"}
              </span>
            ))}
          </p>
        ) : null}
      </fieldset>

      {review.candidates.length === 0 ? (
        <p className="rounded border border-gray-300 bg-white p-4">
          In deze brief is geen toezegging gevonden. Controleer of de hele brief is ingelezen, of leg een toezegging met de hand vast via “Nieuwe toezegging”.
        </p>
      ) : null}

      {review.candidates.map((candidate) => (
        <LetterCandidate
          key={candidate.index}
          candidate={candidate}
          decision={decisions[candidate.index] ?? ""}
          onDecision={(d) => setDecisions((all) => all.map((x, i) => (i === candidate.index ? d : x)))}
          letterDate={letterDate}
          letterLabel={letterLabel}
          defaults={{ ministry: review.letter.ministry, ministerName: review.letter.ministerName, ministerFunction: review.letter.ministerFunction }}
          ministries={ministries}
          fulfilRefusal={fulfilRefusal}
          errors={errors}
        />
      ))}

      {review.candidates.length ? (
        <div className="flex flex-wrap items-center gap-4 border-t border-gray-300 pt-4">
          <button
            type="submit"
            disabled={pending}
            aria-disabled={pending}
            className="rounded bg-rijks px-4 py-2 text-sm font-medium text-white hover:bg-rijks/90 disabled:opacity-60"
          >
            {pending ? "Bezig met vastleggen…" : "Vastleggen"}
          </button>
          <p className="text-sm" aria-live="polite">
            {counts.accepted} overnemen · {counts.rejected} niet overnemen{undecided ? ` · ${undecided} nog te kiezen` : ""}
          </p>
        </div>
      ) : null}
    </form>
  );
}
