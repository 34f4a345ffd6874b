"use server";

import { importCsv } from "@/lib/data/import-csv";
import type { ImportFormState } from "@/lib/import/report";
import { runImportAction } from "./run-import-action";

export async function csvImportAction(_: ImportFormState, form: FormData): Promise<ImportFormState> {
  return runImportAction(form, importCsv, "CSV import");
}
