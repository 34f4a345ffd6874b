"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/run-action";
import { getCurrentUser } from "@/lib/auth/session";
import { saveLetterImport } from "@/lib/data/letter-import";
import { analyseLetter } from "@/lib/data/letter-review";
import type { AnalyseResult, SaveResult } from "@/lib/letter-import/review";
import { letterImportFormValues } from "@/lib/letter-import/schema";

// Thin, like the other actions: lib/data parses, authorizes (on the server, every time) and writes. Like every
// action they take (state, form), even without a state, so that lib/security/action-guard can check one call shape.

export async function analyseLetterAction(_: null, form: FormData): Promise<AnalyseResult> {
  try {
    return await analyseLetter(await getCurrentUser(), { text: form.get("text") });
  } catch (error) {
    console.error("[letter-import] analysis failed", error);
    return { ok: false, message: "Het analyseren van de brief is mislukt. Er is niets opgeslagen; probeer het opnieuw." };
  }
}

export async function saveLetterImportAction(_: null, form: FormData): Promise<SaveResult> {
  const values = letterImportFormValues(form);
  const outcome = await runAction("letter import", { letter: values.letter.citation, candidates: values.candidates.length }, async () =>
    saveLetterImport(await getCurrentUser(), values),
  );
  if (!outcome.ok) return { ok: false, status: outcome.status, message: outcome.message, errors: outcome.errors };
  const { documentId, created, fulfilled, postponed } = outcome.value;
  revalidatePath("/toezeggingen");
  for (const number of [...created, ...fulfilled, ...postponed]) revalidatePath(`/toezeggingen/${number}`);
  revalidatePath(`/documenten/${documentId}`);
  const query = new URLSearchParams({ brief: documentId });
  if (created.length) query.set("nieuw", created.join(","));
  if (fulfilled.length) query.set("nagekomen", fulfilled.join(","));
  if (postponed.length) query.set("uitgesteld", postponed.join(","));
  redirect(`/beheer/import/brief/resultaat?${query}`);
}
