import { cachedGet } from "@/lib/api/cached-get";
// All commitments matching the list's filters as an Excel workbook, streamed. No sign-in: the register is public.
import { internalError } from "@/lib/api/responses";
import { today } from "@/lib/data/clock";
import { selectForExport } from "@/lib/data/exports";
import { filterNames } from "@/lib/data/reference-data";
import { describeSelection } from "@/lib/export/filter-description";
import { downloadResponse, exportFilename, parseExportRequest, tooManyRows } from "@/lib/export/http";
import { xlsxStream } from "@/lib/export/xlsx";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// Streamed downloads: answered 304 while unchanged, otherwise made again (not kept in memory).
export function GET(request: Request) {
  return cachedGet(request, () => readXlsx(request), { keep: false });
}

async function readXlsx(request: Request) {
  const parsed = parseExportRequest(request);
  if (!parsed.ok) return parsed.response;
  const context = `GET ${parsed.url.pathname}${parsed.url.search}`;
  try {
    const [selection, names] = await Promise.all([selectForExport(parsed.filters), filterNames(parsed.filters)]);
    if (!selection.ok) return tooManyRows(selection.total, selection.max);
    const body = xlsxStream(selection.batches(), {
      title: describeSelection(parsed.filters, names),
      onError: (error) => console.error(`[api] ${context} (midden in de download):`, error),
    });
    return downloadResponse(body, XLSX_TYPE, exportFilename(today(), "xlsx"));
  } catch (error) {
    return internalError(error, context);
  }
}
