"use client";

import { useActionState, useState } from "react";
import { Field, FormMessage, inputClass, SubmitButton } from "@/components/forms/field";
import type { EditableValues } from "@/lib/commitment/editable-fields";
import { conflictCurrent, conflictMerge, type FormState, versionToSubmit } from "@/lib/validation/form-state";
import { ConflictNotice } from "./conflict-notice";
import { MergeNotice } from "./merge-notice";
import { DeadlinePreview } from "./deadline-preview";
import { ReferenceRows } from "./reference-rows";

export interface CommitmentFormValues {
  title?: string;
  text?: string;
  madeOn?: string | null;
  activity?: string;
  ministerName?: string;
  ministerFunction?: string;
  ministry?: string;
  committee?: string | null;
  addressee?: string | null;
  deadlinePhrase?: string | null;
  references?: Array<{ citation: string; role: string }>;
  version?: number | string;
}

interface Props {
  mode: "create" | "edit";
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial: CommitmentFormValues;
  number?: string;
  ministries: Array<{ code: string; name: string }>;
  ministers: Array<{ name: string; function: string }>;
  /** edit: the register's values the form starts from, kept so that a re-save after a conflict can merge */
  base?: EditableValues;
}

export function CommitmentForm({ mode, action, initial, number, ministries, ministers, base }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  const merge = conflictMerge(state);
  // After a conflict the form holds the merge: your changes, and theirs where you changed nothing; it continues
  // from their version, so a third save in between is merged again.
  const values: CommitmentFormValues = { ...initial, ...(state.values as CommitmentFormValues | undefined), ...(merge ? merge.merged : {}) };
  const startedFrom = merge ? merge.theirs : base;
  const errors = state.errors ?? {};
  const [phrase, setPhrase] = useState(values.deadlinePhrase ?? "");
  const [madeOn, setMadeOn] = useState(values.madeOn ?? "");
  // Re-mount the fields when the server answers, so what the user typed comes back as the fields' values.
  const formKey = JSON.stringify(state.values ?? null);

  return (
    <form action={formAction} className="space-y-5" key={formKey} noValidate>
      <FormMessage status={state.status} message={state.message} />
      {merge ? <MergeNotice merge={merge} /> : state.status === "conflict" ? <ConflictNotice current={conflictCurrent(state)} /> : null}
      {number ? <input type="hidden" name="number" value={number} /> : null}
      {mode === "edit" ? <input type="hidden" name="version" value={String(merge ? merge.version : versionToSubmit(state, values.version))} /> : null}
      {mode === "edit" && startedFrom ? <input type="hidden" name="base" value={JSON.stringify(startedFrom)} /> : null}

      <Field id="title" label="Korte titel" required errors={errors.title} hint="Waar gaat de toezegging over, in een regel.">
        {(p) => <input {...p} name="title" defaultValue={values.title ?? ""} className={inputClass} />}
      </Field>
      <Field id="text" label="Letterlijke tekst" required errors={errors.text} hint="Zoals de bewindspersoon het zei of schreef.">
        {(p) => <textarea {...p} name="text" rows={6} defaultValue={values.text ?? ""} className={inputClass} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="madeOn" label="Gedaan op" required errors={errors.madeOn}>
          {(p) => <input {...p} name="madeOn" type="date" value={madeOn} onChange={(e) => setMadeOn(e.target.value)} className={inputClass} />}
        </Field>
        <Field id="activity" label="Waar (debat of brief)" required errors={errors.activity} hint="Bijvoorbeeld: Commissiedebat politie, 10 juni 2021">
          {(p) => <input {...p} name="activity" defaultValue={values.activity ?? ""} className={inputClass} />}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="ministerName" label="Bewindspersoon" required errors={errors.ministerName}>
          {(p) => <input {...p} name="ministerName" list="minister-names" defaultValue={values.ministerName ?? ""} className={inputClass} />}
        </Field>
        <Field id="ministerFunction" label="Functie" required errors={errors.ministerFunction}>
          {(p) => <input {...p} name="ministerFunction" list="minister-functions" defaultValue={values.ministerFunction ?? ""} className={inputClass} />}
        </Field>
        <Field id="ministry" label="Ministerie" required errors={errors.ministry}>
          {(p) => (
            <select {...p} name="ministry" defaultValue={values.ministry ?? ""} className={inputClass}>
              <option value="">Kies…</option>
              {ministries.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <datalist id="minister-names">
        {[...new Set(ministers.map((m) => m.name))].map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <datalist id="minister-functions">
        {[...new Set(ministers.map((m) => m.function))].map((f) => (
          <option key={f} value={f} />
        ))}
      </datalist>

      {mode === "create" ? (
        <Field
          id="deadlinePhrase"
          label="Termijn, zoals toegezegd"
          errors={errors.deadlinePhrase}
          hint="Bijvoorbeeld: uiterlijk in het voorjaar van 2022, bij de conceptbegroting 2023, voor de zomer. Leeg laten als er geen termijn is genoemd."
        >
          {(p) => (
            <>
              <input
                {...p}
                aria-describedby={[p["aria-describedby"], "deadline-preview"].filter(Boolean).join(" ")}
                name="deadlinePhrase"
                value={phrase}
                onChange={(e) => setPhrase(e.target.value)}
                className={inputClass}
              />
              <DeadlinePreview id="deadline-preview" phrase={phrase} madeOn={madeOn} />
            </>
          )}
        </Field>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="committee" label="Commissie" errors={errors.committee}>
          {(p) => <input {...p} name="committee" defaultValue={values.committee ?? ""} className={inputClass} />}
        </Field>
        <Field id="addressee" label="Gedaan aan (Kamerlid of fractie)" errors={errors.addressee}>
          {(p) => <input {...p} name="addressee" defaultValue={values.addressee ?? ""} className={inputClass} />}
        </Field>
      </div>

      <ReferenceRows initial={values.references ?? []} errors={errors} />
      {errors.references ? <p className="text-sm text-overdue">{errors.references.join(" ")}</p> : null}

      <SubmitButton pending={pending}>{mode === "create" ? "Toezegging vastleggen" : "Wijzigingen opslaan"}</SubmitButton>
    </form>
  );
}
