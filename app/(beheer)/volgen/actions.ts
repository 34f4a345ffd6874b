"use server";

import { revalidatePath } from "next/cache";
import type { FollowState } from "@/components/following/follow-state";
import { getCurrentUser } from "@/lib/auth/session";
import { followCommitment, followFilter, setOwnerReminders, unfollowCommitment, unfollowFilter } from "@/lib/data/following";
import { isCommitmentNumber } from "@/lib/validation/commitment-number";
import type { FormState } from "@/lib/validation/form-state";

const SIGNED_OUT = "U bent niet (meer) ingelogd. Log opnieuw in en probeer het nog eens.";
const text = (form: FormData, name: string) => (typeof form.get(name) === "string" ? String(form.get(name)) : "");

/** Follow (follow=1) or stop following (follow=0) one commitment; used on its page and on /volgen. */
export async function followCommitmentAction(_: FollowState, form: FormData): Promise<FollowState> {
  const number = text(form, "number");
  const follow = text(form, "follow") === "1";
  if (!isCommitmentNumber(number)) return { status: "error", message: "Onbekende toezegging." };
  try {
    // The session alone is not trusted: the account is re-read, so a disabled account cannot follow anything.
    const user = await getCurrentUser();
    if (!user) return { status: "error", message: SIGNED_OUT };
    const result = follow ? await followCommitment(user, number) : await unfollowCommitment(user, number);
    if (!result.ok) return { status: "error", message: result.message };
    revalidatePath(`/toezeggingen/${number}`);
    revalidatePath("/volgen");
    return follow
      ? { status: "saved", following: true, message: `U volgt ${number}. Wijzigingen en herinneringen komen in uw dagelijkse e-mail.` }
      : { status: "saved", following: false, message: `U volgt ${number} niet meer.` };
  } catch (error) {
    console.error("[action] following a commitment failed", { number, follow }, error);
    return { status: "error", message: "Er ging iets mis; er is niets veranderd. Probeer het opnieuw." };
  }
}

export async function followFilterAction(_: FormState, form: FormData): Promise<FormState> {
  const values = { name: text(form, "name"), query: text(form, "query") };
  try {
    const user = await getCurrentUser();
    if (!user) return { status: "error", message: SIGNED_OUT, values };
    const result = await followFilter(user, values);
    if (!result.ok) return { status: "error", message: result.message, errors: result.errors, values };
    revalidatePath("/volgen");
    return { status: "saved", message: `U volgt de selectie "${values.name.trim()}". Beheer wat u volgt op de pagina Volgen.` };
  } catch (error) {
    console.error("[action] following a selection failed", { query: values.query }, error);
    return { status: "error", message: "Er ging iets mis; de selectie is niet gevolgd. Probeer het opnieuw.", values };
  }
}

export async function unfollowFilterAction(_: FormState, form: FormData): Promise<FormState> {
  const id = Number(text(form, "id"));
  if (!Number.isSafeInteger(id) || id <= 0) return { status: "error", message: "Onbekende selectie." };
  try {
    const user = await getCurrentUser();
    if (!user) return { status: "error", message: SIGNED_OUT };
    // Only the user's own selections: someone else's id is "not found", never deleted.
    const result = await unfollowFilter(user, id);
    if (!result.ok) return { status: "error", message: result.message };
    revalidatePath("/volgen");
    return result.unchanged
      ? { status: "error", message: "Deze selectie volgde u al niet meer. De lijst is bijgewerkt." }
      : { status: "saved", message: "U volgt deze selectie niet meer." };
  } catch (error) {
    console.error("[action] unfollowing a selection failed", { id }, error);
    return { status: "error", message: "Er ging iets mis; er is niets veranderd. Probeer het opnieuw." };
  }
}

export async function setOwnerRemindersAction(_: FollowState, form: FormData): Promise<FollowState> {
  const on = text(form, "on") === "1";
  try {
    const user = await getCurrentUser();
    if (!user) return { status: "error", message: SIGNED_OUT };
    const result = await setOwnerReminders(user, on);
    if (!result.ok) return { status: "error", message: result.message };
    revalidatePath("/volgen");
    return { status: "saved", following: on, message: on ? "Herinneringen voor uw ministerie staan aan." : "Herinneringen voor uw ministerie staan uit." };
  } catch (error) {
    console.error("[action] setting owner reminders failed", { on }, error);
    return { status: "error", message: "Er ging iets mis; er is niets veranderd. Probeer het opnieuw." };
  }
}
