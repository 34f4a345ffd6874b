// Every export and feed route refuses bad parameters with a 400 problem document naming them, before it touches
// the database (none is configured in this file: a route that queried first would fail differently).
import { describe, expect, it } from "vitest";
import { GET as atom } from "@/app/api/v1/changes.atom/route";
import { GET as csv } from "@/app/api/v1/commitments.csv/route";
import { GET as ics } from "@/app/api/v1/commitments.ics/route";
import { GET as xlsx } from "@/app/api/v1/commitments.xlsx/route";
import { get } from "./export-fixtures";

const ROUTES = [
  { path: "/api/v1/commitments.csv", handler: csv },
  { path: "/api/v1/commitments.xlsx", handler: xlsx },
  { path: "/api/v1/commitments.ics", handler: ics },
  { path: "/api/v1/changes.atom", handler: atom },
];

async function problemFor(handler: (request: Request) => Promise<Response>, pathAndQuery: string) {
  const response = await get(handler, pathAndQuery);
  expect(response.status).toBe(400);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return (await response.json()) as { title: string; detail: string; errors: Record<string, string[]> };
}

describe.each(ROUTES)("$path refuses bad parameters", ({ path, handler }) => {
  it.each([
    ["status=bogus", "status"],
    ["ministry=J%26V", "ministry"],
    ["minister=abc", "minister"],
    ["dossier=12", "dossier"],
    ["deadlineFrom=2022-02-30", "deadlineFrom"],
    ["deadlineFrom=2023-01-01&deadlineTo=2022-01-01", "deadlineFrom"],
    ["sort=random", "sort"],
    [`q=${"x".repeat(201)}`, "q"],
    ["colour=blue", "colour"],
    ["constructor=1", "constructor"], // a parameter named like an Object.prototype member is still just a name
  ])("?%s names %s", async (query, parameter) => {
    const problem = await problemFor(handler, `${path}?${query}`);
    expect(Object.keys(problem.errors)).toEqual([parameter]);
    expect(problem.detail).toContain(`${parameter}:`);
  });

  it("refuses paging: an export holds every matching commitment", async () => {
    const problem = await problemFor(handler, `${path}?status=open&page=2&limit=10&cursor=abc`);
    expect(Object.keys(problem.errors).sort()).toEqual(["cursor", "limit", "page"]);
    expect(problem.errors.page![0]).toMatch(/niet toegestaan/);
  });

  it("names every bad parameter at once", async () => {
    const problem = await problemFor(handler, `${path}?status=bogus&limit=5&sort=random`);
    expect(Object.keys(problem.errors).sort()).toEqual(["limit", "sort", "status"]);
  });
});

describe("since (the Atom feed only)", () => {
  it.each(["gisteren", "2026-13-01", "2026-11-29T10:00:00", "2026-11-29&since=2026-11-30"])("refuses since=%s", async (value) => {
    const problem = await problemFor(atom, `/api/v1/changes.atom?since=${value}`);
    expect(Object.keys(problem.errors)).toEqual(["since"]);
  });

  it("is an unknown parameter for the other routes", async () => {
    for (const { path, handler } of ROUTES.filter((r) => r.handler !== atom)) {
      expect(Object.keys((await problemFor(handler, `${path}?since=2026-01-01`)).errors)).toEqual(["since"]);
    }
  });
});
