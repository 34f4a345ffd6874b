import { describe, expect, it } from "vitest";
import { nonceOf, pageBody, repeatableHeaders, toRenderedPage } from "./rendered-page";

const NONCE = "YWJjZGVmMTIzNDU2Nzg5MA==";
const html = `<html><head><script nonce="${NONCE}">a()</script></head><body><p>Geen nonce hier</p><script nonce="${NONCE}">b("${NONCE}")</script></body></html>`;

describe("a rendered page", () => {
  it("serves the same body with a new nonce everywhere the old one stood", () => {
    const page = toRenderedPage(200, [], Buffer.from(html), NONCE);
    const body = pageBody(page, "bmlldXdlLW5vbmNl").toString();
    expect(body).toBe(html.replaceAll(NONCE, "bmlldXdlLW5vbmNl"));
    expect(body).not.toContain(NONCE);
  });

  it("keeps a page without its nonce unchanged", () => {
    const page = toRenderedPage(200, [], Buffer.from("<p>Toezeggingen</p>"), NONCE);
    expect(pageBody(page, "other").toString()).toBe("<p>Toezeggingen</p>");
  });

  it("keeps Dutch characters that are cut in the middle of a chunk intact", () => {
    const text = `<p>Coördinator · “Schneiders”</p><script nonce="${NONCE}"></script><p>één</p>`;
    const page = toRenderedPage(200, [], Buffer.from(text), NONCE);
    expect(pageBody(page, "xyz").toString()).toBe(text.replace(NONCE, "xyz"));
  });

  it("counts the body and headers against the store's limit", () => {
    const page = toRenderedPage(200, [["content-type", "text/html"]], Buffer.from(html), NONCE);
    expect(page.bytes).toBe(Buffer.byteLength(html) + "content-type".length + "text/html".length);
  });

  it("refuses to keep a page without knowing its nonce", () => {
    expect(() => toRenderedPage(200, [], Buffer.from(html), "")).toThrow(/nonce/);
  });
});

describe("headers", () => {
  it("keeps what describes the page and drops what belongs to one response", () => {
    const kept = repeatableHeaders([
      ["Content-Type", "text/html; charset=utf-8"],
      ["Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate"],
      ["Date", "Sun, 29 Nov 2026 12:00:00 GMT"],
      ["Set-Cookie", "next-auth.session-token=abc"],
      ["Content-Security-Policy", `script-src 'nonce-${NONCE}'`],
      ["Content-Length", "123"],
      ["Transfer-Encoding", "chunked"],
      ["X-Frame-Options", "DENY"],
    ]);
    expect(kept.map(([name]) => name)).toEqual(["Content-Type", "Cache-Control", "X-Frame-Options"]);
  });

  it("reads the nonce from a Content-Security-Policy", () => {
    expect(nonceOf(`default-src 'self'; script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'`)).toBe(NONCE);
    expect(nonceOf("default-src 'none'")).toBeNull();
    expect(nonceOf(null)).toBeNull();
  });
});
