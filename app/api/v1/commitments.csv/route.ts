import { cachedGet } from "@/lib/api/cached-get";
// All commitments matching the list's filters as CSV, streamed. No sign-in: the register is public.
import { internalError } from "@/lib/api/responses";
import { today } from "@/lib/data/clock";
import { selectForExport } from "@/lib/data/exports";
import { csvStream } from "@/lib/export/csv";
import { downloadResponse, exportFilename, parseExportRequest, tooManyRows } from "@/lib/export/http";

// Streamed downloads: answered 304 while unchanged, otherwise made again (not kept in memory).
export function GET(request: Request) {
  return cachedGet(request, () => readCsv(request), { keep: false });
}

async function readCsv(request: Request) {
  const parsed = parseExportRequest(request);
  if (!parsed.ok) return parsed.response;
  const context = `GET ${parsed.url.pathname}${parsed.url.search}`;
  try {
    const selection = await selectForExport(parsed.filters);
    if (!selection.ok) return tooManyRows(selection.total, selection.max);
    const body = csvStream(selection.batches(), (error) => console.error(`[api] ${context} (midden in de download):`, error));
    return downloadResponse(body, "text/csv; charset=utf-8; header=present", exportFilename(today(), "csv"));
  } catch (error) {
    return internalError(error, context);
  }
}
