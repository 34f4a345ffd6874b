import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { recordCommitment, screenshot, signedInAs } from "./support";

// Two app instances on one database, as behind a load balancer: the suite's own server (A) and a second one (B)
// started here on the same database. Public pages and API answers are kept and tagged per state of the register
// (lib/http-cache); a change made through A must be on B's very next answer, and a client that has B's answer gets
// 304 only while it is still current.

const DATA_DIR = process.env.E2E_DATA_DIR ?? "data/e2e";
const PORT_B = Number(process.env.E2E_PORT ?? 3100) + 2;
const B = `http://localhost:${PORT_B}`;
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

let instanceB: ChildProcess;
let output = "";

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until || instanceB.exitCode !== null) throw new Error(`instance B did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

test.beforeAll(async () => {
  const { port } = JSON.parse(readFileSync(path.join(DATA_DIR, "embedded-db.json"), "utf8")) as { port: number };
  instanceB = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/next-server.ts")], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT_B),
      HOST: "127.0.0.1",
      DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      DATABASE_POOL_SIZE: "1",
      NEXTAUTH_SECRET: readFileSync(path.join(DATA_DIR, "auth-secret"), "utf8").trim(),
      NEXTAUTH_URL: B,
      PAGE_CACHE: "on",
      PAGE_CACHE_ORIGIN: `http://127.0.0.1:${PORT_B}`,
      TZR_DATA_DIR: DATA_DIR,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  instanceB.stdout?.on("data", (chunk) => (output += chunk));
  instanceB.stderr?.on("data", (chunk) => (output += chunk));
  await waitFor(`${B}/api/v1/commitments?limit=1`, 60_000);
});

test.afterAll(() => {
  instanceB?.kill("SIGTERM");
});

test.describe("a change through one instance", () => {
  test.use({ storageState: signedInAs("coordinatorJenV") });

  test("is on the other instance's next page and API answer, and its old entity tags no longer match", async ({ page, browser }, testInfo) => {
    const title = `Evaluatie toezicht op twee servers ${Date.now().toString(36)}`;
    const listPath = `/toezeggingen?q=${encodeURIComponent(title)}`;
    const apiPath = `/api/v1/commitments?q=${encodeURIComponent(title)}`;

    // B answers and keeps the (empty) search, and confirms a client's copy with 304
    const before = await fetch(`${B}${listPath}`);
    expect(before.status).toBe(200);
    expect((await before.text()).includes("0 toezeggingen gevonden")).toBe(true);
    const pageTag = before.headers.get("etag")!;
    expect(pageTag).toMatch(/^W\//);
    expect(before.headers.get("cache-control")).toContain("public");
    expect(before.headers.get("vary")).toContain("Cookie");
    const kept = await fetch(`${B}${listPath}`);
    expect(kept.headers.get("x-page-cache")).toBe("hit");
    await kept.text();
    expect((await fetch(`${B}${listPath}`, { headers: { "If-None-Match": pageTag } })).status).toBe(304);
    const apiBefore = await fetch(`${B}${apiPath}`);
    expect((await apiBefore.json()).items).toEqual([]);
    const apiTag = apiBefore.headers.get("etag")!;
    expect((await fetch(`${B}${apiPath}`, { headers: { "If-None-Match": apiTag } })).status).toBe(304);

    // the change, through A (the suite's server)
    const number = await recordCommitment(page, {
      title,
      text: "Ik informeer uw Kamer voor de zomer over de evaluatie van het toezicht.",
      madeOn: today,
      occasion: "Commissiedebat justitie",
      minister: "E2E Minister van JenV",
      ministerFunction: "Minister van Justitie en Veiligheid",
      ministry: "JenV",
      deadline: "voor de zomer",
    });

    // B's very next answers show it: the page, with or without the old tag, and the API
    const after = await fetch(`${B}${listPath}`, { headers: { "If-None-Match": pageTag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(pageTag);
    expect((await after.text()).includes(number)).toBe(true);
    const apiAfter = await fetch(`${B}${apiPath}`, { headers: { "If-None-Match": apiTag } });
    expect(apiAfter.status).toBe(200);
    expect((await apiAfter.json()).items.map((c: { number: string }) => c.number)).toEqual([number]);

    // and an anonymous reader's browser on B sees the commitment, from a page that works under its policy
    const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const readerPage = await reader.newPage();
    const blocked: string[] = [];
    readerPage.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) blocked.push(m.text());
    });
    await readerPage.goto(`${B}/toezeggingen/${number}`);
    await expect(readerPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await readerPage.goto(`${B}${listPath}`);
    await expect(readerPage.getByRole("link", { name: title })).toBeVisible();
    await screenshot(readerPage, testInfo, "instance-b-search");
    expect(blocked).toEqual([]);
    await reader.close();
  });
});
