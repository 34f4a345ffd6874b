// Saving a reviewed letter (lib/data/letter-import.ts) against a real database: new and fulfilled commitments in one
// transaction with their audit events, the permission rules (an editor cannot fulfil), and all-or-nothing on any
// refusal, invalid field or failure midway. The letter is the e2e fixture; the candidates are whatever the extraction
// finds in it, so these tests follow lib/extraction rather than restating it.
import { readFileSync } from "node:fs";
import { settle } from "@/lib/data/errors";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { changeCommitmentStatus } from "@/lib/data/commitment-changes";
import { saveLetterImport } from "@/lib/data/letter-import";
import { analyseLetter } from "@/lib/data/letter-review";
import { db } from "@/lib/db";
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

const LETTER = readFileSync(path.resolve(process.cwd(), "e2e/fixtures/brief-politiebegroting.txt"), "utf8");
const LETTER_ID = "kst-29628-9120";
const LETTER_DATE = "2022-09-20";

type Decisions = Record<
  number,
  {
    decision?: "accept" | "reject";
    fulfils?: string;
    otherNumber?: string;
    title?: string;
    deadlinePhrase?: string;
    ministry?: string;
    allowDuplicate?: boolean;
  }
>;

/** The review form's values for `review`, as a reviewer who leaves every prefilled field as it is would post them. */
function reviewed(review: LetterReview, decisions: Decisions, letter: Partial<{ citation: string; date: string; title: string }> = {}) {
  return {
    text: LETTER,
    letter: { citation: review.letter.citation, date: review.letter.date || LETTER_DATE, title: review.letter.title, ...letter },
    candidates: review.candidates.map((c) => ({
      kind: c.kind,
      decision: "reject",
      title: c.title,
      text: c.text,
      deadlinePhrase: c.deadlinePhrase,
      references: c.references,
      ministry: review.letter.ministry || "JenV",
      ministerName: review.letter.ministerName || "A.B. Voorbeeld",
      ministerFunction: review.letter.ministerFunction || "Minister van Justitie en Veiligheid",
      fulfils: "",
      otherNumber: "",
      ...decisions[c.index],
    })),
  };
}

const newOnes = (review: LetterReview) => review.candidates.filter((c) => c.kind === "new");
/** The fulfilled candidate about the budget exploration (TZ-2021-0013), as the proposals rank it. */
const budgetCandidate = (review: LetterReview): ReviewCandidate => {
  const found = review.candidates.find((c) => c.kind === "fulfilled" && c.proposals[0]?.number === "TZ-2021-0013");
  if (!found)
    throw new Error(
      `no fulfilled candidate proposes TZ-2021-0013: ${JSON.stringify(review.candidates.map((c) => [c.kind, c.text, c.proposals.map((p) => p.number)]))}`,
    );
  return found;
};

describe.each(testDatabaseKinds)("saving a reviewed letter (%s)", (kind) => {
  databaseForBlock(() => useManagementDatabase(kind));
  let coordinator: CurrentUser;
  let editorJenV: CurrentUser;
  let editorBZK: CurrentUser;
  let review: LetterReview;

  beforeAll(async () => {
    coordinator = await makeUser("coordinator", null, "coordinator");
    editorJenV = await makeUser("editor", "JenV", "editor-jenv");
    editorBZK = await makeUser("editor", "BZK", "editor-bzk");
    const analysed = await analyseLetter(coordinator, { text: LETTER });
    if (!analysed.ok) throw new Error(analysed.message);
    review = analysed.review;
  });

  it("reads the letter: its footer, new candidates, and the open commitment it fulfils ranked first", () => {
    expect(review.letter.citation).toBe("Kamerstuk 29 628, nr. 9120");
    expect(review.letter.ministry).toBe("JenV");
    expect(newOnes(review).length).toBeGreaterThanOrEqual(2);
    const budget = budgetCandidate(review);
    const top = budget.proposals[0]!;
    expect(top).toMatchObject({ number: "TZ-2021-0013", status: "open", refusal: null });
    expect(top.sharedReferences).toContainEqual({ id: "kst-29628-1030", label: "Kamerstuk 29 628, nr. 1030", role: "source" });
    // clearly ahead of the other commitments made in the same letter
    expect(top.score - (budget.proposals[1]?.score ?? 0)).toBeGreaterThan(0.15);
    expect(budget.context.match).toBe(budget.text.replace(/\s+/g, " "));
  });

  it("shows an editor that fulfilling is not theirs to do", async () => {
    const analysed = await analyseLetter(editorJenV, { text: LETTER });
    expect(analysed.ok).toBe(true);
    const budget = budgetCandidate(analysed.ok ? analysed.review : review);
    expect(budget.proposals[0]!.refusal).toContain("Alleen een coördinator");
  });

  it("refuses an editor who accepts a fulfilment: nothing at all is written, not even the new commitments", async () => {
    const before = await registerSnapshot("TZ-2021-0010");
    const [first] = newOnes(review);
    const budget = budgetCandidate(review);
    const result = await settle(
      saveLetterImport(
        editorJenV,
        reviewed(review, { [first!.index]: { decision: "accept" }, [budget.index]: { decision: "accept", fulfils: "other", otherNumber: "TZ-2021-0010" } }),
      ),
    );
    expect(result).toMatchObject({ ok: false, status: 403 });
    if (result.ok) return;
    expect(result.message).toContain("Er is niets vastgelegd");
    expect(result.message).toContain("Alleen een coördinator kan een toezegging als nagekomen markeren");
    expect(Object.keys(result.errors ?? {})).toEqual([`candidates.${budget.index}.decision`]);
    expect(await registerSnapshot("TZ-2021-0010")).toEqual(before);
  });

  it("refuses an editor who files the new commitments under another ministry", async () => {
    const before = await registerSnapshot();
    const [first] = newOnes(review);
    const result = await settle(saveLetterImport(editorBZK, reviewed(review, { [first!.index]: { decision: "accept", ministry: "JenV" } })));
    expect(result).toMatchObject({
      ok: false,
      status: 403,
      errors: { [`candidates.${first!.index}.decision`]: [expect.stringContaining("eigen ministerie (BZK)")] },
    });
    expect(await registerSnapshot()).toEqual(before);
  });

  it("writes nothing when a candidate is invalid, and names the field", async () => {
    const before = await registerSnapshot();
    const [first, second] = newOnes(review);
    const result = await settle(
      saveLetterImport(
        coordinator,
        reviewed(review, {
          [first!.index]: { decision: "accept", title: "" },
          [second!.index]: { decision: "accept", deadlinePhrase: "ergens binnenkort-achtig" },
        }),
      ),
    );
    expect(result).toMatchObject({ ok: false, status: 400 });
    const errors = result.ok ? {} : (result.errors ?? {});
    expect(errors[`candidates.${first!.index}.title`]?.[0]).toContain("titel");
    expect(errors[`candidates.${second!.index}.deadlinePhrase`]).toHaveLength(1);
    expect(await registerSnapshot()).toEqual(before);
  });

  it("asks for the letter's date and a choice for every candidate", async () => {
    const input = reviewed(review, {}, { date: "" });
    input.candidates[0]!.decision = "";
    const result = await settle(saveLetterImport(coordinator, input));
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(Object.keys(result.ok ? {} : (result.errors ?? {})).sort()).toEqual(["candidates.0.decision", "letter.date"]);
  });

  it("refuses when nothing is accepted, or when the candidates no longer fit the text", async () => {
    expect(await settle(saveLetterImport(coordinator, reviewed(review, {})))).toMatchObject({
      ok: false,
      message: expect.stringContaining("Er is niets om vast te leggen"),
    });
    const tampered = reviewed(review, { [newOnes(review)[0]!.index]: { decision: "accept" } });
    tampered.candidates[newOnes(review)[0]!.index]!.kind = "fulfilled";
    expect(await settle(saveLetterImport(coordinator, tampered))).toMatchObject({ ok: false, message: expect.stringContaining("Analyseer de brief opnieuw") });
    expect(await settle(saveLetterImport(null, tampered))).toMatchObject({ ok: false, status: 401 });
  });

  it("rolls everything back when the commitment to fulfil changed after the analysis (a failure midway)", async () => {
    const [first, second] = newOnes(review);
    const seen = await versionOf("TZ-2021-0010");
    // Someone records progress on it between analysis and saving.
    const moved = await settle(changeCommitmentStatus(coordinator, "TZ-2021-0010", transitionBody("partially_fulfilled", seen)));
    expect(moved.ok).toBe(true);
    const before = await registerSnapshot("TZ-2021-0010");
    const budget = budgetCandidate(review);
    const result = await settle(
      saveLetterImport(
        coordinator,
        reviewed(review, {
          [first!.index]: { decision: "accept" },
          [second!.index]: { decision: "accept" },
          [budget.index]: { decision: "accept", fulfils: `TZ-2021-0010@${seen}` },
        }),
      ),
    );
    expect(result).toMatchObject({ ok: false, status: 409, message: expect.stringContaining("TZ-2021-0010 is gewijzigd nadat u de brief analyseerde") });
    // The new commitments were inserted before the conflict was found; none of it (nor their numbers) survives.
    expect(await registerSnapshot("TZ-2021-0010")).toEqual(before);
  });

  it("rolls everything back when the commitment was closed in the meantime", async () => {
    const before = await registerSnapshot("TZ-2021-0002");
    const [first] = newOnes(review);
    const budget = budgetCandidate(review);
    const result = await settle(
      saveLetterImport(
        coordinator,
        reviewed(review, { [first!.index]: { decision: "accept" }, [budget.index]: { decision: "accept", fulfils: "other", otherNumber: "TZ-2021-0002" } }),
      ),
    );
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      errors: { [`candidates.${budget.index}.fulfils`]: [expect.stringContaining("TZ-2021-0002: Toezegging is al nagekomen")] },
    });
    expect(await registerSnapshot("TZ-2021-0002")).toEqual(before);
  });

  it("creates the accepted new commitments and fulfils the chosen one in one transaction, with one audit event each", async () => {
    const news = newOnes(review);
    const accepted = news.slice(0, -1);
    const rejected = news.at(-1)!;
    const budget = budgetCandidate(review);
    const top = budget.proposals[0]!;
    const before = await registerSnapshot("TZ-2021-0013");
    const decisions: Decisions = { [budget.index]: { decision: "accept", fulfils: `${top.number}@${top.version}` } };
    for (const c of accepted) decisions[c.index] = { decision: "accept" };
    decisions[rejected.index] = { decision: "reject" };

    const result = await settle(saveLetterImport(coordinator, reviewed(review, decisions, { title: "Systematiek van de politiebegroting" })));
    expect(result.ok ? result.value : result).toMatchObject({ documentId: LETTER_ID, fulfilled: ["TZ-2021-0013"] });
    if (!result.ok) return;
    const { created } = result.value;
    expect(created).toHaveLength(accepted.length);
    expect(created.every((n) => /^TZ-2022-\d{4}$/.test(n))).toBe(true);

    // The letter, as a document with its date and title.
    const letter = await db().document.findUniqueOrThrow({ where: { id: LETTER_ID } });
    expect([letter.label, letter.title, letter.date?.toISOString().slice(0, 10)]).toEqual([
      "Kamerstuk 29 628, nr. 9120",
      "Systematiek van de politiebegroting",
      LETTER_DATE,
    ]);

    // Each new commitment: open, made on the letter's date, in the letter, with its deadline resolved.
    for (const [i, number] of created.entries()) {
      const row = await commitmentRow(number);
      const candidate = accepted[i]!;
      expect(row).toMatchObject({
        status: "open",
        madeOn: LETTER_DATE,
        title: candidate.title,
        ministry: "JenV",
        activity: "Brief van de minister van Justitie en Veiligheid (Kamerstuk 29 628, nr. 9120)",
        deadlinePhrase: candidate.deadlinePhrase || null,
      });
      expect(row!.references).toContain(`source:${LETTER_ID}`);
      if (candidate.deadlinePhrase) expect(row!.deadlineLatest).not.toBeNull();
    }
    expect(await db().commitment.count({ where: { text: rejected.text } })).toBe(0);

    // The fulfilled one: status, date, version, and the letter as its fulfilment.
    const fulfilled = await commitmentRow("TZ-2021-0013");
    expect(fulfilled).toMatchObject({ status: "fulfilled", version: (before.commitment!.version as number) + 1 });
    expect(fulfilled!.references).toContain(`fulfilment:${LETTER_ID}`);
    const stored = await db().commitment.findUniqueOrThrow({ where: { number: "TZ-2021-0013" }, select: { fulfilledOn: true } });
    expect(stored.fulfilledOn?.toISOString().slice(0, 10)).toBe(LETTER_DATE);

    // Audit: the letter's document (new to the register), one event per created commitment, one status change.
    const events = await auditEventsAfter(before.lastAuditId);
    const after = await registerSnapshot();
    const newDocuments = after.counts.document! - before.counts.document!;
    expect(events.filter((e) => e.action === "document.created")).toHaveLength(newDocuments);
    expect(events.filter((e) => e.action === "document.created").map((e) => e.entityId)).toContain(LETTER_ID);
    expect(events.filter((e) => e.action === "commitment.created").map((e) => e.entityId)).toEqual(created);
    const statusEvents = events.filter((e) => e.action === "commitment.status_changed");
    expect(statusEvents).toHaveLength(1);
    expect(statusEvents[0]).toMatchObject({ entityId: "TZ-2021-0013", actorId: coordinator.id });
    expect(statusEvents[0]!.changes).toEqual([
      { field: "status", before: "open", after: "fulfilled" },
      { field: "fulfilledBy", before: null, after: LETTER_ID },
    ]);
    expect(events).toHaveLength(newDocuments + created.length + 1);
    expect(after.counts.commitment! - before.counts.commitment!).toBe(created.length);
  });

  it("lists the letter's commitments once saved, and warns that the register already knows it", async () => {
    const again = await analyseLetter(coordinator, { text: LETTER });
    expect(again.ok && again.review.alreadyCitedBy).toBeGreaterThanOrEqual(2);
    // TZ-2021-0013 is fulfilled now: it is no longer proposed.
    const proposals = again.ok ? again.review.candidates.flatMap((c) => c.proposals.map((p) => p.number)) : [];
    expect(proposals).not.toContain("TZ-2021-0013");
  });

  it("recognises each new candidate already recorded from this letter, and records a second one only when asked to", async () => {
    const again = await analyseLetter(coordinator, { text: LETTER });
    if (!again.ok) throw new Error(again.message);
    const [first] = newOnes(again.review);
    const saved = await db().commitment.findFirst({
      where: { text: first!.text, references: { some: { documentId: LETTER_ID, role: "source" } } },
      select: { number: true, title: true },
    });
    expect(saved).not.toBeNull();
    expect(first!.duplicateOf).toEqual({ number: saved!.number, title: saved!.title });

    const before = await registerSnapshot();
    const refused = await settle(saveLetterImport(coordinator, reviewed(again.review, { [first!.index]: { decision: "accept" } })));
    expect(refused).toMatchObject({
      ok: false,
      status: 400,
      errors: { [`candidates.${first!.index}.decision`]: [expect.stringContaining(`Al in het register: ${saved!.number}`)] },
    });
    expect(await registerSnapshot()).toEqual(before);

    const twice = await settle(saveLetterImport(coordinator, reviewed(again.review, { [first!.index]: { decision: "accept", allowDuplicate: true } })));
    expect(twice).toMatchObject({ ok: true, value: { created: [expect.stringMatching(/^TZ-/)] } });
    expect(await db().commitment.count({ where: { text: first!.text } })).toBe(2);
  });
});
