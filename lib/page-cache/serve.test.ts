// servePage against a real HTTP server standing in for the app: it renders a page with a nonce of its own, counts
// its renders, and can be told to redirect (a signed-out reader) or fail.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PageStore } from "./page-store";
import { nonceOf } from "./rendered-page";
import { servePage, type PageCacheOptions } from "./serve";

let server: Server;
let origin: string;
let renders: Array<{ url: string; headers: Record<string, string | string[] | undefined> }>;
let reply: "page" | "redirect" | "error" = "page";
let delayMs = 0;

const RENDER = { name: "x-test-render", value: "geheim" };

beforeAll(async () => {
  server = createServer((req, res) => {
    renders.push({ url: req.url!, headers: req.headers });
    const nonce = Buffer.from(`nonce-${renders.length}`).toString("base64");
    setTimeout(() => {
      if (reply === "redirect") {
        res.writeHead(307, { location: "/login" }).end();
        return;
      }
      if (reply === "error") {
        res.writeHead(500, { "content-type": "text/html" }).end("fout");
        return;
      }
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": `script-src 'nonce-${nonce}'`,
        "cache-control": "private, no-store",
      });
      // streamed in two chunks, like the dashboard's Suspense sections
      res.write(`<html><script nonce="${nonce}">s()</script><h1>Overzicht ${req.url}</h1>`);
      setTimeout(() => res.end(`<p>Coördinator ${renders.length}</p><script nonce="${nonce}">t()</script></html>`), 5);
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let store: PageStore;
let errors: string[];
let nonces: number;

beforeEach(() => {
  renders = [];
  reply = "page";
  delayMs = 0;
  store = new PageStore(1_000_000);
  errors = [];
  nonces = 0;
  asked = 0;
});

function options(overrides: Partial<PageCacheOptions> = {}): PageCacheOptions {
  return {
    store,
    origin,
    renderHeader: RENDER,
    newNonce: () => Buffer.from(`fresh-${++nonces}`).toString("base64"),
    contentSecurityPolicy: (nonce) => `script-src 'nonce-${nonce}'`,
    onError: (message) => errors.push(message),
    ...overrides,
  };
}

/** servePage with the register's fingerprint as it is now; `asked` counts the lookups. */
let asked = 0;
const serve = (r: Request, reader: string, fingerprint: string, opts: PageCacheOptions) =>
  servePage(
    r,
    reader,
    () => {
      asked++;
      return Promise.resolve(fingerprint);
    },
    opts,
  );

const request = (path = "/overzicht", headers: Record<string, string> = {}) =>
  new Request(`https://register.example.nl${path}`, { headers: { cookie: "next-auth.session-token=abc", ...headers } });

async function read(response: Response | null) {
  expect(response).not.toBeNull();
  const body = await response!.text();
  const nonce = nonceOf(response!.headers.get("content-security-policy"));
  return { status: response!.status, body, nonce, cache: response!.headers.get("x-page-cache") };
}

describe("serving a page from its last render", () => {
  it("renders once, then answers from the render with a new nonce on every response", async () => {
    const first = await read(await serve(request(), "u1", "7@2026-11-29", options()));
    const second = await read(await serve(request(), "u1", "7@2026-11-29", options()));
    const third = await read(await serve(request(), "u1", "7@2026-11-29", options()));
    expect(renders).toHaveLength(1);
    expect([first.cache, second.cache, third.cache]).toEqual(["miss", "hit", "hit"]);
    expect(first.body).toContain("Coördinator 1");
    expect(second.body.replaceAll(second.nonce!, "N")).toBe(first.body.replaceAll(first.nonce!, "N"));
    expect(new Set([first.nonce, second.nonce, third.nonce]).size).toBe(3);
    // every script carries the nonce its response's policy allows, and no other
    expect(second.body.split(`nonce="${second.nonce}"`)).toHaveLength(3);
    expect(second.body).not.toContain(first.nonce!);
  });

  it("renders again as soon as the register changed", async () => {
    await read(await serve(request(), "u1", "7@2026-11-29", options()));
    const after = await read(await serve(request(), "u1", "8@2026-11-29", options()));
    expect(after.cache).toBe("miss");
    expect(after.body).toContain("Coördinator 2");
    expect(renders).toHaveLength(2);
  });

  it("keeps each reader's page and each selection apart", async () => {
    await read(await serve(request(), "u1", "f", options()));
    const other = await read(await serve(request(), "u2", "f", options()));
    const selection = await read(await serve(request("/overzicht?ministry=JenV"), "u1", "f", options()));
    expect(other.cache).toBe("miss");
    expect(selection.cache).toBe("miss");
    expect(selection.body).toContain("Overzicht /overzicht?ministry=JenV");
    expect(renders.map((r) => r.url)).toEqual(["/overzicht", "/overzicht", "/overzicht?ministry=JenV"]);
  });

  it("renders through the app as the reader, marked as a render, without compression", async () => {
    await read(await serve(request("/overzicht", { "user-agent": "Firefox", "accept-encoding": "gzip" }), "u1", "f", options()));
    const headers = renders[0]!.headers;
    expect(headers.cookie).toBe("next-auth.session-token=abc");
    expect(headers["user-agent"]).toBe("Firefox");
    expect(headers[RENDER.name]).toBe(RENDER.value);
    expect(headers["accept-encoding"]).toBe("identity");
    expect(headers["x-forwarded-host"]).toBe("register.example.nl");
    expect(headers["x-forwarded-proto"]).toBe("https");
  });

  it("gives a hard reload a fresh render, and keeps that one", async () => {
    await read(await serve(request(), "u1", "f", options()));
    const reload = await read(await serve(request("/overzicht", { "cache-control": "no-cache" }), "u1", "f", options()));
    expect(reload.cache).toBe("miss");
    expect(reload.body).toContain("Coördinator 2");
    const next = await read(await serve(request(), "u1", "f", options()));
    expect(next.body).toContain("Coördinator 2");
    expect(renders).toHaveLength(2);
  });

  it("lets simultaneous first requests share one render", async () => {
    delayMs = 30;
    const pages = await Promise.all(Array.from({ length: 5 }, () => serve(request(), "u1", "f", options()).then(read)));
    expect(renders).toHaveLength(1);
    expect(pages.map((p) => p.cache).sort()).toEqual(["hit", "hit", "hit", "hit", "miss"]);
    for (const p of pages) expect(p.body).toContain("Coördinator 1");
  });

  it("passes a redirect (to its target in full) or an error on, and keeps nothing", async () => {
    reply = "redirect";
    const redirect = await serve(request(), "u1", "f", options());
    expect(redirect!.status).toBe(307);
    // on the reader's address, not the one the render was asked at: an answer from the proxy needs a full URL
    expect(redirect!.headers.get("location")).toBe("https://register.example.nl/login");
    reply = "error";
    const failed = await read(await serve(request(), "u1", "f", options()));
    expect(failed.status).toBe(500);
    reply = "page";
    const page = await read(await serve(request(), "u1", "f", options()));
    expect(page.cache).toBe("miss");
    expect(renders).toHaveLength(3);
  });

  it("leaves client-side navigation, prefetches, actions and other methods to the app", async () => {
    for (const r of [
      request("/overzicht", { rsc: "1" }),
      request("/overzicht?_rsc=abc"),
      request("/overzicht", { "next-action": "abc" }),
      new Request("https://register.example.nl/overzicht", { method: "POST" }),
      request("/overzicht", { [RENDER.name]: RENDER.value }),
    ]) {
      expect(await serve(r, "u1", "f", options())).toBeNull();
    }
    expect(renders).toHaveLength(0);
    // nor do they cost a look at the register
    expect(asked).toBe(0);
  });

  it("renders directly when the register's fingerprint cannot be read", async () => {
    const response = await servePage(request(), "u1", () => Promise.reject(new Error("database weg")), options());
    expect(response).toBeNull();
    expect(renders).toHaveLength(0);
  });

  it("falls back to rendering directly when the app cannot be reached, and says so", async () => {
    const response = await serve(request(), "u1", "f", options({ origin: "http://127.0.0.1:9" }));
    expect(response).toBeNull();
    expect(errors[0]).toMatch(/rendering \/overzicht through http:\/\/127\.0\.0\.1:9 failed/);
  });
});
