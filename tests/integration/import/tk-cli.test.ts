// `npm run import:tk`: the same import from the command line, as the system, against the database of DATABASE_URL.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { toDatabaseUrl } from "@/lib/platform/pg-connection";
import {
  auditEventsAfter,
  databaseForBlock,
  registerSnapshot,
  testDatabaseKinds,
  useManagementDatabase,
  type TestDatabase,
} from "../../support/management-fixtures";
import { commitmentByTk, FIXTURES } from "./import-fixtures";

const run = promisify(execFile);

async function cli(database: TestDatabase, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "--conditions=react-server", "scripts/import-tk.ts", ...args], {
      env: { ...process.env, DATABASE_URL: toDatabaseUrl(database.params) },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe.each(testDatabaseKinds)("npm run import:tk on %s PostgreSQL", (kind) => {
  const database = databaseForBlock(() => useManagementDatabase(kind));

  it("checks with --dry-run, refuses while records are invalid, imports the valid ones with --alleen-geldige as the system", async () => {
    const file = path.join(FIXTURES, "tk-toezeggingen.json");
    const before = await registerSnapshot();
    const dryRun = await cli(database(), file, "--dry-run");
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toContain("tk-toezeggingen.json: 9 rijen — 6 aanmaken, 2 ongeldig, 1 overgeslagen.");
    expect(dryRun.stdout).toContain('rij 7, Status [fout]: Onbekende status "Niet nagekomen"');
    expect(dryRun.stdout).toContain("Proefimport: er is niets gewijzigd.");

    const refused = await cli(database(), file);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("Er is niets geïmporteerd");
    expect(await registerSnapshot()).toEqual(before);

    const valid = await cli(database(), file, "--alleen-geldige");
    expect(valid.code).toBe(0);
    expect(valid.stdout).toMatch(/rij 1: aanmaken TZ202106-001 → TZ-2021-\d{4}/);
    expect(valid.stdout).toContain("Geïmporteerd: 6 aangemaakt, 0 bijgewerkt.");
    expect((await commitmentByTk("TZ202106-002"))!.status).toBe("fulfilled");
    const events = await auditEventsAfter(before.lastAuditId);
    expect(new Set(events.map((e) => [e.actorId, e.actorName].join("|")))).toEqual(new Set(["|Systeem (opdrachtregel)"]));

    const again = await registerSnapshot();
    expect((await cli(database(), file, "--alleen-geldige")).stdout).toContain("Geïmporteerd: er was niets te wijzigen.");
    expect(await registerSnapshot()).toEqual(again);
  });

  it("says how to use it, and why a file is refused", async () => {
    expect(await cli(database())).toMatchObject({ code: 2, stderr: expect.stringContaining("Gebruik: npm run import:tk -- <bestand.json>") });
    expect(await cli(database(), path.join(FIXTURES, "bestaat-niet.json"))).toMatchObject({ code: 2, stderr: expect.stringContaining("Kan ") });
    expect(await cli(database(), path.join(FIXTURES, "..", "csv-import.test.ts"))).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("Niet geïmporteerd: Dit is geen geldig JSON-bestand"),
    });
  });
});
