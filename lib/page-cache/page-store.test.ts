import { describe, expect, it } from "vitest";
import { PageStore } from "./page-store";
import type { RenderedPage } from "./rendered-page";

const page = (text: string): RenderedPage => ({ status: 200, headers: [], parts: [Buffer.from(text)], bytes: text.length });

describe("the page store", () => {
  it("gives a page back only for the fingerprint it was rendered for", () => {
    const store = new PageStore(1000);
    store.set("u1\n/overzicht", "7@2026-11-29", page("a"));
    expect(store.get("u1\n/overzicht", "7@2026-11-29")?.parts[0]?.toString()).toBe("a");
    // the register changed: the old render is gone for good
    expect(store.get("u1\n/overzicht", "8@2026-11-29")).toBeUndefined();
    expect(store.get("u1\n/overzicht", "7@2026-11-29")).toBeUndefined();
    expect(store.size).toEqual({ pages: 0, bytes: 0 });
  });

  it("keeps within its byte limit, dropping the least recently used first", () => {
    const store = new PageStore(30);
    store.set("a", "f", page("x".repeat(10)));
    store.set("b", "f", page("x".repeat(10)));
    store.get("a", "f"); // a is now more recent than b
    store.set("c", "f", page("x".repeat(15)));
    expect(store.get("b", "f")).toBeUndefined();
    expect(store.get("a", "f")).toBeDefined();
    expect(store.get("c", "f")).toBeDefined();
    expect(store.size.bytes).toBeLessThanOrEqual(30);
  });

  it("does not keep a page larger than the whole store", () => {
    const store = new PageStore(5);
    store.set("a", "f", page("too large"));
    expect(store.get("a", "f")).toBeUndefined();
    expect(store.size).toEqual({ pages: 0, bytes: 0 });
  });

  it("replaces a page rendered again under the same key without counting it twice", () => {
    const store = new PageStore(100);
    store.set("a", "f1", page("x".repeat(40)));
    store.set("a", "f2", page("x".repeat(40)));
    expect(store.size).toEqual({ pages: 1, bytes: 40 });
  });

  it("lets requests wait for a render under way, and keeps its page", async () => {
    const store = new PageStore(100);
    let finish!: (p: RenderedPage) => void;
    store.track("a", "f", new Promise<RenderedPage>((resolve) => (finish = resolve)));
    const waiting = store.inFlight("a", "f");
    expect(waiting).toBeDefined();
    expect(store.inFlight("a", "other fingerprint")).toBeUndefined();
    finish(page("klaar"));
    expect((await waiting)?.parts[0]?.toString()).toBe("klaar");
    await Promise.resolve();
    expect(store.get("a", "f")?.parts[0]?.toString()).toBe("klaar");
    expect(store.inFlight("a", "f")).toBeUndefined();
  });

  it("keeps nothing from a render that failed or gave nothing to keep", async () => {
    const store = new PageStore(100);
    const failed = Promise.reject(new Error("render failed"));
    failed.catch(() => undefined);
    store.track("a", "f", failed);
    store.track("b", "f", Promise.resolve(null));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.get("a", "f")).toBeUndefined();
    expect(store.get("b", "f")).toBeUndefined();
    expect(store.inFlight("a", "f")).toBeUndefined();
  });
});
