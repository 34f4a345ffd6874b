import { describe, expect, it } from "vitest";
import { readStartEnv, selfOrigin } from "./start-env";

describe("where the app reaches itself", () => {
  it("uses loopback when it listens on every address", () => {
    expect(selfOrigin("0.0.0.0", 3000)).toBe("http://127.0.0.1:3000");
    expect(selfOrigin("::", 8080)).toBe("http://127.0.0.1:8080");
    expect(selfOrigin("localhost", 3000)).toBe("http://127.0.0.1:3000");
  });

  it("uses the one address it listens on", () => {
    expect(selfOrigin("10.1.2.3", 3000)).toBe("http://10.1.2.3:3000");
    expect(selfOrigin("fd00::5", 3000)).toBe("http://[fd00::5]:3000");
  });

  it("takes PAGE_CACHE_ORIGIN when it is set, and the page cache on unless switched off", () => {
    expect(readStartEnv({ NODE_ENV: "production", PORT: "4000" })).toMatchObject({ pageCache: "on", pageCacheOrigin: "http://127.0.0.1:4000" });
    expect(readStartEnv({ NODE_ENV: "production", PAGE_CACHE: "off", PAGE_CACHE_ORIGIN: "http://app.intern:3000" })).toMatchObject({
      pageCache: "off",
      pageCacheOrigin: "http://app.intern:3000",
    });
  });
});
