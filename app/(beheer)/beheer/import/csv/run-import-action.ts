import "server-only";
import { revalidatePath } from "next/cache";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getCurrentUser } from "@/lib/auth/session";
import type { ImportFile } from "@/lib/data/import-csv";
import type { MutationResult } from "@/lib/data/mutation-result";
import { readImportForm, reportState } from "@/lib/import/form";
import type { ImportFormState, ImportMode, ImportReport } from "@/lib/import/report";

type Importer = (
  user: CurrentUser | null,
  file: ImportFile,
  mode: ImportMode,
  options: { expectedHash?: string; allowDuplicates?: boolean },
) => Promise<MutationResult<ImportReport>>;

// Shared by the CSV and the Tweede Kamer import actions. Thin, like the other actions: the lib/data function
// parses, authorizes (again, on the server) and writes; this turns FormData into its input and its result into state.
export async function runImportAction(form: FormData, importer: Importer, what: string): Promise<ImportFormState> {
  const input = readImportForm(form);
  if (!input.ok) return input.state;
  try {
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const result = await importer(await getCurrentUser(), { name: input.file.name, bytes }, input.mode, {
      expectedHash: input.expectedHash,
      allowDuplicates: input.allowDuplicates,
    });
    if (!result.ok) return { status: "error", message: result.message, fileProblems: result.errors?.bestand };
    if (result.value.written && result.value.writable > 0) revalidatePath("/", "layout");
    return reportState(result.value);
  } catch (error) {
    console.error(`[action] ${what} failed`, { file: input.file.name, mode: input.mode }, error);
    return { status: "error", message: "Er ging iets mis bij het importeren. Er is niets gewijzigd; probeer het opnieuw." };
  }
}
