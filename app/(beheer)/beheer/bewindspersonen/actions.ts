"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { getCurrentUser } from "@/lib/auth/session";
import { mergeMinisters } from "@/lib/data/ministers";
import type { FormState } from "@/lib/validation/form-state";

// Thin: mergeMinisters parses, authorizes (minister.merge, admins only, on the server every time) and moves the
// commitments with one audit event each.

export async function mergeMinistersAction(_: FormState, form: FormData): Promise<FormState> {
  const values = { keep: form.get("keep"), merge: form.get("merge") };
  const outcome = await runAction("merge ministers", values, async () => mergeMinisters(await getCurrentUser(), values));
  if (!outcome.ok) return { status: "error", message: outcome.message, errors: outcome.errors };
  const { moved, kept, removed } = outcome.value;
  revalidatePath("/beheer/bewindspersonen");
  revalidatePath("/toezeggingen");
  for (const number of moved) revalidatePath(`/toezeggingen/${number}`);
  const count = moved.length === 1 ? "1 toezegging" : `${moved.length} toezeggingen`;
  return { status: "saved", message: `"${removed}" is samengevoegd met "${kept}": ${count} verplaatst. Elke toezegging vermeldt het in haar geschiedenis.` };
}
