// Following through lib/data/following.ts: what a user follows is theirs alone, following twice is harmless, and a
// selection is the list's own query, validated and spelled one way.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import {
  followCommitment,
  followFilter,
  getFollowingOverview,
  isFollowingCommitment,
  setOwnerReminders,
  unfollowCommitment,
  unfollowFilter,
} from "@/lib/data/following";
import { databaseForBlock, testDatabaseKinds, useSeededDatabase } from "../../support/register-fixtures";
import { makeUser } from "./reminder-fixtures";

describe.each(testDatabaseKinds)("following on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useSeededDatabase(kind));
  let editor: CurrentUser;
  let other: CurrentUser;

  beforeAll(async () => {
    editor = await makeUser("editor", "JenV", "Redacteur Volgen");
    other = await makeUser("coordinator", null, "Coördinator Ander");
  });

  it("follows a commitment once however often asked, and stops", async () => {
    expect(await followCommitment(editor, "TZ-2021-0010")).toMatchObject({ ok: true, unchanged: false });
    expect(await followCommitment(editor, "TZ-2021-0010")).toMatchObject({ ok: true, unchanged: true });
    expect(await isFollowingCommitment(editor, "TZ-2021-0010")).toBe(true);
    expect(await isFollowingCommitment(other, "TZ-2021-0010")).toBe(false);
    expect((await getFollowingOverview(editor)).commitments).toEqual([
      expect.objectContaining({ number: "TZ-2021-0010", status: "open", deadlinePhrase: "uiterlijk in het voorjaar van 2022", deadlineLatest: "2022-05-31" }),
    ]);
    expect(await unfollowCommitment(editor, "TZ-2021-0010")).toMatchObject({ ok: true, unchanged: false });
    expect(await isFollowingCommitment(editor, "TZ-2021-0010")).toBe(false);
  });

  it("refuses the signed-out and unknown commitments", async () => {
    expect(await followCommitment(null, "TZ-2021-0010")).toMatchObject({ ok: false, status: 401 });
    expect(await followCommitment(editor, "TZ-1999-0001")).toMatchObject({ ok: false, status: 404 });
  });

  it("follows a selection under a name, once per selection however it is spelled", async () => {
    const first = await followFilter(editor, { name: "Te laat bij JenV", query: "?status=overdue&ministry=JenV&page=2" });
    expect(first).toMatchObject({ ok: true, value: { query: "ministry=JenV&status=overdue" } });
    expect(await followFilter(editor, { name: "Nog eens", query: "ministry=JenV&status=overdue&sort=number" })).toMatchObject({
      ok: false,
      status: 400,
      errors: { name: ['U volgt deze selectie al, als "Te laat bij JenV".'] },
    });
    // Someone else may follow the same selection.
    expect(await followFilter(other, { name: "Te laat", query: "status=overdue&ministry=JenV" })).toMatchObject({ ok: true });
    expect(await followFilter(editor, { name: "Fout", query: "status=misschien" })).toMatchObject({
      ok: false,
      errors: { query: [expect.stringContaining("status")] },
    });
    expect(await followFilter(editor, { name: "", query: "" })).toMatchObject({ ok: false, errors: { name: [expect.any(String)] } });

    const overview = await getFollowingOverview(editor);
    expect(overview.filters).toEqual([
      expect.objectContaining({
        name: "Te laat bij JenV",
        query: "ministry=JenV&status=overdue",
        description: "status over de termijn; Ministerie van Justitie en Veiligheid",
      }),
    ]);

    // Another user's id is not theirs to delete.
    const id = first.ok ? first.value.id : 0;
    expect(await unfollowFilter(other, id)).toMatchObject({ ok: true, unchanged: true });
    expect(await unfollowFilter(editor, id)).toMatchObject({ ok: true, unchanged: false });
    expect((await getFollowingOverview(editor)).filters).toEqual([]);
  });

  it("describes each followed selection with the names of its ministries and ministers", async () => {
    const grapperhaus = await db().minister.findFirstOrThrow({ where: { name: "F.B.J. Grapperhaus" }, select: { id: true } });
    const followed = await followFilter(other, { name: "Grapperhaus", query: `minister=${grapperhaus.id}&dossier=29628&deadlineFrom=2022-01-01` });
    expect(followed).toMatchObject({ ok: true });
    expect((await getFollowingOverview(other)).filters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: "Grapperhaus",
          description: "bewindspersoon F.B.J. Grapperhaus; dossier 29 628; uiterste termijn vanaf 1 januari 2022",
        }),
        expect.objectContaining({ name: "Te laat", description: "status over de termijn; Ministerie van Justitie en Veiligheid" }),
      ]),
    );
  });

  it("lets an editor switch their ministry's reminders off and on; other roles have no such setting", async () => {
    expect((await getFollowingOverview(editor)).ownerReminders).toBe(true);
    await setOwnerReminders(editor, false);
    expect((await getFollowingOverview(editor)).ownerReminders).toBe(false);
    await setOwnerReminders(editor, true);
    expect((await getFollowingOverview(editor)).ownerReminders).toBe(true);
    expect((await getFollowingOverview(other)).ownerReminders).toBeNull();
  });
});
