import "server-only";
import { duplicateMessage, findDuplicate } from "@/lib/commitment/duplicates";
import { commitmentsMadeIn } from "./commitment-duplicates";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decide, statusPermission, type Decision, type Permission } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { extractLetterOffThread } from "@/lib/letter-import/off-thread";
import type { KamerstukCitation } from "@/lib/kamerstuk";
import { letterActivity } from "@/lib/letter-import/ministry";
import { fulfilmentChoice, letterImportSchema, savesAsNew, type LetterImportInput } from "@/lib/letter-import/schema";
import { checkTransition } from "@/lib/commitment/transitions";
import { deadlineChanges, statusChanges, NO_EDITS, type CommitmentChange, type CommitmentState, type StatusChange } from "@/lib/commitment/change";
import { checkDeadlineReset } from "@/lib/commitment/deadline-reset";
import { tryResolveDeadline } from "@/lib/deadline";
import { formatDate } from "@/lib/format/dates";
import { createCommitmentSchema, fieldErrors, parseCitationOrId, type CreateCommitmentInput } from "@/lib/validation/commitment";
import { actorOf, permissionActor } from "./actor";
import { today } from "./clock";
import { createInTransaction } from "./commitment-create";
import { loadCommitmentState } from "./commitment-changes";
import { applyCommitmentChange, type WriteContext } from "./commitment-writes";
import { ensureDocument } from "./documents";
import { Conflict, Forbidden, InvalidInput, NotSignedIn } from "./errors";

export interface LetterImportOutcome {
  /** the letter's document id */
  documentId: string;
  /** numbers of the commitments the letter made, in the letter's order */
  created: string[];
  /** numbers of the commitments the letter fulfilled */
  fulfilled: string[];
  /** numbers of the commitments the letter gave a new deadline */
  postponed: string[];
}

type NewItem = { index: number; input: CreateCommitmentInput };
type FulfilItem = { index: number; number: string; version: number | null };
type PostponeItem = FulfilItem & { phrase: string };

const key = (index: number, field: string) => `candidates.${index}.${field}`;

/** createCommitmentSchema's field names → the review form's ("references.2.citation" → "ref.1": row 0 is the letter). */
function candidateFieldName(index: number, field: string): string {
  const ref = /^references\.(\d+)\.(?:citation|role)$/.exec(field);
  if (ref) return key(index, Number(ref[1]) === 0 ? "_" : `ref.${Number(ref[1]) - 1}`);
  if (field === "madeOn") return "letter.date";
  if (field === "activity") return key(index, "ministerFunction");
  return key(index, field);
}

/** An accepted new candidate as the ordinary create form would post it: made in this letter, citing what it cites. */
function createInput(input: LetterImportInput, letter: KamerstukCitation, index: number) {
  const c = input.candidates[index]!;
  const references = c.references
    .filter((citation) => {
      const parsed = parseCitationOrId(citation);
      return !parsed.ok || parsed.citation.id !== letter.id;
    })
    .map((citation) => {
      const parsed = parseCitationOrId(citation);
      // Document ids ("kst-29628-985") are accepted in the review; the create schema reads citations.
      return { citation: parsed.ok ? parsed.citation.label : citation, role: "related" as const };
    });
  return {
    title: c.title,
    text: c.text,
    madeOn: input.letter.date,
    activity: letterActivity(c.ministerFunction, letter.label),
    ministerName: c.ministerName,
    ministerFunction: c.ministerFunction,
    ministry: c.ministry,
    committee: null,
    addressee: null,
    deadlinePhrase: c.deadlinePhrase,
    references: [{ citation: letter.label, role: "source" as const }, ...references],
  };
}

/** Plans the save: every accepted candidate checked as its own form would be, before anything is written. */
async function plan(input: LetterImportInput, letter: KamerstukCitation) {
  const errors: Record<string, string[]> = {};
  const creates: Array<Omit<NewItem, "ministryId">> = [];
  const fulfils: FulfilItem[] = [];
  const postpones: PostponeItem[] = [];
  const chosen = new Map<string, number>();
  input.candidates.forEach((c, index) => {
    if (c.decision !== "accept") return;
    if (savesAsNew(c)) {
      const parsed = createCommitmentSchema.safeParse(createInput(input, letter, index));
      if (parsed.success) creates.push({ index, input: parsed.data });
      else
        for (const [field, messages] of Object.entries(fieldErrors(parsed.error))) {
          const name = candidateFieldName(index, field);
          errors[name] = [...(errors[name] ?? []), ...messages];
        }
      return;
    }
    const kind = c.kind === "postponed" ? "postponed" : "fulfilled";
    const choice = fulfilmentChoice(c, kind);
    if (choice.number === null) errors[key(index, "fulfils")] = [choice.message];
    else if (chosen.has(choice.number))
      errors[key(index, "fulfils")] = [
        `${choice.number} is al gekozen bij kandidaat ${chosen.get(choice.number)! + 1}; een brief komt een toezegging één keer na of stelt haar één keer uit.`,
      ];
    else if (kind === "postponed" && !c.deadlinePhrase.trim())
      errors[key(index, "deadlinePhrase")] = ['Geef de nieuwe termijn op zoals de brief die noemt, bijvoorbeeld "eind oktober".'];
    else {
      chosen.set(choice.number, index);
      const item = { index, number: choice.number, version: choice.version };
      if (kind === "postponed") postpones.push({ ...item, phrase: c.deadlinePhrase.trim() });
      else fulfils.push(item);
    }
  });

  const ministries = await db().ministry.findMany({ where: { code: { in: creates.map((c) => c.input.ministry) } }, select: { id: true, code: true } });
  const ministryIds = new Map(ministries.map((m) => [m.code, m.id]));
  const targets = [...fulfils, ...postpones];
  const owners = await db().commitment.findMany({
    where: { number: { in: targets.map((f) => f.number) } },
    select: { number: true, ministry: { select: { code: true } } },
  });
  const ownerOf = new Map(owners.map((o) => [o.number, o.ministry.code]));
  for (const c of creates) if (!ministryIds.has(c.input.ministry)) errors[key(c.index, "ministry")] = [`Onbekend ministerie "${c.input.ministry}".`];
  for (const f of targets) if (!ownerOf.has(f.number)) errors[key(f.index, "fulfils")] = [`Toezegging ${f.number} bestaat niet.`];
  const news: NewItem[] = creates.filter((c) => ministryIds.has(c.input.ministry));
  // The same promise from the same letter is in the register already: a second one only when the reviewer says so.
  const madeHere = await commitmentsMadeIn(letter.id);
  for (const n of news) {
    const duplicate = input.candidates[n.index]!.allowDuplicate ? null : findDuplicate(n.input.text, madeHere);
    if (duplicate)
      errors[key(n.index, "decision")] = [
        `${duplicateMessage(duplicate)} Vink "Toch vastleggen als nieuwe toezegging" aan om een tweede vast te leggen, of neem deze kandidaat niet over.`,
      ];
  }
  return { errors, news, fulfils, postpones, ownerOf };
}

const REFUSED_PREFIX = "Er is niets vastgelegd, want u mag niet alles doen wat deze import vraagt.";

/**
 * Saves a reviewed letter in one transaction: the letter as a document, every accepted new candidate as an open
 * commitment made in it, every accepted fulfilment as the chosen commitment fulfilled by it, and every accepted
 * postponement as the chosen commitment's deadline re-set with the letter as its reason (each with its one audit
 * event). Any refusal, invalid field or conflict saves nothing at all.
 */
export async function saveLetterImport(user: CurrentUser | null, raw: unknown): Promise<LetterImportOutcome> {
  if (!user) throw new NotSignedIn("Log in om een brief te importeren.");
  const parsed = letterImportSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidInput(fieldErrors(parsed.error));
  const input = parsed.data;
  const letterParsed = parseCitationOrId(input.letter.citation);
  if (!letterParsed.ok) throw new InvalidInput({ "letter.citation": [letterParsed.message] });
  const letter = letterParsed.citation;

  // The letter's text is the state between the steps: read it again, so the kinds of the candidates are the
  // letter's, not whatever a browser sends back.
  const analysed = await extractLetterOffThread(input.text);
  if (!analysed.ok) throw new InvalidInput({ text: [analysed.message] }, analysed.message);
  const kinds = analysed.extraction.commitments.map((c) => c.kind);
  if (kinds.length !== input.candidates.length || input.candidates.some((c, i) => c.kind !== kinds[i])) {
    throw new InvalidInput(
      { text: ["De kandidaten passen niet bij de tekst van de brief."] },
      "De tekst van de brief is veranderd sinds de analyse. Analyseer de brief opnieuw; er is niets vastgelegd.",
    );
  }
  if (!input.candidates.some((c) => c.decision === "accept")) {
    throw new InvalidInput(
      { candidates: ["Neem ten minste één kandidaat over."] },
      "Er is niets om vast te leggen: u heeft geen enkele kandidaat overgenomen.",
    );
  }

  const { errors, news, fulfils, postpones, ownerOf } = await plan(input, letter);
  if (Object.keys(errors).length) throw new InvalidInput(errors);

  const actor = permissionActor(user);
  const refusals: Record<string, string[]> = {};
  const check = (index: number, decision: Decision) => {
    if (!decision.allowed) refusals[key(index, "decision")] = [decision.message];
  };
  for (const n of news) check(n.index, decide(actor, "commitment.create", { ministryCode: n.input.ministry }));
  for (const f of fulfils) check(f.index, decide(actor, statusPermission("fulfil"), { ministryCode: ownerOf.get(f.number)! }));
  for (const p of postpones) check(p.index, decide(actor, "commitment.deadline.postpone_by_letter", { ministryCode: ownerOf.get(p.number)! }));
  if (Object.keys(refusals).length) {
    const list = Object.entries(refusals).map(([k, [m]]) => `kandidaat ${Number(k.split(".")[1]) + 1}: ${m}`);
    throw new Forbidden(`${REFUSED_PREFIX} ${list.join(" ")}`, refusals);
  }

  const ctx: WriteContext = { actor: actorOf(user), today: today() };
  return db().$transaction(
    async (tx) => {
      await ensureDocument(tx, letter, { title: input.letter.title, date: input.letter.date }, ctx.actor);
      const created: string[] = [];
      for (const n of news) created.push(await createInTransaction(tx, n.input, ctx));
      const fulfilled: string[] = [];
      for (const f of fulfils) fulfilled.push(await fulfilByLetter(tx, user, f, letter, input.letter.date, ctx));
      const postponed: string[] = [];
      for (const p of postpones) postponed.push(await postponeByLetter(tx, user, p, letter, input.letter.date, ctx));
      return { documentId: letter.id, created, fulfilled, postponed };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}

/** The commitment a fulfilment or postponement is about, as it is now: still allowed, still the version the reviewer saw. */
async function loadTarget(tx: Tx, user: CurrentUser, item: FulfilItem, permission: Permission): Promise<CommitmentState> {
  const where = key(item.index, "fulfils");
  const current = await loadCommitmentState(tx, item.number);
  if (!current) throw new InvalidInput({ [where]: [`Toezegging ${item.number} bestaat niet.`] });
  // Checked again inside the transaction: the commitment may have moved to another ministry since the plan.
  const decision = decide(permissionActor(user), permission, { ministryCode: current.ministry });
  if (!decision.allowed) throw new Forbidden(`${REFUSED_PREFIX} ${decision.message}`, { [key(item.index, "decision")]: [decision.message] });
  if (item.version !== null && item.version !== current.version) {
    const message = `${item.number} is gewijzigd nadat u de brief analyseerde. Er is niets vastgelegd; analyseer de brief opnieuw en bekijk de toezegging zoals ze nu is.`;
    throw new Conflict(message, null, { [where]: [message] });
  }
  return current;
}

async function applyForLetter(tx: Tx, item: FulfilItem, current: CommitmentState, change: CommitmentChange, ctx: WriteContext): Promise<string> {
  try {
    await applyCommitmentChange(tx, current, change, ctx);
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
    const message = `${item.number} werd tegelijk door iemand anders gewijzigd. Er is niets vastgelegd; probeer het opnieuw.`;
    throw new Conflict(message, null, { [key(item.index, "fulfils")]: [message] });
  }
  return item.number;
}

/**
 * An accepted postponement: the chosen commitment's deadline re-set to the phrase of the letter, read from the
 * letter's date ("eind oktober" in a letter of September), with "Uitstelbericht <letter>" as the reason.
 */
async function postponeByLetter(
  tx: Tx,
  user: CurrentUser,
  item: PostponeItem,
  letter: KamerstukCitation,
  letterDate: string,
  ctx: WriteContext,
): Promise<string> {
  const current = await loadTarget(tx, user, item, "commitment.deadline.postpone_by_letter");
  const resolved = tryResolveDeadline(item.phrase, letterDate);
  const phraseField = key(item.index, "deadlinePhrase");
  if (!resolved.ok) throw new InvalidInput({ [phraseField]: [resolved.error.message] }, `${item.number}: ${resolved.error.message} Er is niets vastgelegd.`);
  const next = resolved.deadline;
  const reason = `Uitstelbericht ${letter.label} van ${formatDate(letterDate)}`;
  const before = { phrase: current.deadline?.phrase ?? null, earliest: current.deadline?.earliest ?? null, latest: current.deadline?.latest ?? null };
  const check = checkDeadlineReset(current.status, before, next, reason);
  if (!check.ok) {
    const field = check.field === "phrase" ? phraseField : key(item.index, "fulfils");
    throw new InvalidInput({ [field]: [`${item.number}: ${check.message}`] }, `${item.number}: ${check.message} Er is niets vastgelegd.`);
  }
  return applyForLetter(
    tx,
    item,
    current,
    { edits: NO_EDITS, status: null, deadline: next, note: null, reason, changes: deadlineChanges(current.deadline, next) },
    ctx,
  );
}

/** An accepted fulfilment: the chosen commitment fulfilled by the letter, on the letter's date. */
async function fulfilByLetter(tx: Tx, user: CurrentUser, item: FulfilItem, letter: KamerstukCitation, letterDate: string, ctx: WriteContext): Promise<string> {
  const where = key(item.index, "fulfils");
  const current = await loadTarget(tx, user, item, statusPermission("fulfil"));
  const transition = checkTransition(current.status, { to: "fulfilled", documentId: letter.id });
  if (!transition.ok)
    throw new InvalidInput({ [where]: [`${item.number}: ${transition.message}`] }, `${item.number}: ${transition.message} Er is niets vastgelegd.`);
  const status: StatusChange = { to: "fulfilled", kind: "fulfil", note: null, fulfilment: letter, fulfilledOn: letterDate };
  return applyForLetter(tx, item, current, { edits: NO_EDITS, status, deadline: null, note: null, reason: null, changes: statusChanges(current, status) }, ctx);
}
