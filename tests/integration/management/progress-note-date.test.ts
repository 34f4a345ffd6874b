// A progress note is dated on the register's calendar (Europe/Amsterdam, or TZR_TODAY), also the note that comes with
// a status change to "deels nagekomen": just after midnight in The Hague it is already the next day.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settle } from "@/lib/data/errors";
import { changeCommitmentStatus } from "@/lib/data/commitment-changes";
import { listProgressNotes } from "@/lib/data/progress-notes";
import {
  databaseForBlock,
  freshCommitment,
  makeCast,
  testDatabaseKinds,
  transitionBody,
  useManagementDatabase,
  type Cast,
} from "../../support/management-fixtures";

describe.each(testDatabaseKinds)("the date of a progress note on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useManagementDatabase(kind));
  let cast: Cast;
  const pinned = process.env.TZR_TODAY;

  beforeAll(async () => {
    cast = await makeCast();
  });
  afterAll(async () => {
    if (pinned === undefined) delete process.env.TZR_TODAY;
    else process.env.TZR_TODAY = pinned;
  });

  it("is the register's today when a status change brings the note", async () => {
    const coordinator = cast.coordinator.user!;
    const number = await freshCommitment(coordinator);
    process.env.TZR_TODAY = "2030-01-02";
    const moved = await settle(changeCommitmentStatus(coordinator, number, transitionBody("partially_fulfilled", 1)));
    expect(moved.ok).toBe(true);
    const notes = await listProgressNotes(number, { showNames: false });
    expect(notes.map((n) => n.date)).toEqual(["2030-01-02"]);
  });
});
