// A postponement letter (lib/data/letter-import.ts) against a real database: proposed as a deadline re-set on the
// commitment it postpones, saved with the letter as the reason in one audit event, refused for another ministry's
// editor and for a commitment changed since the analysis — and then nothing at all is written.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { changeCommitmentStatus } from "@/lib/data/commitment-changes";
import { settle } from "@/lib/data/errors";
import { saveLetterImport } from "@/lib/data/letter-import";
import { analyseLetter } from "@/lib/data/letter-review";
import type { LetterReview, ReviewCandidate } from "@/lib/letter-import/review";
import {
  auditEventsAfter,
  commitmentRow,
  databaseForBlock,
  makeUser,
  registerSnapshot,
  testDatabaseKinds,
  transitionBody,
  useManagementDatabase,
  versionOf,
} from "../../support/management-fixtures";

// Ours, in the shape of the real uitstelbrieven of tests/fixtures/letters: it postpones the seeded TZ-2021-0006.
const LETTER = readFileSync(path.resolve(process.cwd(), "e2e/fixtures/uitstel-inspectie-cter.txt"), "utf8");

function reviewed(review: LetterReview, candidate: Partial<Record<string, unknown>>) {
  return {
    text: LETTER,
    letter: { citation: review.letter.citation, date: review.letter.date, title: review.letter.title },
    candidates: review.candidates.map((c) => ({
      kind: c.kind,
      decision: "accept",
      title: c.title,
      text: c.text,
      deadlinePhrase: c.deadlinePhrase,
      references: c.references,
      ministry: "JenV",
      ministerName: review.letter.ministerName,
      ministerFunction: review.letter.ministerFunction,
      fulfils: "",
      otherNumber: "",
      ...candidate,
    })),
  };
}

describe.each(testDatabaseKinds)("a postponement letter (%s)", (kind) => {
  databaseForBlock(() => useManagementDatabase(kind));
  let editorJenV: CurrentUser;
  let editorBZK: CurrentUser;
  let coordinator: CurrentUser;
  let review: LetterReview;
  let postponed: ReviewCandidate;

  beforeAll(async () => {
    editorJenV = await makeUser("editor", "JenV", "editor-jenv-uitstel");
    editorBZK = await makeUser("editor", "BZK", "editor-bzk-uitstel");
    coordinator = await makeUser("coordinator", null, "coordinator-uitstel");
    const analysed = await analyseLetter(editorJenV, { text: LETTER });
    if (!analysed.ok) throw new Error(analysed.message);
    review = analysed.review;
    postponed = review.candidates[0]!;
  });

  it("is read as a postponement of the commitment it names, proposed first and open to this editor", () => {
    expect(review.candidates).toHaveLength(1);
    expect(postponed).toMatchObject({ kind: "postponed", deadlinePhrase: "voor de zomer van 2022" });
    expect(postponed.postponementReason).toBe("Het rapport kan tot mijn spijt niet binnen de toegezegde termijn worden afgerond.");
    expect(postponed.proposals[0]).toMatchObject({ number: "TZ-2021-0006", refusal: null });
  });

  it("links the dossiers it names without a number: to the register's dossier page when known, else to officielebekendmakingen", async () => {
    const analysed = await analyseLetter(editorJenV, { text: `${LETTER}\n\nZie ook Kamerstuk 29 628 en het wetsvoorstel 35 424.` });
    if (!analysed.ok) throw new Error(analysed.message);
    expect(analysed.review.dossiers).toEqual([
      { key: "29628", label: "29 628", href: "/dossiers/29628", inRegister: true },
      { key: "35424", label: "35 424", href: "https://zoek.officielebekendmakingen.nl/dossier/35424", inRegister: false },
    ]);
  });

  it("refuses another ministry's editor, and writes nothing", async () => {
    const top = postponed.proposals[0]!;
    const before = await registerSnapshot("TZ-2021-0006");
    const result = await settle(saveLetterImport(editorBZK, reviewed(review, { fulfils: `${top.number}@${top.version}` })));
    expect(result).toMatchObject({ ok: false, status: 403, message: expect.stringContaining("uitstelbericht") });
    expect(await registerSnapshot("TZ-2021-0006")).toEqual(before);
  });

  it("asks for the new deadline, and refuses one the commitment cannot take", async () => {
    const top = postponed.proposals[0]!;
    const empty = await settle(saveLetterImport(editorJenV, reviewed(review, { fulfils: `${top.number}@${top.version}`, deadlinePhrase: "" })));
    expect(empty).toMatchObject({ ok: false, status: 400, errors: { "candidates.0.deadlinePhrase": [expect.stringContaining("nieuwe termijn")] } });
    const same = await settle(saveLetterImport(editorJenV, reviewed(review, { fulfils: `${top.number}@${top.version}`, deadlinePhrase: "najaar 2021" })));
    expect(same).toMatchObject({ ok: false, status: 400, message: expect.stringContaining("Er is niets vastgelegd") });
  });

  it("refuses when the commitment changed after the analysis, and writes nothing", async () => {
    const top = postponed.proposals[0]!;
    const stale = { fulfils: `${top.number}@${top.version - 1}` };
    const before = await registerSnapshot("TZ-2021-0006");
    const result = await settle(saveLetterImport(editorJenV, reviewed(review, stale)));
    expect(result).toMatchObject({ ok: false, status: 409, message: expect.stringContaining("analyseer de brief opnieuw") });
    expect(await registerSnapshot("TZ-2021-0006")).toEqual(before);
  });

  it("re-sets the deadline with the letter as its reason, in one audit event of the commitment", async () => {
    const top = postponed.proposals[0]!;
    const before = await registerSnapshot("TZ-2021-0006");
    const result = await settle(saveLetterImport(editorJenV, reviewed(review, { fulfils: `${top.number}@${top.version}` })));
    expect(result.ok ? result.value : result).toEqual({ documentId: "kst-29628-9121", created: [], fulfilled: [], postponed: ["TZ-2021-0006"] });
    const row = await commitmentRow("TZ-2021-0006");
    expect(row).toMatchObject({ status: "open", deadlinePhrase: "voor de zomer van 2022", deadlineLatest: "2022-07-07" });
    // the letter is recorded as a document (its own event); the commitment gets exactly one
    const events = (await auditEventsAfter(before.lastAuditId)).filter((e) => e.entityType === "commitment");
    expect(events.map((e) => [e.action, e.entityId, e.reason])).toEqual([
      ["commitment.deadline_reset", "TZ-2021-0006", "Uitstelbericht Kamerstuk 29 628, nr. 9121 van 14 december 2021"],
    ]);
    expect(events[0]!.changes).toContainEqual({ field: "deadlinePhrase", before: "najaar 2021", after: "voor de zomer van 2022" });
  });

  it("records it as a new commitment when the reviewer says it postpones nothing in the register", async () => {
    const version = await versionOf("TZ-2021-0006");
    const moved = await settle(changeCommitmentStatus(coordinator, "TZ-2021-0006", transitionBody("partially_fulfilled", version)));
    expect(moved.ok).toBe(true);
    const result = await settle(
      saveLetterImport(editorJenV, reviewed(review, { fulfils: "new", title: "Rapport Inspectie over het informatieknooppunt CTER" })),
    );
    expect(result.ok ? result.value.created : result).toHaveLength(1);
    if (!result.ok) return;
    expect(await commitmentRow(result.value.created[0]!)).toMatchObject({
      status: "open",
      title: "Rapport Inspectie over het informatieknooppunt CTER",
      deadlinePhrase: "voor de zomer van 2022",
      madeOn: "2021-12-14",
    });
  });
});
