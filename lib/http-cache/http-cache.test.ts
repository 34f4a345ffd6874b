import { describe, expect, it } from "vitest";
import { cacheControl, cacheHeaders, entityTag, matchesIfNoneMatch } from "./index";

describe("entityTag", () => {
  it("is a weak tag, the same for the same parts and different for any other", () => {
    const tag = entityTag(["build", "1:42@2026-12-07", "/toezeggingen"]);
    expect(tag).toMatch(/^W\/"[A-Za-z0-9_-]{32}"$/);
    expect(entityTag(["build", "1:42@2026-12-07", "/toezeggingen"])).toBe(tag);
    expect(entityTag(["build", "1:43@2026-12-07", "/toezeggingen"])).not.toBe(tag);
    expect(entityTag(["build", "1:42@2026-12-08", "/toezeggingen"])).not.toBe(tag);
    expect(entityTag(["other build", "1:42@2026-12-07", "/toezeggingen"])).not.toBe(tag);
    // parts are kept apart: moving a character from one part to the next is another tag
    expect(entityTag(["ab", "c"])).not.toBe(entityTag(["a", "bc"]));
  });
});

describe("matchesIfNoneMatch", () => {
  const tag = entityTag(["x"]);
  it("matches the tag itself, in a list, and with or without W/ (weak comparison)", () => {
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`W/"other", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch(tag.replace(/^W\//, ""), tag)).toBe(true);
    expect(matchesIfNoneMatch("*", tag)).toBe(true);
  });
  it("does not match another tag, an empty header or none", () => {
    expect(matchesIfNoneMatch(entityTag(["y"]), tag)).toBe(false);
    expect(matchesIfNoneMatch("", tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });
});

describe("cacheControl", () => {
  it("lets shared caches keep public answers as long as the site allows, and browsers always revalidate", () => {
    expect(cacheControl("public", { sharedMaxAge: 0, staleWhileRevalidate: 0 })).toBe("public, max-age=0, s-maxage=0");
    expect(cacheControl("public", { sharedMaxAge: 10, staleWhileRevalidate: 60 })).toBe("public, max-age=0, s-maxage=10, stale-while-revalidate=60");
  });
  it("keeps a signed-in reader's page out of every cache", () => {
    expect(cacheControl("private", { sharedMaxAge: 10, staleWhileRevalidate: 60 })).toBe("private, no-store");
  });
  it("varies pages by the session cookie and API answers by encoding only", () => {
    const settings = { sharedMaxAge: 0, staleWhileRevalidate: 0 };
    expect(cacheHeaders('W/"a"', "page", settings)).toEqual({
      ETag: 'W/"a"',
      "Cache-Control": "public, max-age=0, s-maxage=0",
      Vary: "Cookie, Accept-Encoding",
    });
    expect(cacheHeaders('W/"a"', "api", settings).Vary).toBe("Accept-Encoding");
  });
});
