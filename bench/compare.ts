// Before measuring: do both servers answer the same? A bare server that returns less (or errors) would be
// "faster" for the wrong reason, so a mismatch is reported next to the numbers. Pages cannot be compared byte for
// byte with the bare server's JSON; for them the check is that the app serves the signed-in page with every section
// rendered (none left as a loading skeleton or replaced by an error), and the same total as the bare server's SQL.
import type { Endpoint } from "./endpoints";

export interface Comparison {
  endpoint: string;
  kind: Endpoint["kind"];
  path: string;
  /** api: same JSON; page: the page is complete and agrees with the SQL */
  identical: boolean;
  appBytes: number;
  bareBytes: number;
  note?: string;
}

async function fetchBody(url: string, headers?: Record<string, string>): Promise<{ status: number; text: string; location: string | null }> {
  const res = await fetch(url, { headers, redirect: "manual" });
  return { status: res.status, text: await res.text(), location: res.headers.get("location") };
}

// `next` is an absolute URL and so names the server's own port; everything else must match byte for byte.
function normalise(text: string): string {
  const body = JSON.parse(text) as Record<string, unknown>;
  if ("next" in body && typeof body.next === "string") body.next = body.next.replace(/^http:\/\/[^/]+/, "");
  return JSON.stringify(body);
}

/** Rendered sections of the dashboard: every <section> that is not a loading skeleton (aria-busy). */
export function renderedSections(html: string): number {
  const sections = html.match(/<section aria-labelledby="/g)?.length ?? 0;
  const skeletons = html.match(/aria-busy="true"/g)?.length ?? 0;
  return sections - skeletons;
}

export const DASHBOARD_SECTIONS = 6;

function checkPage(html: string, bareJson: string): { ok: boolean; note: string } {
  const rendered = renderedSections(html);
  if (rendered !== DASHBOARD_SECTIONS) return { ok: false, note: `${rendered} of ${DASHBOARD_SECTIONS} sections rendered` };
  const counts = (JSON.parse(bareJson) as { counts?: Array<{ count: number }> }).counts ?? [];
  const total = counts.reduce((sum, r) => sum + r.count, 0).toLocaleString("nl-NL");
  if (!html.includes(`>${total}<`)) return { ok: false, note: `total ${total} from the SQL not on the page` };
  return { ok: true, note: `${rendered} sections rendered, total ${total} as in the SQL` };
}

const NUMBERS = /TZ-\d{4}-\d{4,}/g;
const TOTAL = /([\d.]+) toezegging(?:en)? gevonden|(\d+) toezeggingen in dit dossier, waarvan (\d+)/;

/** A public page: the app's HTML shows every commitment the bare page shows, and the same total. */
function checkHtml(appHtml: string, bareHtml: string): { ok: boolean; note: string } {
  const bareNumbers = [...new Set(bareHtml.match(NUMBERS) ?? [])];
  const appNumbers = new Set(appHtml.match(NUMBERS) ?? []);
  const missing = bareNumbers.filter((n) => !appNumbers.has(n));
  if (missing.length) return { ok: false, note: `${missing.length} of ${bareNumbers.length} commitments not on the app's page (${missing[0]} …)` };
  const total = TOTAL.exec(bareHtml)?.[0];
  if (total && !appHtml.replace(/<!-- -->/g, "").includes(total)) return { ok: false, note: `"${total}" not on the app's page` };
  return { ok: true, note: `same ${bareNumbers.length} commitments${total ? `, "${total}"` : ""}` };
}

export async function compareResponses(endpoints: Endpoint[], appUrl: string, bareUrl: string): Promise<Comparison[]> {
  const out: Comparison[] = [];
  for (const endpoint of endpoints) {
    const path = endpoint.paths[1] ?? endpoint.paths[0]!;
    const [app, bare] = await Promise.all([fetchBody(appUrl + path, endpoint.headers), fetchBody(bareUrl + path, endpoint.headers)]);
    const base = { endpoint: endpoint.name, kind: endpoint.kind, path, appBytes: app.text.length, bareBytes: bare.text.length };
    if (app.status !== 200 || bare.status !== 200) {
      const where = app.location ? ` to ${app.location}` : "";
      out.push({ ...base, identical: false, note: `HTTP ${app.status}${where} (app) vs ${bare.status} (bare)` });
      continue;
    }
    if (endpoint.kind === "html") {
      const check = checkHtml(app.text, bare.text);
      out.push({ ...base, identical: check.ok, note: check.note });
      continue;
    }
    if (endpoint.kind === "page") {
      const check = checkPage(app.text, bare.text);
      out.push({ ...base, identical: check.ok, note: check.note });
      continue;
    }
    const identical = normalise(app.text) === normalise(bare.text);
    out.push({ ...base, identical, note: identical ? undefined : "bodies differ" });
  }
  return out;
}
