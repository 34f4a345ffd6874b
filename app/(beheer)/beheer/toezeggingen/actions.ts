"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { createCommitment } from "@/lib/data/commitment-create";
import { resetCommitmentDeadline } from "@/lib/data/commitment-deadline";
import { changeCommitmentStatus } from "@/lib/data/commitment-status";
import { updateCommitment } from "@/lib/data/commitment-update";
import type { MutationResult } from "@/lib/data/mutation-result";
import { addProgressNote } from "@/lib/data/progress-notes";
import { isCommitmentNumber } from "@/lib/validation/commitment-number";
import { createFormValues, pickFormValues, updateFormValues } from "@/lib/validation/commitment-form";
import type { FormState } from "@/lib/validation/form-state";

// Server actions are thin: the same lib/data functions behind the API parse, authorize (again, on the server) and
// write. Next.js checks the Origin of every action request against the host (CSRF protection).

function toFormState(result: MutationResult, values: Record<string, unknown>): FormState {
  if (result.ok) return { status: "saved", message: result.unchanged ? "Er was niets gewijzigd." : "Opgeslagen." };
  return {
    status: result.status === 409 ? "conflict" : "error",
    message: result.message,
    errors: result.errors,
    values: result.status === 409 ? { ...values, current: result.current } : values,
  };
}

async function run(values: Record<string, unknown>, mutate: () => Promise<MutationResult>, number?: string): Promise<FormState> {
  let result: MutationResult;
  try {
    result = await mutate();
  } catch (error) {
    console.error("[action] unexpected failure", { number }, error);
    return { status: "error", message: "Er ging iets mis bij het opslaan. Er is niets gewijzigd; probeer het opnieuw.", values };
  }
  if (!result.ok || result.unchanged) return toFormState(result, values);
  revalidatePath("/toezeggingen");
  revalidatePath(`/toezeggingen/${result.value.number}`);
  redirect(`/toezeggingen/${result.value.number}?opgeslagen=1`);
}

function checkedNumber(raw: FormDataEntryValue | null): string {
  const number = String(raw ?? "");
  return isCommitmentNumber(number) ? number : "TZ-0000-0000";
}

export async function createCommitmentAction(_: FormState, form: FormData): Promise<FormState> {
  const values = createFormValues(form);
  return run(values, async () => createCommitment(await getCurrentUser(), values));
}

export async function updateCommitmentAction(_: FormState, form: FormData): Promise<FormState> {
  const number = checkedNumber(form.get("number"));
  const values = updateFormValues(form);
  return run(values, async () => updateCommitment(await getCurrentUser(), number, values), number);
}

export async function changeStatusAction(_: FormState, form: FormData): Promise<FormState> {
  const number = checkedNumber(form.get("number"));
  const values = pickFormValues(form, ["to", "reason", "note", "fulfilledBy", "version"]);
  return run(values, async () => changeCommitmentStatus(await getCurrentUser(), number, values), number);
}

export async function resetDeadlineAction(_: FormState, form: FormData): Promise<FormState> {
  const number = checkedNumber(form.get("number"));
  const values = pickFormValues(form, ["deadlinePhrase", "reason", "version"]);
  return run(values, async () => resetCommitmentDeadline(await getCurrentUser(), number, values), number);
}

export async function addProgressNoteAction(_: FormState, form: FormData): Promise<FormState> {
  const number = checkedNumber(form.get("number"));
  const values = pickFormValues(form, ["date", "text"]);
  return run(values, async () => addProgressNote(await getCurrentUser(), number, values), number);
}
