// Malformed requests, generated: every route the app has (found in app/, not listed by hand) and every server
// action of the build (from its server-reference manifest), each called with hostile paths, parameters, headers
// and bodies, as each kind of caller. Deterministic (a seeded generator), so a failure can be run again.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { mulberry32, picker } from "../../tests/support/random";
import type { RawRequest } from "./raw-http";

export interface Identity {
  name: "anoniem" | "beheerder (cookie)" | "beheerder (token)" | "ongeldige token";
  headers: Record<string, string>;
}

export interface GeneratedRequest extends RawRequest {
  identity: Identity["name"];
}

/** URL patterns of every page and route handler, from the files under app/ ("(group)" folders left out). */
export function discoverRoutes(appDir = "app"): string[] {
  const found: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
      else if (entry.name === "page.tsx" || entry.name === "route.ts") found.push(`/${segments.join("/")}`);
    }
  };
  walk(appDir, []);
  return [...new Set(found)].sort();
}

export interface ServerAction {
  id: string;
  name: string;
  /** The page the action belongs to, where a browser posts it. */
  page: string;
}

export function discoverActions(manifestFile = ".next/server/server-reference-manifest.json"): ServerAction[] {
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as {
    node: Record<string, { exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    const page = `/${worker
      .replace(/^app\//, "")
      .replace(/\/?page$/, "")
      .split("/")
      .filter((s) => !/^\(.*\)$/.test(s))
      .join("/")}`;
    return { id, name: entry.exportedName, page: page.replace(/\[[^\]]+\]/g, "TZ-2019-0001") };
  });
}

const SEGMENTS = [
  "TZ-2019-0001",
  "TZ-9999-99999",
  "%ZZ",
  "%00",
  "%01",
  "%ED%A0%80",
  "%EF%BF%BE",
  "..%2F..%2Fetc%2Fpasswd",
  "2147483648",
  "-1",
  "%3Cscript%3E",
  "'%20OR%201=1--",
  "a".repeat(3000),
  "%E2%80%AE",
  "session",
  "csrf",
  "callback/credentials",
  "signin",
  "signout",
  "providers",
];
const PARAMS = [
  "q",
  "status",
  "ministry",
  "minister",
  "dossier",
  "deadlineFrom",
  "deadlineTo",
  "sort",
  "page",
  "limit",
  "cursor",
  "since",
  "callbackUrl",
  "scheiding",
  "format",
  "__proto__",
  "constructor",
  "brief",
  "nieuw",
  "nagekomen",
  "token",
  "error",
];
const VALUES = [
  "2147483648",
  "9223372036854775808",
  "-1",
  "0",
  "1e309",
  "NaN",
  "Infinity",
  "0000-01-01",
  "9999-99-99",
  "2022-02-30",
  "%ZZ",
  "%E0%A4%A",
  "%ED%A0%80",
  "%00",
  "%01%02%0D",
  "%0D%0ALocation:%20http://evil.example",
  "%EF%BF%BF",
  "x".repeat(5000),
  "%5B%5D",
  "%7B%7D",
  "javascript:alert(1)",
  "http://evil.example/",
  "//evil.example",
  "%2F%2Fevil.example",
  "open&status=onbekend",
  "TZ-2019-0001",
  "eyJpZCI6OTk5OTk5OTk5OTk5fQ",
  "MjAyMi0wMS0wMXwyMTQ3NDgzNjQ4",
  "",
  "%E2%80%AE%E2%80%8B",
];
const METHODS = ["GET", "GET", "GET", "HEAD", "POST", "POST", "PUT", "PATCH", "PATCH", "DELETE", "OPTIONS", "TRACE", "FOO", "PROPFIND"];
const CONTENT_TYPES = [
  "application/json",
  "text/plain",
  "multipart/form-data",
  "multipart/form-data; boundary=x",
  "application/x-www-form-urlencoded",
  "application/xml",
  "application/json; charset=utf-7",
  "",
];

function multipart(fields: Array<[string, string]>, boundary = "grens", cut = false): string {
  const body = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("");
  return cut ? body.slice(0, Math.max(10, body.length - 7)) : `${body}--${boundary}--\r\n`;
}

const JSON_BODIES = [
  "",
  "{",
  "null",
  "[]",
  '"tekst"',
  "[".repeat(100_000),
  '{"version":"1"}',
  '{"version":-1,"title":"x"}',
  '{"version":1e309,"status":"fulfilled"}',
  '{"title":"\\u0001\\u0002","version":1}',
  '{"title":"\\ud800","version":1}',
  '{"__proto__":{"admin":true},"version":1}',
  '{"status":"onbekend","reason":"x","version":1}',
  `{"deadline":{"phrase":"${"voor 1 juni 2023 ".repeat(2000)}"},"version":1}`,
  '{"text":"\\u0000"}',
  '{"references":"Kamerstuk"}',
  '{"minister":2147483648}',
];

function body(pick: <T>(items: T[]) => T, contentType: string): string | undefined {
  if (contentType.startsWith("multipart/form-data; boundary=x"))
    return pick([multipart([["a", "b"]], "x", true), multipart([["0", "[["]], "x"), "--x\r\n\r\n", multipart([["file", "\u0000".repeat(100)]], "x")]);
  if (contentType === "application/x-www-form-urlencoded")
    return pick(["a=%ZZ", "email=%00&password=x", `csrfToken=x&email=a@b.c&password=${"p".repeat(5000)}`, "=&&=="]);
  return pick(JSON_BODIES);
}

/** `count` requests over the discovered routes, each with a random mix of the hostile parts above. */
export function routeRequests(routes: string[], identities: Identity[], count: number, seed: number): GeneratedRequest[] {
  const next = mulberry32(seed);
  const { pick } = picker(next);
  const out: GeneratedRequest[] = [];
  for (let i = 0; i < count; i++) {
    const route = routes[i % routes.length]!;
    const pathname = route.replace(/\[\.\.\.[^\]]+\]|\[[^\]]+\]/g, () => pick(SEGMENTS));
    const query = Array.from({ length: Math.floor(next() * 3) }, () => `${pick(PARAMS)}=${pick(VALUES)}`).join("&");
    const method = pick(METHODS);
    const identity = pick(identities);
    const headers: Record<string, string> = { ...identity.headers };
    if (next() < 0.2) headers.Origin = pick(["http://evil.example", "null", `http://localhost`]);
    if (next() < 0.1) headers.RSC = "1";
    if (next() < 0.1) headers["Next-Router-State-Tree"] = pick(["%ZZ", "[[[[", '["",{"children":["x",{}]}]', "x".repeat(3000)]);
    if (next() < 0.1) headers["If-None-Match"] = pick(['"', "W/", "*", "x".repeat(3000)]);
    if (next() < 0.1) headers.Range = pick(["bytes=9999999-", "bytes=-", "items=1-2"]);
    if (next() < 0.1) headers["X-Forwarded-For"] = pick(["not-an-address", "1.1.1.1, , ,", "::ffff:999.1.1.1"]);
    if (next() < 0.05) headers["Accept-Language"] = pick(["*;q=x", "nl-NL,".repeat(500)]);
    let payload: string | undefined;
    if (method !== "GET" && method !== "HEAD" && next() < 0.85) {
      const contentType = pick(CONTENT_TYPES);
      if (contentType) headers["Content-Type"] = contentType;
      payload = body(pick, contentType);
    }
    out.push({ method, target: query ? `${pathname}?${query}` : pathname, headers, body: payload, identity: identity.name });
  }
  return out;
}

/** Broken calls of every server action, as each caller (the guard must refuse them before Next decodes them). */
export function actionRequests(actions: ServerAction[], identities: Identity[], origin: string): GeneratedRequest[] {
  const out: GeneratedRequest[] = [];
  const knownOther = actions[0]?.id ?? "0".repeat(42);
  for (const action of actions) {
    const calls: Array<{ headers: Record<string, string>; body: string }> = [
      { headers: { "Next-Action": action.id, "Content-Type": "multipart/form-data; boundary=grens" }, body: "" },
      { headers: { "Next-Action": action.id, "Content-Type": "multipart/form-data; boundary=grens" }, body: multipart([["0", '[{},"$K1"]']], "grens", true) },
      { headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8" }, body: '[{},"$K1"]' },
      { headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8" }, body: "[[[[" },
      { headers: { "Next-Action": action.id, "Content-Type": "multipart/form-data; boundary=grens" }, body: multipart([["0", '["$K1"]']]) },
      { headers: { "Next-Action": action.id, "Content-Type": "multipart/form-data; boundary=grens" }, body: multipart([["0", "[1,2,3]"]]) },
      { headers: { "Next-Action": action.id, "Content-Type": "multipart/form-data; boundary=grens" }, body: multipart([["0", `${"[".repeat(50_000)}`]]) },
      { headers: { "Next-Action": action.id, "Content-Type": "multipart/form-data; boundary=grens" }, body: multipart([["0", '[{},"$Q1"]']]) },
      { headers: { "Next-Action": `00${action.id}`, "Content-Type": "multipart/form-data; boundary=grens" }, body: multipart([["0", '[{},"$K1"]']]) },
      { headers: { "Next-Action": "../../etc/passwd", "Content-Type": "multipart/form-data; boundary=grens" }, body: multipart([["0", '[{},"$K1"]']]) },
      {
        headers: { "Content-Type": "multipart/form-data; boundary=grens" },
        body: multipart([
          [`$ACTION_ID_${action.id}`, ""],
          ["x", "1"],
        ]),
      },
      {
        headers: { "Content-Type": "multipart/form-data; boundary=grens" },
        body: multipart([
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", `{"id":"${action.id}","bound":null}`],
        ]),
      },
      {
        headers: { "Content-Type": "multipart/form-data; boundary=grens" },
        body: multipart([
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", `{"id":"${"f".repeat(42)}","bound":"$@1"}`],
          ["$ACTION_1:1", "[{}]"],
        ]),
      },
      {
        headers: { "Content-Type": "multipart/form-data; boundary=grens" },
        body: multipart([
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", `{"id":"${action.id}","bound":"$@1"}`],
          ["$ACTION_1:1", "[{},{},{}]"],
        ]),
      },
      {
        headers: { "Content-Type": "multipart/form-data; boundary=grens" },
        body: multipart([
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", `{"id":"${knownOther}","bound":"$@1"}`],
          ["$ACTION_1:1", "[".repeat(10_000)],
        ]),
      },
    ];
    for (const identity of identities) {
      for (const [i, call] of calls.entries()) {
        const headers = { ...identity.headers, ...call.headers, ...(i % 3 === 0 ? { Origin: "http://evil.example" } : { Origin: origin }) };
        out.push({ method: "POST", target: action.page, headers, body: call.body, identity: identity.name });
      }
    }
  }
  return out;
}
