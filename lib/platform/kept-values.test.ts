import { describe, expect, it } from "vitest";
import { KeptValues } from "./kept-values";

describe("kept values", () => {
  it("makes a value once per fingerprint, and again when the fingerprint changes", async () => {
    const kept = new KeptValues<string>({ maxSize: Infinity, sizeOf: () => 0 });
    let made = 0;
    const make = async () => `waarde ${++made}`;
    const [a, b] = await Promise.all([kept.getOrMake("k", "f1", make), kept.getOrMake("k", "f1", make)]);
    expect([a, b, made]).toEqual(["waarde 1", "waarde 1", 1]);
    expect(await kept.getOrMake("k", "f1", make)).toBe("waarde 1");
    expect(await kept.getOrMake("k", "f2", make)).toBe("waarde 2");
    expect(kept.usage.entries).toBe(1);
  });

  it("passes a failure to everyone who waited for it, and keeps nothing of it", async () => {
    const kept = new KeptValues<string>({ maxSize: Infinity, sizeOf: () => 0 });
    const failing = () => Promise.reject(new Error("database weg"));
    const results = await Promise.allSettled([kept.getOrMake("k", "f", failing), kept.getOrMake("k", "f", failing)]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await kept.getOrMake("k", "f", async () => "daarna")).toBe("daarna");
  });
});
