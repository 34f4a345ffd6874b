import { describe, expect, it } from "vitest";
import { canonicalRedirect } from "./canonical-host";

const page = (host: string | null, method = "GET", pathAndQuery = "/login?callbackUrl=%2Fprofiel") => ({ method, host, pathAndQuery });

describe("canonicalRedirect", () => {
  it("sends a page opened on another name of the server to the public origin, path and query kept", () => {
    expect(canonicalRedirect(page("127.0.0.1:3000"), "http://localhost:3000")).toBe("http://localhost:3000/login?callbackUrl=%2Fprofiel");
    expect(canonicalRedirect(page("10.0.0.5"), "https://toezeggingen.minjenv.nl")).toBe("https://toezeggingen.minjenv.nl/login?callbackUrl=%2Fprofiel");
  });

  it("leaves alone what is already there, what is not a page view, and an unusable configuration", () => {
    expect(canonicalRedirect(page("LOCALHOST:3000"), "http://localhost:3000")).toBeNull();
    expect(canonicalRedirect(page("127.0.0.1:3000", "POST"), "http://localhost:3000")).toBeNull();
    expect(canonicalRedirect(page(null), "http://localhost:3000")).toBeNull();
    expect(canonicalRedirect(page("127.0.0.1:3000"), undefined)).toBeNull();
    expect(canonicalRedirect(page("127.0.0.1:3000"), "geen adres")).toBeNull();
  });

  it("never leaves the public origin, whatever the path says", () => {
    expect(canonicalRedirect(page("127.0.0.1:3000", "GET", "//evil.example/x"), "http://localhost:3000")).toBe("http://localhost:3000//evil.example/x");
  });
});
