// The measured endpoints and the request paths each cycles through.
import pg from "pg";
import type { PgConnectionParams } from "@/lib/platform/pg-connection";
import { MINISTRIES } from "./dataset/reference-data";
import { SEARCH_WORDS } from "./dataset/words";

export const ENDPOINT_NAMES = [
  "web-list",
  "web-filtered",
  "web-page40",
  "web-search",
  "web-detail",
  "web-document",
  "web-dossier",
  "web-list-render",
  "web-detail-render",
  "list",
  "search",
  "detail",
  "dashboard",
  "dash-ministry",
  "dash-gzip",
  "dash-render",
] as const;
export type EndpointName = (typeof ENDPOINT_NAMES)[number];

export interface Endpoint {
  name: EndpointName;
  /**
   * api: the bare server answers the same JSON, byte for byte, so app/bare is like-for-like.
   * html: a public HTML page; the bare server shows the same rows as plain HTML (bench/bare-pages.ts).
   * page: a signed-in HTML page; the bare server only runs its SQL and answers JSON, so only p95 is judged.
   */
  kind: "api" | "html" | "page";
  /** shown in the report */
  description: string;
  paths: string[];
  /** sent with every request to both servers: the session cookie for pages (set after sign-in) */
  headers?: Record<string, string>;
}

const API = "/api/v1/commitments";
const LIST = `${API}?status=open&sort=deadline&limit=25`;
const DASHBOARD = "/overzicht";
const DETAIL_SAMPLE = 500;

export async function benchEndpoints(params: PgConnectionParams, only: readonly EndpointName[] = ENDPOINT_NAMES): Promise<Endpoint[]> {
  const client = new pg.Client({ ...params });
  await client.connect();
  let numbers: string[];
  let documents: string[];
  let dossiers: string[];
  try {
    // Random existing numbers, so detail requests spread over the table instead of hitting one cached row.
    const rows = await client.query<{ number: string }>(`SELECT number FROM commitment ORDER BY random() LIMIT ${DETAIL_SAMPLE}`);
    numbers = rows.rows.map((r) => r.number);
    const docs = await client.query<{ id: string }>(`SELECT id FROM document ORDER BY random() LIMIT ${DETAIL_SAMPLE}`);
    documents = docs.rows.map((r) => r.id);
    const keys = await client.query<{ key: string }>(
      "SELECT nummer || CASE WHEN toevoeging = '' THEN '' ELSE '-' || toevoeging END AS key FROM dossier ORDER BY nummer, toevoeging",
    );
    dossiers = keys.rows.map((r) => r.key);
  } finally {
    await client.end();
  }
  // Every other list request filters on a ministry: the unfiltered page is the one a cache would love most.
  const list = MINISTRIES.flatMap((m) => [LIST, `${LIST}&ministry=${m.code}`]);
  const web = "/toezeggingen";
  const all: Endpoint[] = [
    { name: "web-list", kind: "html", description: `${web} (the default view: 25 by deadline, page 1, with the total)`, paths: [web] },
    {
      name: "web-filtered",
      kind: "html",
      description: `${web}?ministry=<${MINISTRIES.length} codes in turn>&status=open`,
      paths: MINISTRIES.map((m) => `${web}?ministry=${encodeURIComponent(m.code)}&status=open`),
    },
    { name: "web-page40", kind: "html", description: `${web}?page=40`, paths: [`${web}?page=40`] },
    {
      name: "web-search",
      kind: "html",
      description: `${web}?q=<${SEARCH_WORDS.length} words>`,
      paths: SEARCH_WORDS.map((w) => `${web}?q=${encodeURIComponent(w)}`),
    },
    { name: "web-detail", kind: "html", description: `${web}/TZ-<year>-<nnnn> (${numbers.length} random numbers)`, paths: numbers.map((n) => `${web}/${n}`) },
    {
      name: "web-document",
      kind: "html",
      description: `/documenten/<id> (${documents.length} random documents)`,
      paths: documents.map((id) => `/documenten/${encodeURIComponent(id)}`),
    },
    {
      name: "web-dossier",
      kind: "html",
      description: `/dossiers/<key> (all ${dossiers.length} dossiers in turn)`,
      paths: dossiers.map((k) => `/dossiers/${k}`),
    },
    // Public pages come from their last render while the register stands still (lib/page-cache/public-pages); these
    // two ask for a fresh render every time (Cache-Control: no-cache), what the first reader after a change costs.
    {
      name: "web-list-render",
      kind: "html",
      description: `${web} with Cache-Control: no-cache: rendered afresh on every request`,
      paths: [web],
      headers: { "Cache-Control": "no-cache" },
    },
    {
      name: "web-detail-render",
      kind: "html",
      description: `${web}/TZ-<year>-<nnnn> with Cache-Control: no-cache: rendered afresh on every request`,
      paths: numbers.map((n) => `${web}/${n}`),
      headers: { "Cache-Control": "no-cache" },
    },
    { name: "list", kind: "api", description: `${LIST} (+ &ministry=… on every other request)`, paths: list },
    {
      name: "search",
      kind: "api",
      description: `${API}?q=<${SEARCH_WORDS.length} words>&limit=25`,
      paths: SEARCH_WORDS.map((w) => `${API}?q=${encodeURIComponent(w)}&limit=25`),
    },
    { name: "detail", kind: "api", description: `${API}/TZ-<year>-<nnnn> (${numbers.length} random numbers)`, paths: numbers.map((n) => `${API}/${n}`) },
    // The whole register (the default view: six sections, eight section queries), and one ministry at a time. While
    // the register stands still the app answers these from the page's last render (lib/page-cache), as it does for a
    // manager who opens the dashboard again; dash-render asks for a fresh render every time (a browser's hard
    // reload), which is what the first view after a change costs.
    { name: "dashboard", kind: "page", description: `${DASHBOARD} signed in as a coordinator: full streamed HTML, all six sections`, paths: [DASHBOARD] },
    {
      name: "dash-ministry",
      kind: "page",
      description: `${DASHBOARD}?ministry=<${MINISTRIES.length} codes in turn>, signed in, full streamed HTML`,
      paths: MINISTRIES.map((m) => `${DASHBOARD}?ministry=${encodeURIComponent(m.code)}`),
    },
    // What a browser asks for: the same kept page, compressed by Next.js on the way out (a response from proxy.ts
    // cannot carry a body that is already compressed: Next.js drops its Content-Encoding).
    {
      name: "dash-gzip",
      kind: "page",
      description: `${DASHBOARD} with Accept-Encoding: gzip, deflate, br, zstd (as Chromium sends it): the kept page, gzipped per response`,
      paths: [DASHBOARD],
      headers: { "Accept-Encoding": "gzip, deflate, br, zstd" },
    },
    {
      name: "dash-render",
      kind: "page",
      description: `${DASHBOARD} with Cache-Control: no-cache: rendered afresh on every request (sections, React, streaming)`,
      paths: [DASHBOARD],
      headers: { "Cache-Control": "no-cache" },
    },
  ];
  return all.filter((e) => only.includes(e.name));
}
