// What the export and feed routes share: the list's filters from the query string (without paging: an export
// holds every matching commitment), and the response headers of a download or a feed.
import { badRequest, problem } from "@/lib/api/responses";
import { parseCommitmentFilters, type CommitmentFilters } from "@/lib/validation/commitment-filters";

const PAGING_PARAMETERS = ["page", "limit", "cursor"] as const;

export type ExportRequest = { ok: true; url: URL; filters: CommitmentFilters; extra: Record<string, string[]> } | { ok: false; response: Response };

/**
 * Parses the list's filters; `extra` names parameters of this route only (e.g. the feed's `since`), returned
 * apart. Every bad parameter is named in one 400, as the JSON API does.
 */
export function parseExportRequest(request: Request, options: { extra?: readonly string[] } = {}): ExportRequest {
  const url = new URL(request.url);
  const params = new URLSearchParams(url.searchParams);
  const extra: Record<string, string[]> = {};
  for (const key of options.extra ?? []) {
    if (params.has(key)) extra[key] = params.getAll(key);
    params.delete(key);
  }
  // A Map, not an object: the keys are the client's parameter names, "constructor" and "__proto__" included.
  const errors = new Map<string, string[]>();
  for (const key of PAGING_PARAMETERS) {
    if (!params.has(key)) continue;
    errors.set(key, ["niet toegestaan: een export of feed bevat alle toezeggingen die aan de filters voldoen"]);
    params.delete(key);
  }
  const parsed = parseCommitmentFilters(params);
  if (!parsed.ok) for (const [key, messages] of Object.entries(parsed.errors)) errors.set(key, [...(errors.get(key) ?? []), ...messages]);
  if (errors.size || !parsed.ok) return { ok: false, response: badRequest(Object.fromEntries(errors)) };
  return { ok: true, url, filters: parsed.filters, extra };
}

/** "toezeggingen-2026-11-29.csv": the day (in the Netherlands) the export was made. */
export function exportFilename(today: string, extension: string): string {
  return `toezeggingen-${today}.${extension}`;
}

export function downloadResponse(body: BodyInit, contentType: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "Access-Control-Allow-Origin": "*",
    },
  });
}

/** A feed or calendar; its caching (ETag, Cache-Control) is lib/api/cached-get's. */
export function feedResponse(body: string, contentType: string): Response {
  return new Response(body, { headers: { "Content-Type": contentType, "Access-Control-Allow-Origin": "*" } });
}

export function tooManyRows(total: number, max: number): Response {
  const n = (x: number) => x.toLocaleString("nl-NL");
  return problem(
    400,
    "Te veel toezeggingen voor één export",
    `Deze selectie bevat ${n(total)} toezeggingen; een export bevat er hoogstens ${n(max)}. Verfijn de filters.`,
    { total, max },
  );
}
