// Hostile input is harmless: over a thousand generated malformed requests over every route and server action, as
// every kind of caller, answer 4xx (never 5xx) with a message and the security headers, and change nothing in the
// register. Then one test per finding of the probe that led to issue 9.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { differences, embeddedDatabaseUrl, fingerprint } from "./hostile/fingerprint";
import { send, type RawRequest, type RawResponse } from "./hostile/raw-http";
import { actionRequests, discoverActions, discoverRoutes, type GeneratedRequest, type Identity, routeRequests } from "./hostile/requests";
import { signedInAccount, signedInAs } from "./support";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const ORIGIN = `http://localhost:${PORT}`;
const DATA_DIR = process.env.E2E_DATA_DIR ?? "data/e2e";
const CONCURRENCY = 4;

let identities: Identity[] = [];
let adminCookie = "";
let adminToken = "";

test.beforeAll(() => {
  // The admin the setup project signed in once: its session cookie, and a token of its own made as ops would.
  const admin = signedInAccount("admin");
  const state = JSON.parse(readFileSync(signedInAs("admin"), "utf8")) as { cookies: Array<{ name: string; value: string }> };
  adminCookie = state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  adminToken = execFileSync("npm", ["run", "-s", "token:create", "--", "--email", admin.email, "--name", `Vijandige verzoeken ${Date.now().toString(36)}`], {
    env: { ...process.env, TZR_DATA_DIR: DATA_DIR, DATABASE_URL: "" },
    encoding: "utf8",
  }).trim();
  identities = [
    { name: "anoniem", headers: {} },
    { name: "beheerder (cookie)", headers: { Cookie: adminCookie } },
    { name: "beheerder (token)", headers: { Authorization: `Bearer ${adminToken}` } },
    { name: "ongeldige token", headers: { Authorization: "Bearer tzr_dit-is-geen-token" } },
  ];
});

function explain(request: RawRequest & { identity?: string }, response: RawResponse): string {
  return `${response.status} ← ${request.method} ${request.target.slice(0, 100)} (${request.identity ?? "?"}, ${request.headers?.["Content-Type"] ?? "-"}): ${response.body.slice(0, 160)}`;
}

async function sendAll(requests: GeneratedRequest[]): Promise<Array<{ request: GeneratedRequest; response: RawResponse }>> {
  const results: Array<{ request: GeneratedRequest; response: RawResponse }> = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) {
        const request = requests[next++]!;
        results.push({ request, response: await send(PORT, request) });
      }
    }),
  );
  return results;
}

test("2,400 generated malformed requests over every route and server action: no 5xx, a message, nothing changed", async () => {
  test.setTimeout(600_000);
  const routes = discoverRoutes();
  const actions = discoverActions();
  expect(routes).toContain("/api/v1/commitments/[number]/status");
  expect(actions.map((a) => a.name)).toContain("updateCommitmentAction");
  // Well-formed action calls (which may change data) are not sent as a signed-in user: each broken call below is.
  const actionCalls = actionRequests(actions, identities.slice(0, 2), ORIGIN);
  const requests = [...actionCalls, ...routeRequests(routes, identities, 2_400 - actionCalls.length, 20221221)];
  expect(requests.length).toBe(2_400);

  const databaseUrl = embeddedDatabaseUrl(DATA_DIR);
  const before = await fingerprint(databaseUrl);
  const results = await sendAll(requests);
  const after = await fingerprint(databaseUrl);

  const serverErrors = results.filter(({ response }) => response.status >= 500).map(({ request, response }) => explain(request, response));
  expect(serverErrors).toEqual([]);
  const refusedSilently = results
    .filter(({ request, response }) => response.status >= 400 && request.method !== "HEAD" && response.body.trim() === "")
    .map(({ request, response }) => explain(request, response));
  expect(refusedSilently).toEqual([]);
  const withoutHeaders = results
    .filter(({ response }) => response.headers["x-content-type-options"] !== "nosniff")
    .map(({ request, response }) => explain(request, response));
  expect(withoutHeaders).toEqual([]);
  expect(differences(before, after)).toEqual({});
  // The suite is worth its name only when most requests were refused, not answered as ordinary pages.
  const refused = results.filter(({ response }) => response.status >= 400).length;
  expect(refused).toBeGreaterThan(requests.length / 2);
  console.log(`[vijandig] ${results.length} verzoeken: ${refused} geweigerd (4xx), ${results.length - refused} beantwoord (2xx/3xx), 0 × 5xx`);
});

const get = (target: string, headers: Record<string, string> = {}): RawRequest => ({ method: "GET", target, headers });
const FINDINGS: Array<{ finding: string; request: () => RawRequest; status: number; message: RegExp }> = [
  {
    finding: "?minister=2147483648 on the list page (shown on the page)",
    request: () => get("/toezeggingen?minister=2147483648"),
    status: 200,
    message: /onbekende bewindspersoon/,
  },
  { finding: "?minister=2147483648 in the API", request: () => get("/api/v1/commitments?minister=2147483648"), status: 400, message: /minister/ },
  { finding: "?minister=2147483648 in the CSV", request: () => get("/api/v1/commitments.csv?minister=2147483648"), status: 400, message: /minister/ },
  { finding: "?minister=2147483648 in the XLSX", request: () => get("/api/v1/commitments.xlsx?minister=2147483648"), status: 400, message: /minister/ },
  { finding: "?minister=2147483648 in the calendar", request: () => get("/api/v1/commitments.ics?minister=2147483648"), status: 400, message: /minister/ },
  { finding: "?minister=2147483648 in the feed", request: () => get("/api/v1/changes.atom?minister=2147483648"), status: 400, message: /minister/ },
  {
    finding: "a cursor with id ≥ 2^31",
    request: () => get(`/api/v1/commitments?cursor=${Buffer.from('{"v":"2021-11-30","id":2147483648}').toString("base64url")}`),
    status: 400,
    message: /cursor/,
  },
  {
    finding: "a cursor with date 0000-01-01",
    request: () => get(`/api/v1/commitments?cursor=${Buffer.from('{"v":"0000-01-01","id":5}').toString("base64url")}`),
    status: 400,
    message: /cursor/,
  },
  { finding: "changes.atom?since=0000-01-01", request: () => get("/api/v1/changes.atom?since=0000-01-01"), status: 400, message: /since/ },
  { finding: "a malformed percent escape in the path", request: () => get("/toezeggingen/%ZZ"), status: 400, message: /%-reeks/ },
  { finding: "TRACE", request: () => ({ method: "TRACE", target: "/toezeggingen" }), status: 405, message: /TRACE wordt hier niet ondersteund/ },
  {
    finding: "an unknown method Node itself rejects",
    request: () => ({ method: "FOO", target: "/toezeggingen" }),
    status: 400,
    message: /geen geldig HTTP-verzoek/,
  },
  {
    finding: "a method the route has not",
    request: () => ({ method: "PUT", target: "/api/v1/commitments.csv" }),
    status: 405,
    message: /PUT wordt op dit adres niet ondersteund/,
  },
  { finding: "an unparseable callbackUrl", request: () => get("/api/auth/signin?callbackUrl=http%3A%2F%2F%5B"), status: 302, message: /.*/ },
  {
    finding: "a server action body over 11 MB",
    request: () => ({
      method: "POST",
      target: "/wachtwoord-vergeten",
      headers: {
        "Next-Action": discoverActions()[0]!.id,
        "Content-Type": "multipart/form-data; boundary=grens",
        Origin: ORIGIN,
        "Transfer-Encoding": "chunked",
      },
      body: chunked(12 * 1024 * 1024),
    }),
    status: 413,
    message: /te groot/,
  },
  {
    finding: "a foreign Origin on a server action",
    request: () => ({
      method: "POST",
      target: "/wachtwoord-vergeten",
      headers: { "Next-Action": discoverActions()[0]!.id, "Content-Type": "multipart/form-data; boundary=grens", Origin: "http://evil.example" },
      body: "--grens--\r\n",
    }),
    status: 403,
    message: /andere website/,
  },
  {
    finding: "a server action with arguments that are no form",
    request: () => ({
      method: "POST",
      target: "/wachtwoord-vergeten",
      headers: { "Next-Action": discoverActions()[0]!.id, "Content-Type": "text/plain;charset=UTF-8", Origin: ORIGIN },
      body: '["$K1"]',
    }),
    status: 400,
    message: /onvolledig of beschadigd/,
  },
  {
    finding: "a server action id the build does not have",
    request: () => ({
      method: "POST",
      target: "/wachtwoord-vergeten",
      headers: { "Next-Action": "ab".repeat(21), "Content-Type": "multipart/form-data; boundary=grens", Origin: ORIGIN },
      body: "--grens--\r\n",
    }),
    status: 404,
    message: /bestaat niet/,
  },
];

function chunked(size: number): Buffer {
  const piece = Buffer.alloc(1024 * 1024, "a");
  const parts: Buffer[] = [];
  for (let sent = 0; sent < size; sent += piece.length) parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from("\r\n"));
  parts.push(Buffer.from("0\r\n\r\n"));
  return Buffer.concat(parts);
}

for (const { finding, request, status, message } of FINDINGS) {
  test(`finding: ${finding} answers ${status} with a message and the security headers`, async () => {
    const response = await send(PORT, request());
    expect(response.status, response.body.slice(0, 300)).toBe(status);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.body).toMatch(message);
  });
}

test("finding: a lone surrogate in a text field is refused by name, and stale versions on status and deadline answer 409", async () => {
  const auth = { Authorization: `Bearer ${adminToken}`, "Content-Type": "application/json" };
  const current = JSON.parse((await send(PORT, get("/api/v1/commitments/TZ-2021-0005"))).body) as { version: number; title: string };
  const surrogate = await send(PORT, {
    method: "PATCH",
    target: "/api/v1/commitments/TZ-2021-0005",
    headers: auth,
    body: `{"title":"Inspectie \\ud800","version":${current.version}}`,
  });
  expect(surrogate.status).toBe(400);
  expect(surrogate.body).toMatch(/title/);
  const status = await send(PORT, {
    method: "POST",
    target: "/api/v1/commitments/TZ-2021-0005/status",
    headers: auth,
    body: `{"to":"fulfilled","version":${current.version + 7}}`,
  });
  expect(status.status, status.body).toBe(409);
  const deadline = await send(PORT, {
    method: "POST",
    target: "/api/v1/commitments/TZ-2021-0005/deadline",
    headers: auth,
    body: `{"deadlinePhrase":"voor 1 juni 2027","reason":"Nieuwe planning","version":${current.version + 7}}`,
  });
  expect(deadline.status, deadline.body).toBe(409);
  const after = JSON.parse((await send(PORT, get("/api/v1/commitments/TZ-2021-0005"))).body) as { version: number; title: string };
  expect(after).toMatchObject({ version: current.version, title: current.title });
});
