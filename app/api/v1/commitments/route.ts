import { cachedGet } from "@/lib/api/cached-get";
import { badRequest, internalError, json } from "@/lib/api/responses";
import { apiUser, writeResponse, readJson, runWrite } from "@/lib/api/writes";
import { createCommitment } from "@/lib/data/commitment-create";
import { InvalidCursorError } from "@/lib/data/commitment-list-sql";
import { listCommitments } from "@/lib/data/commitments";
import { publicOrigin } from "@/lib/export/origin";
import { filtersToSearchParams, parseCommitmentFilters } from "@/lib/validation/commitment-filters";

export function GET(request: Request) {
  return cachedGet(request, () => readList(request));
}

async function readList(request: Request) {
  const url = new URL(request.url);
  const parsed = parseCommitmentFilters(url.searchParams);
  if (!parsed.ok) return badRequest(parsed.errors);
  if (parsed.filters.page) return badRequest({ page: ["de API pagineert met cursor; gebruik limit en cursor"] });
  try {
    const page = await listCommitments(parsed.filters);
    const next = page.nextCursor ? `${publicOrigin(url)}${url.pathname}?${filtersToSearchParams({ ...parsed.filters, cursor: page.nextCursor })}` : null;
    return json({ items: page.items, nextCursor: page.nextCursor, next });
  } catch (error) {
    if (error instanceof InvalidCursorError) return badRequest({ cursor: [error.message] });
    return internalError(error, `GET ${url.pathname}${url.search}`);
  }
}

export async function POST(request: Request) {
  return runWrite("POST /api/v1/commitments", async () => {
    const user = await apiUser(request);
    const body = await readJson(request);
    if (!body.ok) return user ? body.response : writeResponse(await createCommitment(null, {}), 201);
    return writeResponse(await createCommitment(user, body.body), 201, (n) => `/api/v1/commitments/${n}`);
  });
}
