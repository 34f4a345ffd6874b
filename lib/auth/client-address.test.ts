import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress, signInThrottleKeys } from "./client-address";

describe("resolveClientAddress", () => {
  it("without TRUSTED_PROXIES takes the socket's peer and ignores X-Forwarded-For the client wrote", () => {
    expect(resolveClientAddress("203.0.113.9", "198.51.100.7", 0)).toBe("198.51.100.7");
    expect(resolveClientAddress(undefined, "::ffff:198.51.100.7", 0)).toBe("198.51.100.7");
  });

  it("with one trusted proxy takes the address that proxy appended, not what the client put in front", () => {
    // client forged "1.2.3.4", the proxy appended the real client 203.0.113.9, the socket is the proxy itself
    expect(resolveClientAddress("1.2.3.4, 203.0.113.9", "10.0.0.2", 1)).toBe("203.0.113.9");
    // a different forged value does not give a different address
    expect(resolveClientAddress("5.6.7.8, 203.0.113.9", "10.0.0.2", 1)).toBe("203.0.113.9");
  });

  it("with two trusted proxies counts two hops from the right", () => {
    expect(resolveClientAddress(["1.2.3.4, 203.0.113.9", "10.0.0.1"], "10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("a request that bypassed the proxy falls back to the leftmost entry of a shorter chain", () => {
    expect(resolveClientAddress(undefined, "198.51.100.7", 1)).toBe("198.51.100.7");
  });

  it("no address at all is null, never a shared placeholder", () => {
    expect(resolveClientAddress(undefined, undefined, 0)).toBeNull();
    expect(resolveClientAddress("", undefined, 1)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  it("defaults to no proxy and refuses what is not a count", () => {
    expect(parseTrustedProxies(undefined)).toEqual({ ok: true, value: 0 });
    expect(parseTrustedProxies("2")).toEqual({ ok: true, value: 2 });
    const bad = parseTrustedProxies("ja");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain("TRUSTED_PROXIES");
  });
});

describe("signInThrottleKeys", () => {
  it("keys on the account and the resolved address", () => {
    expect(signInThrottleKeys("a@example.nl", { "x-tzr-client-address": "198.51.100.7" }, true)).toEqual(["email:a@example.nl", "ip:198.51.100.7"]);
  });

  it("keys on the account alone when no address was resolved, so failures never share one bucket", () => {
    expect(signInThrottleKeys("a@example.nl", { "x-forwarded-for": "1.2.3.4" }, true)).toEqual(["email:a@example.nl"]);
    // a header the client wrote itself is not believed when our server did not set it
    expect(signInThrottleKeys("a@example.nl", { "x-tzr-client-address": "1.2.3.4" }, false)).toEqual(["email:a@example.nl"]);
  });
});
