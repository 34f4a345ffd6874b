import { describe, expect, it } from "vitest";
import { refusalFor } from "./request-guard";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers: { host: "localhost:3000", ...headers } });

describe("refusalFor", () => {
  it("lets ordinary requests through", () => {
    expect(refusalFor(get("/toezeggingen?q=politie%20agent"))).toBeNull();
    expect(
      refusalFor({ method: "POST", url: "/toezeggingen/nieuw", headers: { host: "localhost:3000", origin: "http://localhost:3000", "next-action": "x" } }),
    ).toBeNull();
  });

  it("refuses TRACE and unknown methods with 405 and the allowed ones", () => {
    const r = refusalFor({ method: "TRACE", url: "/", headers: {} });
    expect(r?.status).toBe(405);
    expect(r?.headers?.Allow).toContain("GET");
  });

  it("refuses a broken percent escape in path or query with 400", () => {
    expect(refusalFor(get("/toezeggingen/%ZZ"))?.status).toBe(400);
    expect(refusalFor(get("/toezeggingen?q=%E0%A4%A"))?.message).toContain("%");
  });

  it("refuses a body over 11 MB by its declared length with 413", () => {
    expect(refusalFor({ method: "POST", url: "/beheer/import", headers: { "content-length": String(12 * 1024 * 1024) } })?.status).toBe(413);
  });

  it("refuses a server action from a foreign origin with 403", () => {
    const post = (origin: string) => ({ method: "POST", url: "/toezeggingen/nieuw", headers: { host: "localhost:3000", origin, "next-action": "abc" } });
    expect(refusalFor(post("https://evil.example"))?.status).toBe(403);
    expect(refusalFor(post("null"))?.status).toBe(403);
  });

  it("refuses a multipart form posted to a page from a foreign origin with 403, as it does a scripted action call", () => {
    const post = (url: string, origin: string) => ({
      method: "POST",
      url,
      headers: { host: "localhost:3000", origin, "content-type": "multipart/form-data; boundary=x" },
    });
    expect(refusalFor(post("/dossiers/29628", "http://localhost"))?.status).toBe(403);
    expect(refusalFor(post("/dossiers/29628", "http://localhost:3000"))).toBeNull();
    expect(refusalFor(post("/api/v1/commitments", "http://evil.example"))).toBeNull();
  });
});
