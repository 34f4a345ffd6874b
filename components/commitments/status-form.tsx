"use client";

import { useActionState, useState } from "react";
import { Field, FormMessage, inputClass, SubmitButton } from "@/components/forms/field";
import { STATUS_LABELS } from "@/lib/commitment/labels";
import { TRANSITION_REQUIREMENTS } from "@/lib/commitment/transitions";
import type { CommitmentStatus } from "@/lib/commitment/status";
import { conflictCurrent, type FormState, versionToSubmit } from "@/lib/validation/form-state";
import { ConflictNotice } from "./conflict-notice";

interface Props {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  number: string;
  version: number;
  targets: CommitmentStatus[];
}

/** Asks only for what the chosen status needs: the fulfilling Kamerstuk, a reason, or a progress note. */
export function StatusForm({ action, number, version, targets }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  const values = (state.values ?? {}) as Record<string, string | undefined>;
  const [to, setTo] = useState<CommitmentStatus | "">((values.to as CommitmentStatus) ?? targets[0] ?? "");
  const requirement = to ? TRANSITION_REQUIREMENTS[to] : null;
  const errors = state.errors ?? {};
  const currentVersion = versionToSubmit(state, version);

  return (
    <form action={formAction} className="space-y-4" key={JSON.stringify(state.values ?? null)} noValidate>
      <FormMessage status={state.status} message={state.message} />
      {state.status === "conflict" ? <ConflictNotice current={conflictCurrent(state)} /> : null}
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="version" value={currentVersion} />
      <Field id="to" label="Nieuwe status" required errors={errors.to}>
        {(p) => (
          <select {...p} name="to" value={to} onChange={(e) => setTo(e.target.value as CommitmentStatus)} className={inputClass}>
            {targets.map((t) => (
              <option key={t} value={t}>
                {STATUS_LABELS[t]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {requirement?.field === "documentId" ? (
        <Field
          id="fulfilledBy"
          label={requirement.label}
          required
          errors={errors.fulfilledBy}
          hint="De brief die de toezegging nakomt, bijvoorbeeld: Kamerstuk 29 628, nr. 1030."
        >
          {(p) => <input {...p} name="fulfilledBy" defaultValue={values.fulfilledBy ?? ""} className={inputClass} placeholder="Kamerstuk 29 628, nr. 1030" />}
        </Field>
      ) : null}
      {requirement?.field === "reason" ? (
        <Field id="reason" label={requirement.label} required errors={errors.reason} hint={requirement.hint}>
          {(p) => <textarea {...p} name="reason" rows={3} defaultValue={values.reason ?? ""} className={inputClass} />}
        </Field>
      ) : null}
      {requirement?.field === "note" ? (
        <Field id="note" label={requirement.label} required errors={errors.note} hint={requirement.hint}>
          {(p) => <textarea {...p} name="note" rows={3} defaultValue={values.note ?? ""} className={inputClass} />}
        </Field>
      ) : null}
      <SubmitButton pending={pending}>Status wijzigen</SubmitButton>
    </form>
  );
}
