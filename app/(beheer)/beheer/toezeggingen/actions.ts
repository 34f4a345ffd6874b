"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/run-action";
import { getCurrentUser } from "@/lib/auth/session";
import { addProgressNote, changeCommitmentStatus, resetCommitmentDeadline, updateCommitment } from "@/lib/data/commitment-changes";
import { createCommitment } from "@/lib/data/commitment-create";
import { isCommitmentNumber } from "@/lib/validation/commitment-number";
import { createFormValues, pickFormValues, updateFormValues } from "@/lib/validation/commitment-form";
import type { FormState } from "@/lib/validation/form-state";

// Server actions are thin: the same lib/data functions behind the API parse, authorize (again, on the server) and
// write; runAction turns their failures into what the form shows. Next.js checks the Origin of every action request
// against the host (CSRF protection).

async function save(
  values: Record<string, unknown>,
  number: string | undefined,
  work: () => Promise<{ number: string; unchanged?: boolean }>,
): Promise<FormState> {
  const outcome = await runAction("commitment form", { number }, work);
  if (!outcome.ok) {
    const conflict = outcome.status === 409;
    return {
      status: conflict ? "conflict" : "error",
      message: outcome.message,
      errors: outcome.errors,
      values: conflict ? { ...values, current: outcome.current, merge: outcome.merge } : values,
    };
  }
  if (outcome.value.unchanged) return { status: "saved", message: "Er was niets gewijzigd." };
  revalidatePath("/toezeggingen");
  revalidatePath(`/toezeggingen/${outcome.value.number}`);
  redirect(`/toezeggingen/${outcome.value.number}?opgeslagen=1`);
}

function checkedNumber(raw: FormDataEntryValue | null): string {
  const number = String(raw ?? "");
  return isCommitmentNumber(number) ? number : "TZ-0000-0000";
}

export async function createCommitmentAction(_: FormState, form: FormData): Promise<FormState> {
  const values = createFormValues(form);
  return save(values, undefined, async () => createCommitment(await getCurrentUser(), values));
}

export async function updateCommitmentAction(_: FormState, form: FormData): Promise<FormState> {
  const number = checkedNumber(form.get("number"));
  const values = updateFormValues(form);
  return save(values, number, async () => updateCommitment(await getCurrentUser(), number, values));
}

export async function changeStatusAction(_: FormState, form: FormData): Promise<FormState> {
  const number = checkedNumber(form.get("number"));
  const values = pickFormValues(form, ["to", "reason", "note", "fulfilledBy", "version"]);
  return save(values, number, async () => changeCommitmentStatus(await getCurrentUser(), number, values));
}

export async function resetDeadlineAction(_: FormState, form: FormData): Promise<FormState> {
  const number = checkedNumber(form.get("number"));
  const values = pickFormValues(form, ["deadlinePhrase", "reason", "version"]);
  return save(values, number, async () => resetCommitmentDeadline(await getCurrentUser(), number, values));
}

export async function addProgressNoteAction(_: FormState, form: FormData): Promise<FormState> {
  const number = checkedNumber(form.get("number"));
  const values = pickFormValues(form, ["date", "text", "version"]);
  return save(values, number, async () => addProgressNote(await getCurrentUser(), number, values));
}
