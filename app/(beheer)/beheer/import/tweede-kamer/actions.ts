"use server";

import { importTk } from "@/lib/data/import-tk";
import type { ImportFormState } from "@/lib/import/report";
import { runImportAction } from "../csv/run-import-action";

export async function tkImportAction(_: ImportFormState, form: FormData): Promise<ImportFormState> {
  // importTk also takes "system" (the command line); from a page it is always the signed-in user, or nobody.
  return runImportAction(form, (user, file, mode, options) => importTk(user, file, mode, options), "Tweede Kamer import");
}
