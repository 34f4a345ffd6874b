import { afterEach, describe, expect, it, vi } from "vitest";
import { publicOrigin } from "./origin";

describe("publicOrigin", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("is the configured public address when there is one (next start puts its own listen address in request.url)", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://toezeggingen.example.nl/");
    expect(publicOrigin("http://localhost:3000/api/v1/commitments.ics?status=open")).toBe("https://toezeggingen.example.nl");
  });

  it("is the request's origin otherwise", () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    expect(publicOrigin("http://localhost:3000/api/v1/commitments.ics?status=open")).toBe("http://localhost:3000");
    expect(publicOrigin(new URL("http://127.0.0.1:3977/x"))).toBe("http://127.0.0.1:3977");
  });

  it("refuses a NEXTAUTH_URL that is no address, naming it (the server does not start with it)", () => {
    vi.stubEnv("NEXTAUTH_URL", "niet een url");
    expect(() => publicOrigin("http://localhost:3000/")).toThrow(/NEXTAUTH_URL: moet een http\(s\)-adres zijn/);
  });
});
