import { cachedGet } from "@/lib/api/cached-get";
// An Atom feed of changes (new commitments, status changes, deadline re-sets) to the commitments matching the
// list's filters. `since` (a date or date-time) gives every change from then on instead of the last 100.
import { badRequest, internalError } from "@/lib/api/responses";
import { listChanges } from "@/lib/data/changes";
import { filterNames } from "@/lib/data/reference-data";
import { describeSelection } from "@/lib/export/filter-description";
import { feedResponse, parseExportRequest } from "@/lib/export/http";
import { publicOrigin } from "@/lib/export/origin";
import { parseSince } from "@/lib/export/since";
import { buildChangesFeed } from "@/lib/export/atom";
import { filtersToSearchParams } from "@/lib/validation/commitment-filters";

export function GET(request: Request) {
  return cachedGet(request, () => readFeed(request));
}

async function readFeed(request: Request) {
  const parsed = parseExportRequest(request, { extra: ["since"] });
  if (!parsed.ok) return parsed.response;
  const { filters, url } = parsed;
  const since = parseSince(parsed.extra.since);
  if (!since.ok) return badRequest({ since: [since.message] });
  try {
    const [changes, names] = await Promise.all([listChanges(filters, { since: since.value }), filterNames(filters)]);
    const origin = publicOrigin(url);
    const query = filtersToSearchParams(filters).toString();
    const feed = buildChangesFeed(changes, {
      origin,
      selfUrl: `${origin}${url.pathname}${url.search}`,
      listUrl: `${origin}/toezeggingen${query ? `?${query}` : ""}`,
      selection: describeSelection(filters, names),
    });
    return feedResponse(feed, "application/atom+xml; charset=utf-8");
  } catch (error) {
    return internalError(error, `GET ${url.pathname}${url.search}`);
  }
}
