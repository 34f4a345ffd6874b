// The baseline: the benchmarked API endpoints on a bare node:http server with a pg.Pool and nothing else (no
// Next.js, no Prisma). Same validation, SQL, row mapping and JSON as app/api/v1/commitments, so app/bare
// throughput is what the framework and the ORM cost. Run as its own process by bench/run.ts:
//   PORT=4000 DATABASE_URL=postgresql://… DATABASE_POOL_SIZE=32 [BARE_DRIVER=prisma] [BENCH_USER_ID=…] node --import tsx bench/bare-server.ts
//
// It also answers /overzicht, the dashboard, but only with the same SQL (bench/dashboard-queries.ts: the user
// named by BENCH_USER_ID, the filter options, the sections' queries) returned as JSON: no session cookie is
// decoded and no HTML rendered. That is a floor for the page, not a like-for-like baseline (see bench/README.md).
import http from "node:http";
import { today } from "@/lib/data/clock";
import { parseDatabaseUrl } from "@/lib/platform/pg-connection";
import { isCommitmentNumber } from "@/lib/validation/commitment-number";
import { filtersToSearchParams, parseCommitmentFilters } from "@/lib/validation/commitment-filters";
import { parseDashboardParams } from "@/lib/dashboard/params";
import { BARE_DRIVERS, createRunner, type BareDriver } from "./bare-drivers";
import { detailHtml, documentHtml, dossierHtml, listHtml, type BarePage } from "./bare-pages";
import { commitmentByNumber, listPage } from "./bare-queries";
import { dashboardData } from "./dashboard-queries";

const LIST_PATH = "/api/v1/commitments";
const DASHBOARD_PATH = "/overzicht";
const dashboardUserId = process.env.BENCH_USER_ID;

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("DATABASE_URL is not set");
const driver = (process.env.BARE_DRIVER ?? "pg") as BareDriver;
if (!BARE_DRIVERS.includes(driver)) throw new Error(`BARE_DRIVER must be one of ${BARE_DRIVERS.join(", ")}`);
const db = await createRunner(driver, parseDatabaseUrl(databaseUrl), Number(process.env.DATABASE_POOL_SIZE) || 32);

// The headers lib/api/responses.ts json() sets, so both servers send comparable responses.
function send(res: http.ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": status < 400 ? "application/json" : "application/problem+json",
    "Content-Length": Buffer.byteLength(payload),
    "Cache-Control": "no-store",
    "Access-Control-Allow-Origin": "*",
  });
  res.end(payload);
}

const problem = (status: number, detail: string) => ({ type: "about:blank", status, detail });

function sendHtml(res: http.ServerResponse, page: BarePage): void {
  res.writeHead(page.status, { "Content-Type": "text/html; charset=utf-8", "Content-Length": Buffer.byteLength(page.html), "Cache-Control": "no-store" });
  res.end(page.html);
}

/** The public HTML pages (bench/bare-pages.ts), or null for another path. */
async function publicPage(url: URL): Promise<BarePage | null> {
  const [, section, rest, extra] = url.pathname.split("/");
  if (extra !== undefined) return null;
  const segment = rest === undefined ? undefined : decodeURIComponent(rest);
  if (section === "toezeggingen" && segment === undefined) return listHtml(db.run, url.searchParams, today());
  if (section === "toezeggingen" && segment) return detailHtml(db.run, segment, today());
  if (section === "documenten" && segment) return documentHtml(db.run, segment);
  if (section === "dossiers" && segment) return dossierHtml(db.run, segment, today());
  return null;
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
  if (req.method !== "GET") return send(res, 405, problem(405, "only GET"));
  const page = await publicPage(url);
  if (page) return sendHtml(res, page);
  if (url.pathname === LIST_PATH) {
    const parsed = parseCommitmentFilters(url.searchParams);
    if (!parsed.ok) return send(res, 400, { ...problem(400, "Ongeldige parameter"), errors: parsed.errors });
    if (parsed.filters.page) return send(res, 400, problem(400, "de API pagineert met cursor; gebruik limit en cursor"));
    const page = await listPage(db.run, parsed.filters, today());
    const next = page.nextCursor ? `${url.origin}${url.pathname}?${filtersToSearchParams({ ...parsed.filters, cursor: page.nextCursor })}` : null;
    return send(res, 200, { items: page.items, nextCursor: page.nextCursor, next });
  }
  if (url.pathname === DASHBOARD_PATH) {
    if (!dashboardUserId) return send(res, 500, problem(500, "BENCH_USER_ID is not set"));
    // The shape Next.js gives a page's searchParams: one string, or an array for a repeated name.
    const raw: Record<string, string | string[]> = {};
    for (const key of new Set(url.searchParams.keys())) {
      const all = url.searchParams.getAll(key);
      raw[key] = all.length > 1 ? all : all[0]!;
    }
    const parsed = parseDashboardParams(raw);
    if (!parsed.ok) return send(res, 400, { ...problem(400, "Ongeldige parameter"), errors: parsed.errors });
    if (parsed.view !== "overzicht") return send(res, 400, problem(400, "only the overzicht view"));
    const data = await dashboardData(db.run, dashboardUserId, parsed.filters, today());
    return data ? send(res, 200, data) : send(res, 401, problem(401, "unknown or disabled user"));
  }
  if (url.pathname.startsWith(`${LIST_PATH}/`)) {
    const number = decodeURIComponent(url.pathname.slice(LIST_PATH.length + 1));
    if (!isCommitmentNumber(number)) return send(res, 400, problem(400, `"${number}" is geen toezeggingnummer`));
    const commitment = await commitmentByNumber(db.run, number, today());
    return commitment ? send(res, 200, commitment) : send(res, 404, problem(404, `Toezegging ${number} bestaat niet.`));
  }
  send(res, 404, problem(404, "not found"));
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error("[bare] ", error);
    if (!res.headersSent) send(res, 500, problem(500, "Interne fout"));
  });
});

const port = Number(process.env.PORT) || 4000;
server.listen(port, "127.0.0.1", () => console.log(`[bare] ${driver} driver, listening on http://127.0.0.1:${port}`));

function shutdown(): void {
  server.close();
  void db.close().finally(() => process.exit(0));
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
