// A change that starts from an older version is refused with 409 and the commitment as it is now — before anything
// else is judged, so a stale status change that would also be an invalid transition still says "someone else
// changed this", not "this transition is not allowed". An edit that starts from an older version is merged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callApi,
  freshCommitment,
  makeCast,
  testDatabaseKinds,
  useManagementDatabase,
  versionOf,
  type Cast,
  type TestDatabase,
} from "../../support/management-fixtures";

describe.each(testDatabaseKinds)("stale versions on %s PostgreSQL", (kind) => {
  let database: TestDatabase;
  let cast: Cast;

  beforeAll(async () => {
    database = await useManagementDatabase(kind);
    cast = await makeCast();
  });
  afterAll(async () => database?.drop());

  const token = () => cast.coordinator.token!;

  it("a stale status change answers 409 with the current commitment, even when the transition is not allowed", async () => {
    const number = await freshCommitment(cast.coordinator.user!, { status: "fulfilled" });
    const version = await versionOf(number);
    // fulfilled → lapsed is not allowed; with a stale version the conflict is what the caller needs to hear
    const answer = await callApi("status", {
      token: token(),
      number,
      body: { to: "lapsed", reason: "Niet meer nodig na de wetswijziging.", version: version - 1 },
    });
    expect(answer.status).toBe(409);
    expect(answer.body.current).toMatchObject({ number, status: "fulfilled", version });
  });

  it("a stale deadline re-set and a stale progress note answer 409 with the current commitment", async () => {
    const number = await freshCommitment(cast.coordinator.user!);
    const version = await versionOf(number);
    const deadline = await callApi("deadline", {
      token: token(),
      number,
      body: { deadlinePhrase: "voor de zomer van 2031", reason: "Het onderzoek loopt uit.", version: version + 1 },
    });
    expect(deadline.status).toBe(409);
    expect(deadline.body.current).toMatchObject({ number, version });
    const note = await callApi("notes", { token: token(), number, body: { date: "2026-11-01", text: "Het onderzoek is gestart.", version: version + 1 } });
    expect(note.status).toBe(409);
    expect(note.body.current).toMatchObject({ number, version });
    expect(await versionOf(number)).toBe(version);
  });

  it("a stale PATCH that only touches fields nobody else changed is merged on re-send with the version it was told", async () => {
    const number = await freshCommitment(cast.coordinator.user!, { title: "Titel van het begin" });
    const start = await versionOf(number);
    const first = await callApi("edit", { token: token(), number, body: { committee: "Commissie voor de Rijksuitgaven", version: start } });
    expect(first.body.unchanged).toBe(false);
    expect(first.status).toBe(200);
    const stale = await callApi("edit", { token: token(), number, body: { title: "Titel van de tweede", version: start } });
    expect(stale.status).toBe(409);
    const retry = await callApi("edit", { token: token(), number, body: { title: "Titel van de tweede", version: stale.body.current.version } });
    expect(retry.status).toBe(200);
    const now = (await callApi("edit", { token: token(), number, body: { version: await versionOf(number) } })).body;
    expect(now).toMatchObject({ unchanged: true });
    const { db } = await import("@/lib/db");
    const row = await db().commitment.findUniqueOrThrow({ where: { number }, select: { title: true, committee: true } });
    expect(row).toEqual({ title: "Titel van de tweede", committee: "Commissie voor de Rijksuitgaven" });
  });
});
