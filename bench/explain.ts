// EXPLAIN ANALYZE of the SQL behind one request of each endpoint, so the report can tell database time from
// server overhead, and a slow plan (a sort over every match, a sequential scan) shows up by name.
import pg from "pg";
import type { SqlQuery } from "@/lib/data/commitment-list-sql";
import { buildCommitmentByNumberQuery, buildCommitmentCountQuery, buildCommitmentListQuery } from "@/lib/data/commitment-list-sql";
import { parseDashboardParams } from "@/lib/dashboard/params";
import type { PgConnectionParams } from "@/lib/platform/pg-connection";
import { DEFAULT_LIMIT, parseCommitmentFilters } from "@/lib/validation/commitment-filters";
import { pageQueries, sectionQueries } from "./dashboard-queries";

export interface QueryPlan {
  query: string;
  planningMs: number;
  executionMs: number;
  /** plan nodes worth a look: sequential scans, sorts, and how the sort was done */
  notable: string[];
  plan: string;
}

export interface EndpointPlans {
  endpoint: string;
  path: string;
  queries: QueryPlan[];
  /** pages: the query names of each round; a round's queries run side by side, the rounds one after another */
  rounds?: string[][];
}

const NOTABLE = /Seq Scan|Sort Method|Bitmap Heap Scan|Index Scan|Index Only Scan|Rows Removed by Filter/;

async function explain(client: pg.Client, name: string, sql: SqlQuery): Promise<QueryPlan> {
  // Run twice and keep the second: the first pays for cold caches that a server under load does not.
  await client.query(`EXPLAIN (ANALYZE) ${sql.text}`, sql.values);
  const result = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values);
  const lines = result.rows.map((r) => r["QUERY PLAN"]);
  const ms = (label: string) => Number(lines.find((l) => l.startsWith(label))?.match(/([\d.]+) ms/)?.[1] ?? NaN);
  return {
    query: name,
    planningMs: ms("Planning Time"),
    executionMs: ms("Execution Time"),
    notable: lines.filter((l) => NOTABLE.test(l)).map((l) => l.trim()),
    plan: lines.join("\n"),
  };
}

/**
 * Plans for one sample path per endpoint present: `list` and `search` are API list URLs, `detail` a commitment
 * number, `pages` dashboard URLs (every query of one request, as the signed-in user `userId`).
 */
export async function explainEndpoints(
  params: PgConnectionParams,
  samples: {
    list?: string;
    search?: string;
    detailNumber?: string;
    /** public web list pages (/toezeggingen?…): their page query by page number and their count */
    web?: Array<{ endpoint: string; path: string }>;
    pages?: Array<{ endpoint: string; path: string }>;
    userId?: string;
  },
  today: string,
): Promise<EndpointPlans[]> {
  const client = new pg.Client({ ...params });
  await client.connect();
  try {
    const out: EndpointPlans[] = [];
    for (const [endpoint, path] of [
      ["list", samples.list],
      ["search", samples.search],
    ] as const) {
      if (!path) continue;
      const parsed = parseCommitmentFilters(new URL(path, "http://x").searchParams);
      if (!parsed.ok) throw new Error(`sample ${path} does not parse: ${JSON.stringify(parsed.errors)}`);
      const sql = buildCommitmentListQuery(parsed.filters, today, { limit: parsed.filters.limit ?? DEFAULT_LIMIT });
      // References and dossiers are part of the same statement, so one plan covers the request.
      out.push({ endpoint, path, queries: [await explain(client, endpoint, sql)] });
    }
    for (const web of samples.web ?? []) {
      const parsed = parseCommitmentFilters(new URL(web.path, "http://x").searchParams);
      if (!parsed.ok) throw new Error(`sample ${web.path} does not parse: ${JSON.stringify(parsed.errors)}`);
      const limit = parsed.filters.limit ?? DEFAULT_LIMIT;
      const offset = ((parsed.filters.page ?? 1) - 1) * limit;
      const { page: _page, limit: _limit, sort: _sort, ...selection } = parsed.filters;
      const queries = [
        await explain(client, "page", buildCommitmentListQuery(parsed.filters, today, { limit, offset })),
        // The app keeps this count until the register changes (lib/data/commitments.ts countCommitments).
        await explain(client, "count (kept)", buildCommitmentCountQuery(selection, today)),
      ];
      out.push({ endpoint: web.endpoint, path: web.path, queries });
    }
    if (samples.detailNumber) {
      const detailSql = buildCommitmentByNumberQuery(samples.detailNumber);
      out.push({ endpoint: "detail", path: `/api/v1/commitments/${samples.detailNumber}`, queries: [await explain(client, "detail", detailSql)] });
    }
    for (const page of samples.pages ?? []) {
      const parsed = parseDashboardParams(Object.fromEntries(new URL(page.path, "http://x").searchParams));
      if (!parsed.ok) throw new Error(`sample ${page.path} does not parse: ${JSON.stringify(parsed.errors)}`);
      const { user, options } = pageQueries(samples.userId ?? "");
      const rounds = [[user], options, sectionQueries(parsed.filters, today)];
      const queries: QueryPlan[] = [];
      for (const round of rounds) for (const [name, sql] of round) queries.push(await explain(client, name, sql));
      out.push({ endpoint: page.endpoint, path: page.path, queries, rounds: rounds.map((r) => r.map(([name]) => name)) });
    }
    return out;
  } finally {
    await client.end();
  }
}
