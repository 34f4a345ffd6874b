// The three measured endpoints and the request paths each cycles through.
import pg from "pg";
import type { PgConnectionParams } from "@/lib/platform/pg-connection";
import { MINISTRIES } from "./dataset/reference-data";
import { SEARCH_WORDS } from "./dataset/words";

export type EndpointName = "list" | "search" | "detail";

export interface Endpoint {
  name: EndpointName;
  /** shown in the report */
  description: string;
  paths: string[];
}

const API = "/api/v1/commitments";
const LIST = `${API}?status=open&sort=deadline&limit=25`;
const DETAIL_SAMPLE = 500;

export async function benchEndpoints(params: PgConnectionParams): Promise<Endpoint[]> {
  const client = new pg.Client({ ...params });
  await client.connect();
  let numbers: string[];
  try {
    // Random existing numbers, so detail requests spread over the table instead of hitting one cached row.
    const rows = await client.query<{ number: string }>(`SELECT number FROM commitment ORDER BY random() LIMIT ${DETAIL_SAMPLE}`);
    numbers = rows.rows.map((r) => r.number);
  } finally {
    await client.end();
  }
  // Every other list request filters on a ministry: the unfiltered page is the one a cache would love most.
  const list = MINISTRIES.flatMap((m) => [LIST, `${LIST}&ministry=${m.code}`]);
  return [
    { name: "list", description: `${LIST} (+ &ministry=… on every other request)`, paths: list },
    { name: "search", description: `${API}?q=<${SEARCH_WORDS.length} words>&limit=25`, paths: SEARCH_WORDS.map((w) => `${API}?q=${encodeURIComponent(w)}&limit=25`) },
    { name: "detail", description: `${API}/TZ-<year>-<nnnn> (${numbers.length} random numbers)`, paths: numbers.map((n) => `${API}/${n}`) },
  ];
}
