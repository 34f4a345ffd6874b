// The deadlines of the commitments matching the list's filters as an iCalendar, to subscribe to (webcal).
import { internalError } from "@/lib/api/responses";
import { MAX_CALENDAR_ROWS, selectForExport } from "@/lib/data/exports";
import { filterNames } from "@/lib/data/reference-data";
import { freshRegisterFingerprint } from "@/lib/data/register-cache";
import { cachedCalendar } from "@/lib/export/calendar-cache";
import { describeSelection } from "@/lib/export/filter-description";
import { feedResponse, parseExportRequest, tooManyRows } from "@/lib/export/http";
import { buildCalendar } from "@/lib/export/ics";
import { publicOrigin } from "@/lib/export/origin";
import { filtersToSearchParams } from "@/lib/validation/commitment-filters";
import { COMMITMENT_STATUSES } from "@/lib/commitment/status";

// Fulfilled commitments need no reminder: they are in the calendar only when the status filter asks for them.
const WITHOUT_FULFILLED = COMMITMENT_STATUSES.filter((s) => s !== "fulfilled");

export async function GET(request: Request) {
  const parsed = parseExportRequest(request);
  if (!parsed.ok) return parsed.response;
  const { filters, url } = parsed;
  try {
    const selected = { ...filters, status: filters.status ?? WITHOUT_FULFILLED };
    const [selection, names, fingerprint] = await Promise.all([
      selectForExport(selected, { max: MAX_CALENDAR_ROWS }),
      filterNames(filters),
      freshRegisterFingerprint(),
    ]);
    if (!selection.ok) return tooManyRows(selection.total, selection.max);
    const origin = publicOrigin(url);
    // the fingerprint holds today ("overdue" in the filters depends on it)
    const key = [fingerprint, origin, filtersToSearchParams(filters).toString()].join("|");
    const calendar = await cachedCalendar(key, () => buildCalendar(selection.batches(), { origin, name: describeSelection(filters, names) }));
    return feedResponse(calendar, "text/calendar; charset=utf-8");
  } catch (error) {
    return internalError(error, `GET ${url.pathname}${url.search}`);
  }
}
