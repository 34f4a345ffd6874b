import { describe, expect, it } from "vitest";
import { sharedFreshCall } from "./shared-fresh-call";

/** A value that callers read through calls that take a while; it can change at any moment. */
function slowSource() {
  let value = 0;
  const calls: Array<() => void> = [];
  let started = 0;
  const read = () =>
    new Promise<number>((resolve) => {
      started++;
      const seen = value; // read when the call starts, like a query's snapshot
      calls.push(() => resolve(seen));
    });
  return {
    read,
    set: (v: number) => (value = v),
    finishAll: () => {
      for (const finish of calls.splice(0)) finish();
    },
    get started() {
      return started;
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("sharedFreshCall", () => {
  it("never answers with a value read before the caller asked", async () => {
    const source = slowSource();
    const read = sharedFreshCall(source.read);
    const early = read(); // starts a call that sees 0
    source.set(1); // the value changes while that call runs
    const late = read(); // asked after the change: must not get the 0
    source.finishAll();
    expect(await early).toBe(0);
    await tick();
    source.finishAll();
    expect(await late).toBe(1);
  });

  it("lets everyone who asked during a call share the next one", async () => {
    const source = slowSource();
    const read = sharedFreshCall(source.read);
    const first = read();
    const waiting = Array.from({ length: 10 }, () => read());
    expect(source.started).toBe(1);
    source.finishAll();
    await first;
    await tick();
    expect(source.started).toBe(2);
    source.finishAll();
    expect(new Set(await Promise.all(waiting)).size).toBe(1);
    expect(source.started).toBe(2);
  });

  it("starts at once when nothing runs, and passes failures to those who shared the call", async () => {
    let fail = true;
    const read = sharedFreshCall(async () => {
      if (fail) throw new Error("database weg");
      return "ok";
    });
    await expect(read()).rejects.toThrow("database weg");
    fail = false;
    expect(await read()).toBe("ok");
  });
});
