// The API's reads, feeds and calendars through the one HTTP cache (lib/api/cached-get, lib/http-cache): an entity
// tag per URL and state of the register, 304 to a client that has it, and never a stale answer after a change.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getCalendar } from "@/app/api/v1/commitments.ics/route";
import { GET as getCsv } from "@/app/api/v1/commitments.csv/route";
import { GET as getList } from "@/app/api/v1/commitments/route";
import { GET as getOne } from "@/app/api/v1/commitments/[number]/route";
import { changeCommitmentStatus } from "@/lib/data/commitment-changes";
import { settle } from "@/lib/data/errors";
import { databaseForBlock, testDatabaseKinds, useSeededDatabase } from "../../support/register-fixtures";
import { get, makeCoordinator, ORIGIN, version } from "./export-fixtures";

const NUMBER = "TZ-2021-0004";
const one = (headers: Record<string, string> = {}) =>
  getOne(new Request(`${ORIGIN}/api/v1/commitments/${NUMBER}`, { headers }), { params: Promise.resolve({ number: NUMBER }) });
const conditional = (handler: (request: Request) => Promise<Response>, path: string, tag: string) =>
  handler(new Request(`${ORIGIN}${path}`, { headers: { "If-None-Match": tag } }));

describe.each(testDatabaseKinds)("HTTP caching of the API on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useSeededDatabase(kind));
  beforeAll(() => {
    vi.stubEnv("NEXTAUTH_URL", "");
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it("tags a commitment, answers 304 to a client that has it, and a new body and tag after a change", async () => {
    const first = await one();
    expect(first.status).toBe(200);
    const tag = first.headers.get("etag")!;
    expect(tag).toMatch(/^W\/".+"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=0");
    expect(first.headers.get("vary")).toBe("Accept-Encoding");
    expect((await first.json()).status).toBe("open");

    const again = await one({ "If-None-Match": tag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(tag);

    const coordinator = await makeCoordinator("Coördinator Cache");
    const changed = await settle(
      changeCommitmentStatus(coordinator, NUMBER, {
        to: "partially_fulfilled",
        note: "Het eerste deel van de brief is verstuurd.",
        version: await version(NUMBER),
      }),
    );
    expect(changed).toMatchObject({ ok: true });

    const after = await one({ "If-None-Match": tag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(tag);
    expect((await after.json()).status).toBe("partially_fulfilled");
  });

  it("serves a kept list the same as a made one, and the list, calendar and CSV answer 304 while nothing changed", async () => {
    const path = "/api/v1/commitments?status=open&limit=5";
    const made = await get(getList, path);
    const kept = await get(getList, path);
    expect(await kept.text()).toBe(await made.text());
    expect(kept.headers.get("etag")).toBe(made.headers.get("etag"));
    expect((await conditional(getList, path, made.headers.get("etag")!)).status).toBe(304);
    // another query is another resource
    expect((await conditional(getList, "/api/v1/commitments?status=open&limit=6", made.headers.get("etag")!)).status).toBe(200);

    for (const [handler, file] of [
      [getCalendar, "/api/v1/commitments.ics"],
      [getCsv, "/api/v1/commitments.csv"],
    ] as const) {
      const response = await get(handler, file);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      const tag = response.headers.get("etag");
      expect(tag).toBeTruthy();
      expect((await conditional(handler, file, tag!)).status).toBe(304);
    }
  });

  it("does not tag an error", async () => {
    const bad = await get(getList, "/api/v1/commitments?status=bestaat-niet");
    expect(bad.status).toBe(400);
    expect(bad.headers.get("etag")).toBeNull();
    expect(bad.headers.get("cache-control")).toBe("no-store");
  });
});
