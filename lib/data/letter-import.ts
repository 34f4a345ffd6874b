import "server-only";
import { duplicateMessage, findDuplicate } from "@/lib/commitment/duplicates";
import { commitmentsMadeIn } from "./commitment-duplicates";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decide, statusPermission, type Decision } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { extractLetterOffThread } from "@/lib/letter-import/off-thread";
import type { KamerstukCitation } from "@/lib/kamerstuk";
import { letterActivity } from "@/lib/letter-import/ministry";
import { fulfilmentChoice, letterImportSchema, type LetterImportInput } from "@/lib/letter-import/schema";
import { checkTransition } from "@/lib/commitment/transitions";
import { statusChanges, NO_EDITS, type StatusChange } from "@/lib/commitment/change";
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
}

type NewItem = { index: number; input: CreateCommitmentInput };
type FulfilItem = { index: number; number: string; version: number | null };

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
  const chosen = new Map<string, number>();
  input.candidates.forEach((c, index) => {
    if (c.decision !== "accept") return;
    if (c.kind === "new") {
      const parsed = createCommitmentSchema.safeParse(createInput(input, letter, index));
      if (parsed.success) creates.push({ index, input: parsed.data });
      else
        for (const [field, messages] of Object.entries(fieldErrors(parsed.error))) {
          const name = candidateFieldName(index, field);
          errors[name] = [...(errors[name] ?? []), ...messages];
        }
      return;
    }
    const choice = fulfilmentChoice(c);
    if (choice.number === null) errors[key(index, "fulfils")] = [choice.message];
    else if (chosen.has(choice.number))
      errors[key(index, "fulfils")] = [
        `${choice.number} is al gekozen bij kandidaat ${chosen.get(choice.number)! + 1}; een brief komt een toezegging één keer na.`,
      ];
    else {
      chosen.set(choice.number, index);
      fulfils.push({ index, number: choice.number, version: choice.version });
    }
  });

  const ministries = await db().ministry.findMany({ where: { code: { in: creates.map((c) => c.input.ministry) } }, select: { id: true, code: true } });
  const ministryIds = new Map(ministries.map((m) => [m.code, m.id]));
  const owners = await db().commitment.findMany({
    where: { number: { in: fulfils.map((f) => f.number) } },
    select: { number: true, ministry: { select: { code: true } } },
  });
  const ownerOf = new Map(owners.map((o) => [o.number, o.ministry.code]));
  for (const c of creates) if (!ministryIds.has(c.input.ministry)) errors[key(c.index, "ministry")] = [`Onbekend ministerie "${c.input.ministry}".`];
  for (const f of fulfils) if (!ownerOf.has(f.number)) errors[key(f.index, "fulfils")] = [`Toezegging ${f.number} bestaat niet.`];
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
  return { errors, news, fulfils, ownerOf };
}

const REFUSED_PREFIX = "Er is niets vastgelegd, want u mag niet alles doen wat deze import vraagt.";

/**
 * Saves a reviewed letter in one transaction: the letter as a document, every accepted new candidate as an open
 * commitment made in it, and every accepted fulfilment as the chosen commitment fulfilled by it (each with its one
 * audit event). Any refusal, invalid field or conflict saves nothing at all.
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

  const { errors, news, fulfils, ownerOf } = await plan(input, letter);
  if (Object.keys(errors).length) throw new InvalidInput(errors);

  const actor = permissionActor(user);
  const refusals: Record<string, string[]> = {};
  const check = (index: number, decision: Decision) => {
    if (!decision.allowed) refusals[key(index, "decision")] = [decision.message];
  };
  for (const n of news) check(n.index, decide(actor, "commitment.create", { ministryCode: n.input.ministry }));
  for (const f of fulfils) check(f.index, decide(actor, statusPermission("fulfil"), { ministryCode: ownerOf.get(f.number)! }));
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
      return { documentId: letter.id, created, fulfilled };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}

/** An accepted fulfilment: the chosen commitment fulfilled by the letter, on the letter's date. */
async function fulfilByLetter(tx: Tx, user: CurrentUser, item: FulfilItem, letter: KamerstukCitation, letterDate: string, ctx: WriteContext): Promise<string> {
  const where = key(item.index, "fulfils");
  const current = await loadCommitmentState(tx, item.number);
  if (!current) throw new InvalidInput({ [where]: [`Toezegging ${item.number} bestaat niet.`] });
  // Checked again inside the transaction: the commitment may have moved to another ministry since the plan.
  const decision = decide(permissionActor(user), statusPermission("fulfil"), { ministryCode: current.ministry });
  if (!decision.allowed) throw new Forbidden(`${REFUSED_PREFIX} ${decision.message}`, { [key(item.index, "decision")]: [decision.message] });
  if (item.version !== null && item.version !== current.version) {
    const message = `${item.number} is gewijzigd nadat u de brief analyseerde. Er is niets vastgelegd; analyseer de brief opnieuw en bekijk de toezegging zoals ze nu is.`;
    throw new Conflict(message, null, { [where]: [message] });
  }
  const transition = checkTransition(current.status, { to: "fulfilled", documentId: letter.id });
  if (!transition.ok)
    throw new InvalidInput({ [where]: [`${item.number}: ${transition.message}`] }, `${item.number}: ${transition.message} Er is niets vastgelegd.`);
  const status: StatusChange = { to: "fulfilled", kind: "fulfil", note: null, fulfilment: letter, fulfilledOn: letterDate };
  try {
    await applyCommitmentChange(
      tx,
      current,
      { edits: NO_EDITS, status, deadline: null, note: null, reason: null, changes: statusChanges(current, status) },
      ctx,
    );
  } catch (error) {
    if (!(error instanceof Conflict)) throw error;
    const message = `${item.number} werd tegelijk door iemand anders gewijzigd. Er is niets vastgelegd; probeer het opnieuw.`;
    throw new Conflict(message, null, { [where]: [message] });
  }
  return item.number;
}
