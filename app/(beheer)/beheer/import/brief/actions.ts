"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { saveLetterImport } from "@/lib/data/letter-import";
import { analyseLetter } from "@/lib/data/letter-review";
import type { AnalyseResult, SaveResult } from "@/lib/letter-import/review";
import { letterImportFormValues } from "@/lib/letter-import/schema";

// Thin, like the other actions: lib/data parses, authorizes (on the server, every time) and writes.

export async function analyseLetterAction(form: FormData): Promise<AnalyseResult> {
  try {
    return await analyseLetter(await getCurrentUser(), { text: form.get("text") });
  } catch (error) {
    console.error("[letter-import] analysis failed", error);
    return { ok: false, message: "Het analyseren van de brief is mislukt. Er is niets opgeslagen; probeer het opnieuw." };
  }
}

export async function saveLetterImportAction(form: FormData): Promise<SaveResult> {
  const values = letterImportFormValues(form);
  let result: Awaited<ReturnType<typeof saveLetterImport>>;
  try {
    result = await saveLetterImport(await getCurrentUser(), values);
  } catch (error) {
    console.error("[letter-import] save failed", { letter: values.letter.citation, candidates: values.candidates.length }, error);
    return { ok: false, status: 500, message: "Er ging iets mis bij het vastleggen. Er is niets opgeslagen; probeer het opnieuw." };
  }
  if (!result.ok) return { ok: false, status: result.status, message: result.message, errors: result.errors };
  const { documentId, created, fulfilled } = result.value;
  revalidatePath("/toezeggingen");
  for (const number of [...created, ...fulfilled]) revalidatePath(`/toezeggingen/${number}`);
  revalidatePath(`/documenten/${documentId}`);
  const query = new URLSearchParams({ brief: documentId });
  if (created.length) query.set("nieuw", created.join(","));
  if (fulfilled.length) query.set("nagekomen", fulfilled.join(","));
  redirect(`/beheer/import/brief/resultaat?${query}`);
}
