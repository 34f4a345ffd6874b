// Before measuring: do both servers answer the same? A bare server that returns less (or errors) would be
// "faster" for the wrong reason, so a mismatch is reported next to the numbers.
import type { Endpoint } from "./endpoints";

export interface Comparison {
  endpoint: string;
  path: string;
  identical: boolean;
  appBytes: number;
  bareBytes: number;
  note?: string;
}

async function fetchBody(url: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url);
  return { status: res.status, text: await res.text() };
}

// `next` is an absolute URL and so names the server's own port; everything else must match byte for byte.
function normalise(text: string): string {
  const body = JSON.parse(text) as Record<string, unknown>;
  if ("next" in body && typeof body.next === "string") body.next = body.next.replace(/^http:\/\/[^/]+/, "");
  return JSON.stringify(body);
}

export async function compareResponses(endpoints: Endpoint[], appUrl: string, bareUrl: string): Promise<Comparison[]> {
  const out: Comparison[] = [];
  for (const endpoint of endpoints) {
    const path = endpoint.paths[1] ?? endpoint.paths[0]!;
    const [app, bare] = await Promise.all([fetchBody(appUrl + path), fetchBody(bareUrl + path)]);
    const base = { endpoint: endpoint.name, path, appBytes: app.text.length, bareBytes: bare.text.length };
    if (app.status !== 200 || bare.status !== 200) {
      out.push({ ...base, identical: false, note: `HTTP ${app.status} (app) vs ${bare.status} (bare)` });
      continue;
    }
    const identical = normalise(app.text) === normalise(bare.text);
    out.push({ ...base, identical, note: identical ? undefined : "bodies differ" });
  }
  return out;
}
