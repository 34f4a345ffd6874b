// The deadlines of the commitments matching the list's filters as an iCalendar, to subscribe to (webcal).
import { cachedGet } from "@/lib/api/cached-get";
import { internalError } from "@/lib/api/responses";
import { MAX_CALENDAR_ROWS, selectForExport } from "@/lib/data/exports";
import { filterNames } from "@/lib/data/reference-data";
import { describeSelection } from "@/lib/export/filter-description";
import { feedResponse, parseExportRequest, tooManyRows } from "@/lib/export/http";
import { buildCalendar } from "@/lib/export/ics";
import { publicOrigin } from "@/lib/export/origin";
import { COMMITMENT_STATUSES } from "@/lib/commitment/status";

// Fulfilled commitments need no reminder: they are in the calendar only when the status filter asks for them.
const WITHOUT_FULFILLED = COMMITMENT_STATUSES.filter((s) => s !== "fulfilled");

// Calendar clients poll the same few URLs every hour: built once per state of the register (lib/api/cached-get).
export function GET(request: Request) {
  return cachedGet(request, () => readCalendar(request));
}

async function readCalendar(request: Request) {
  const parsed = parseExportRequest(request);
  if (!parsed.ok) return parsed.response;
  const { filters, url } = parsed;
  try {
    const selected = { ...filters, status: filters.status ?? WITHOUT_FULFILLED };
    const [selection, names] = await Promise.all([selectForExport(selected, { max: MAX_CALENDAR_ROWS }), filterNames(filters)]);
    if (!selection.ok) return tooManyRows(selection.total, selection.max);
    const origin = publicOrigin(url);
    const calendar = await buildCalendar(selection.batches(), { origin, name: describeSelection(filters, names) });
    return feedResponse(calendar, "text/calendar; charset=utf-8");
  } catch (error) {
    return internalError(error, `GET ${url.pathname}${url.search}`);
  }
}
