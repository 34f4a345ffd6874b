// The audit trail, checked against the database after every one of ~150 random mutations (seeded PRNG: a failure
// replays with the same seed). A mutation that succeeded and changed something leaves exactly one event for it
// whose before/after values are what the row held before and holds now; anything else leaves no event and no change.
import { beforeAll, describe, expect, it } from "vitest";
import { settle } from "@/lib/data/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createCommitment } from "@/lib/data/commitment-create";
import { resetCommitmentDeadline } from "@/lib/data/commitment-changes";
import { changeCommitmentStatus } from "@/lib/data/commitment-changes";
import { updateCommitment } from "@/lib/data/commitment-changes";
import { getCommitment } from "@/lib/data/commitments";
import { addProgressNote } from "@/lib/data/commitment-changes";
import { today } from "@/lib/data/clock";
import { db } from "@/lib/db";
import { tryResolveDeadline } from "@/lib/deadline";
import {
  auditEventsAfter,
  BZK_MINISTER,
  callApi,
  commitmentRow,
  databaseForBlock,
  editPayload,
  freshCommitment,
  JENV_MINISTER,
  makeCast,
  mulberry32,
  newCommitmentInput,
  picker,
  registerSnapshot,
  testDatabaseKinds,
  transitionBody,
  useManagementDatabase,
  withUnknownRole,
  type ApiAnswer,
  type AuditRow,
  type Cast,
} from "../../support/management-fixtures";

const SEED = 20261129;
const STEPS = 150;

type ActorKey = "coordinator" | "admin" | "editorJenV" | "editorBZK" | "anonymous" | "superuser";
type Op = "create" | "edit" | "status" | "deadline" | "note";
type Status = "open" | "partially_fulfilled" | "fulfilled" | "lapsed" | "withdrawn";

const ACTIONS: Record<Op, string> = {
  create: "commitment.created",
  edit: "commitment.updated",
  status: "commitment.status_changed",
  deadline: "commitment.deadline_reset",
  note: "commitment.note_added",
};

/** Fields of a commitment row (tests/support commitmentRow) that audit events name. */
const ROW_FIELDS = [
  "title",
  "text",
  "madeOn",
  "activity",
  "minister",
  "ministry",
  "committee",
  "addressee",
  "references",
  "status",
  "deadlinePhrase",
  "deadlineEarliest",
  "deadlineLatest",
  "deadlinePrecision",
] as const;

const STATUS_ALLOWED: Record<Status, Status[]> = {
  open: ["partially_fulfilled", "fulfilled", "lapsed", "withdrawn"],
  partially_fulfilled: ["fulfilled", "lapsed", "withdrawn", "open"],
  fulfilled: ["open"],
  lapsed: ["open"],
  withdrawn: ["open"],
};

const VALID_PHRASES = [
  "uiterlijk in 2090",
  "voor de zomer van 2091",
  "Q3 2092",
  "in de eerste helft van 2093",
  "in het voorjaar van 2094",
  "31 december 2095",
  "in week 10 van 2096",
  "zo spoedig mogelijk",
];
const INVALID_PHRASES = ["30 februari 2093", "in 2020", "ergens binnenkort-achtig", "   "];

/** Who may, by the rules (not by lib/auth): editors their own ministry's create/edit/note/progress; coordinators and admins all. */
function permitted(actor: ActorKey, user: CurrentUser | null, op: Op, ministries: string[], target?: Status): boolean {
  if (actor === "anonymous" || actor === "superuser") return false;
  if (actor === "coordinator" || actor === "admin") return true;
  const editorMay = op === "create" || op === "edit" || op === "note" || (op === "status" && target === "partially_fulfilled");
  return editorMay && ministries.every((m) => m === user!.ministryCode);
}

const sorted = (v: unknown) => (Array.isArray(v) ? [...v].map(String).sort() : v);
/** The audit trail and the database spell one precision two ways ("half-year" in creation events, "half_year" in the column). */
const norm = (field: string, v: unknown) =>
  field === "references" ? sorted(v) : field === "deadlinePrecision" && typeof v === "string" ? v.replace("-", "_") : (v ?? null);
const same = (field: string, a: unknown, b: unknown) => JSON.stringify(norm(field, a)) === JSON.stringify(norm(field, b));
const normalizePhrase = (p: string | null | undefined) => (p ?? "").trim().replace(/\s+/g, " ").toLowerCase();
const codePoints = (s: string | null | undefined) => [...(s ?? "").trim()].length;

interface Outcome {
  ok: boolean;
  unchanged: boolean;
  status: number;
  number: string | null;
  threw?: string;
}

interface Step {
  i: number;
  op: Op;
  actor: ActorKey;
  channel: "data" | "api";
  number: string | null;
  /** what the generator meant: whether, by the rules, this should succeed, and whether it changes nothing */
  expectOk: boolean;
  expectUnchanged: boolean;
  description: string;
}

describe.each(testDatabaseKinds)("the audit trail under random mutations on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useManagementDatabase(kind));
  let cast: Cast;
  let superuser: CurrentUser;

  beforeAll(async () => {
    cast = await makeCast();
    superuser = withUnknownRole(cast.coordinator.user!);
  });

  describe("fixed cases", () => {
    it("an edit that leaves out `references` keeps the commitment's references and dossiers (API PATCH is a partial update)", async () => {
      const number = "TZ-2021-0010";
      const before = await commitmentRow(number);
      const dossiersBefore = await db().commitmentDossier.count({ where: { commitment: { number } } });
      expect((before!.references as string[]).length).toBeGreaterThan(0);
      expect(dossiersBefore).toBeGreaterThan(0);
      const answer = await callApi("edit", {
        token: cast.coordinator.token,
        number,
        body: { title: "Voortgang herijking politiebestel (titel bijgewerkt)", version: before!.version },
      });
      expect(answer.status).toBe(200);
      const after = await commitmentRow(number);
      expect(after!.title).toBe("Voortgang herijking politiebestel (titel bijgewerkt)");
      expect({ references: after!.references, dossiers: await db().commitmentDossier.count({ where: { commitment: { number } } }) }).toEqual({
        references: before!.references,
        dossiers: dossiersBefore,
      });
    });

    it("an edit through the data layer without `references` keeps them too", async () => {
      const number = "TZ-2021-0011";
      const before = await commitmentRow(number);
      const payload = await editPayload(number, { activity: "Brief van de minister (activiteit bijgewerkt)" });
      const result = await settle(updateCommitment(cast.coordinator.user, number, payload));
      expect(result).toMatchObject({ ok: true });
      const after = await commitmentRow(number);
      expect(after!.references).toEqual(before!.references);
    });

    it("a status change that does not fulfil ignores `fulfilledBy`: a lapsed commitment gets no fulfilment document", async () => {
      const number = await freshCommitment(cast.coordinator.user!);
      const lastId = (await registerSnapshot()).lastAuditId;
      const result = await settle(changeCommitmentStatus(cast.coordinator.user, number, { ...transitionBody("lapsed", 1), fulfilledBy: "kst-29628-997" }));
      expect(result).toMatchObject({ ok: true });
      const after = await commitmentRow(number);
      expect(after!.status).toBe("lapsed");
      expect(after!.references).toEqual(["source:kst-29628-1030"]);
      const events = await auditEventsAfter(lastId);
      expect(events.map((e) => e.changes)).toEqual([[{ field: "status", before: "open", after: "lapsed" }]]);
    });

    it('the audit trail spells a half-year precision one way ("half-year", as outside the database), in creation and re-set events alike', async () => {
      const lastId = (await registerSnapshot()).lastAuditId;
      const created = await settle(createCommitment(cast.coordinator.user, newCommitmentInput({ deadlinePhrase: "in de eerste helft van 2025" })));
      expect(created).toMatchObject({ ok: true });
      const number = (created as { value: { number: string } }).value.number;
      const reset = await settle(
        resetCommitmentDeadline(cast.coordinator.user, number, {
          deadlinePhrase: "uiterlijk in 2090",
          reason: "De planning is door de Raad van State vertraagd.",
          version: 1,
        }),
      );
      expect(reset).toMatchObject({ ok: true });
      const precisions = (await auditEventsAfter(lastId)).flatMap((e) =>
        e.changes.filter((c) => c.field === "deadlinePrecision").map((c) => [e.action, c.before, c.after]),
      );
      expect(precisions).toEqual([
        ["commitment.created", null, "half-year"],
        ["commitment.deadline_reset", "half-year", "year"],
      ]);
      expect((await getCommitment(number))!.deadline!.precision).toBe("year");
    });

    it("the creation event records every field the new commitment has, its ministry and minister included", async () => {
      const lastId = (await registerSnapshot()).lastAuditId;
      const result = await settle(createCommitment(cast.coordinator.user, newCommitmentInput({ ministry: "BZK" })));
      expect(result).toMatchObject({ ok: true });
      const [event] = await auditEventsAfter(lastId);
      const fields = event!.changes.map((c) => c.field);
      expect(fields).toEqual(expect.arrayContaining(["title", "text", "status", "madeOn", "activity", "ministry", "minister", "references", "deadlinePhrase"]));
    });
  });

  describe(`${STEPS} random mutations, seed ${SEED}`, () => {
    const steps: Step[] = [];
    const violations: Record<string, string[]> = {
      threw: [],
      expectation: [],
      eventCount: [],
      eventValues: [],
      eventComplete: [],
      nothingWritten: [],
      stranger: [],
    };
    const tally: Record<string, number> = {};
    const count = (key: string) => (tally[key] = (tally[key] ?? 0) + 1);

    let auditEventsBeforeRun = 0;

    it("runs them all without an exception, each as the rules predict", async () => {
      auditEventsBeforeRun = await db().auditEvent.count();
      const random = mulberry32(SEED);
      const { int, pick, chance } = picker(random);
      const users: Record<ActorKey, CurrentUser | null> = {
        coordinator: cast.coordinator.user,
        admin: cast.admin.user,
        editorJenV: cast.editorJenV.user,
        editorBZK: cast.editorBZK.user,
        anonymous: null,
        superuser,
      };
      const tokens: Record<ActorKey, string | null> = {
        coordinator: cast.coordinator.token,
        admin: cast.admin.token,
        editorJenV: cast.editorJenV.token,
        editorBZK: cast.editorBZK.token,
        anonymous: null,
        superuser: null,
      };
      // the seeded JenV commitments, plus two of BZK so the BZK editor has something of their own
      const numbers: string[] = (await db().commitment.findMany({ select: { number: true }, orderBy: { id: "asc" } })).map((c) => c.number);
      for (let k = 0; k < 2; k++) numbers.push(await freshCommitment(cast.coordinator.user!, { ministry: "BZK" }));
      let unique = 0;

      for (let i = 0; i < STEPS; i++) {
        const op: Op = pick<Op>([
          "create",
          "create",
          "edit",
          "edit",
          "edit",
          "edit",
          "edit",
          "status",
          "status",
          "status",
          "status",
          "deadline",
          "deadline",
          "note",
          "note",
        ]);
        const actor: ActorKey = pick<ActorKey>([
          "coordinator",
          "coordinator",
          "coordinator",
          "coordinator",
          "admin",
          "editorJenV",
          "editorJenV",
          "editorJenV",
          "editorBZK",
          "editorBZK",
          "anonymous",
          "superuser",
        ]);
        const user = users[actor];
        const channel: "data" | "api" = actor !== "superuser" && chance(0.35) ? "api" : "data";
        unique += 1;

        let number: string | null = null;
        let run: () => Promise<Outcome>;
        let expectOk = false;
        let expectUnchanged = false;
        let description = "";
        const dataOutcome = (r: { ok: boolean; status?: number; value?: unknown }): Outcome => ({
          ok: r.ok,
          unchanged: r.ok && !!(r.value as { unchanged?: boolean }).unchanged,
          status: r.ok ? 200 : r.status!,
          number: r.ok ? ((r.value as { number: string }).number ?? null) : null,
        });
        const apiOutcome = (a: ApiAnswer): Outcome => ({
          ok: a.status === 200 || a.status === 201,
          unchanged: !!a.body?.unchanged,
          status: a.status,
          number: typeof a.body?.number === "string" ? a.body.number : null,
        });

        if (op === "create") {
          const ministry = pick(["JenV", "JenV", "BZK", "XYZ"]);
          const variant = chance(0.75)
            ? pick(["valid", "valid", "newCitation"])
            : pick(["shortTitle", "badDate", "badCitation", "badDeadline", "unknownField"]);
          const overrides: Record<string, unknown> = {
            ministry,
            title: `Nieuwe toezegging ${unique} ${pick(["", "🙂", "– één", "'; DROP TABLE commitment; --"])}`.trim(),
          };
          if (variant === "newCitation") overrides.references = [{ citation: `Kamerstuk 36 ${100 + (unique % 800)}, nr. ${unique}`, role: "source" }];
          if (variant === "shortTitle") overrides.title = "ab";
          if (variant === "badDate") overrides.madeOn = "2022-02-30";
          if (variant === "badCitation") overrides.references = [{ citation: "Kamerstuk abc", role: "source" }];
          if (variant === "badDeadline") overrides.deadlinePhrase = "30 februari 2023";
          if (variant === "unknownField") overrides.priority = "hoog";
          if (chance(0.3)) overrides.deadlinePhrase ??= null;
          const body = newCommitmentInput(overrides);
          const valid = (variant === "valid" || variant === "newCitation") && ministry !== "XYZ";
          expectOk = valid && permitted(actor, user, op, [ministry]);
          description = `create ${ministry} ${variant}`;
          run = async () =>
            channel === "api" ? apiOutcome(await callApi("create", { token: tokens[actor], body })) : dataOutcome(await settle(createCommitment(user, body)));
        } else {
          // editors mostly work on their own ministry's commitments (and sometimes try another's)
          const own =
            user?.role === "editor" && chance(0.6)
              ? await db().commitment.findMany({ where: { ministry: { code: user.ministryCode! } }, select: { number: true }, orderBy: { id: "asc" } })
              : [];
          number = own.length ? pick(own).number : pick(numbers);
          const current = (await getCommitment(number))!;
          const ministry = current.ministry.code;
          const stale = chance(0.15);
          const version = stale ? (current.version > 1 && chance(0.5) ? current.version - 1 : current.version + 1) : current.version;

          if (op === "edit") {
            const currentRefs = current.references.map((r) => ({ citation: r.label, role: r.role }));
            const changes: Record<string, unknown> = {};
            const kinds = ["title", "text", "madeOn", "activity", "committee", "addressee", "minister", "ministry", "references", "whitespace"];
            const howMany = pick([0, 0, 1, 1, 1, 2, 3]);
            let invalid: string | null = null;
            for (let k = 0; k < howMany; k++) {
              const field = pick(kinds);
              if (field === "title") changes.title = `Gewijzigde titel ${unique} ${pick(["", "ñ", "🚓", "<script>x</script>"])}`.trim();
              if (field === "text") changes.text = `${current.text.slice(0, 100)} (aangevuld ${unique}).`;
              if (field === "madeOn") changes.madeOn = `20${10 + int(15)}-0${1 + int(9)}-1${int(9)}`;
              if (field === "activity") changes.activity = `Commissiedebat ${unique}`;
              if (field === "committee") changes.committee = current.committee ? pick([null, ""]) : `Vaste commissie ${unique}`;
              if (field === "addressee") changes.addressee = current.addressee ? null : `Het lid ${unique}`;
              if (field === "minister")
                Object.assign(
                  changes,
                  pick([
                    { ministerName: `Minister ${unique}`, ministerFunction: "Minister van Justitie en Veiligheid" },
                    ministry === "BZK" ? BZK_MINISTER : JENV_MINISTER,
                  ]),
                );
              if (field === "ministry") changes.ministry = ministry === "JenV" ? "BZK" : "JenV";
              if (field === "references") {
                const refs = [...currentRefs];
                const r = int(3);
                if (r === 0 || refs.length < 2) refs.push({ citation: `Kamerstuk 36 ${100 + (unique % 800)}, nr. ${unique}`, role: "related" });
                else if (r === 1) refs.pop();
                else refs[0] = { ...refs[0]!, role: refs[0]!.role === "related" ? "source" : "related" };
                changes.references = refs;
              }
              if (field === "whitespace") changes.title = `  ${(changes.title as string | undefined) ?? current.title}  `;
            }
            const variant = chance(0.8) ? "ok" : pick(["shortTitle", "badDate", "unknownMinistry", "badCitation", "duplicateRef", "unknownField", "version0"]);
            if (variant === "shortTitle") {
              changes.title = "ab";
              invalid = variant;
            }
            if (variant === "badDate") {
              changes.madeOn = "2023-02-29";
              invalid = variant;
            }
            if (variant === "unknownMinistry") {
              changes.ministry = "XYZ";
              invalid = variant;
            }
            if (variant === "badCitation") {
              changes.references = [...currentRefs, { citation: "nr. 12 van iets", role: "related" }];
              invalid = variant;
            }
            if (variant === "duplicateRef") {
              changes.references = [
                { citation: "Kamerstuk 29 628, nr. 1030", role: "related" },
                { citation: "Kamerstuk 29 628, nr. 1030", role: "related" },
              ];
              invalid = variant;
            }
            if (variant === "unknownField") {
              changes.deadlinePhrase = "uiterlijk in 2090";
              invalid = variant;
            }
            // the server action's form always sends the references; so does this client (see the fixed case above)
            changes.references ??= currentRefs;
            const payload: Record<string, unknown> = { ...(await editPayload(number)), ...changes, version: variant === "version0" ? 0 : version };
            if (variant === "version0") invalid = variant;
            const newMinistry = (payload.ministry as string) ?? ministry;
            // would the stored record differ?
            const trimmed = (v: unknown) => (typeof v === "string" ? (v.trim() === "" ? null : v.trim()) : v);
            const differs =
              trimmed(payload.title) !== current.title ||
              trimmed(payload.text) !== current.text ||
              (trimmed(payload.madeOn) ?? null) !== (current.madeOn ?? null) ||
              trimmed(payload.activity) !== current.activity ||
              trimmed(payload.committee) !== current.committee ||
              trimmed(payload.addressee) !== current.addressee ||
              `${payload.ministerName}, ${payload.ministerFunction}` !== `${current.minister.name}, ${current.minister.function}` ||
              newMinistry !== ministry ||
              JSON.stringify((changes.references as Array<{ citation: string; role: string }>).map((r) => `${r.role}:${r.citation}`).sort()) !==
                JSON.stringify(currentRefs.map((r) => `${r.role}:${r.citation}`).sort());
            expectOk = !invalid && !stale && permitted(actor, user, op, [ministry, newMinistry]);
            expectUnchanged = !differs;
            description = `edit ${number} (${ministry}→${newMinistry}) ${Object.keys(changes).join(",")} ${invalid ?? ""}${stale ? " stale" : ""}`;
            if (channel === "api") {
              // a partial update: only what changes (and the references), plus the version
              const body: Record<string, unknown> = { ...changes, version: payload.version };
              run = async () => apiOutcome(await callApi("edit", { token: tokens[actor], number: number!, body }));
            } else {
              run = async () => dataOutcome(await settle(updateCommitment(user, number!, payload)));
            }
          } else if (op === "status") {
            const to = pick<Status>(["open", "partially_fulfilled", "partially_fulfilled", "fulfilled", "fulfilled", "lapsed", "withdrawn"]);
            const body = transitionBody(to, version);
            const variant = chance(0.7) ? pick(["ok", "ok", "newDocument"]) : pick(["missing", "short", "badCitation"]);
            const field = to === "fulfilled" ? "fulfilledBy" : to === "partially_fulfilled" ? "note" : "reason";
            let requirementMet = true;
            if (variant === "missing") {
              delete body[field];
              requirementMet = false;
            }
            if (variant === "short") {
              body[field] = field === "fulfilledBy" ? "kst-29628-985" : " te kort  ";
              requirementMet = field === "fulfilledBy";
            }
            if (variant === "badCitation" && field === "fulfilledBy") {
              body.fulfilledBy = "Kamerstuk 29 628";
              requirementMet = false;
            }
            if (variant === "newDocument" && field === "fulfilledBy") body.fulfilledBy = `Kamerstuk 36 ${100 + (unique % 800)}, nr. ${unique}`;
            const transitionOk = STATUS_ALLOWED[current.status as Status].includes(to);
            expectOk = requirementMet && transitionOk && !stale && permitted(actor, user, op, [ministry], to);
            description = `status ${number} ${current.status}→${to} ${variant}${stale ? " stale" : ""}`;
            run = async () =>
              channel === "api"
                ? apiOutcome(await callApi("status", { token: tokens[actor], number: number!, body }))
                : dataOutcome(await settle(changeCommitmentStatus(user, number!, body)));
          } else if (op === "deadline") {
            const phraseKind = chance(0.75) ? "valid" : pick(["invalid", "same"]);
            const phrase =
              phraseKind === "valid"
                ? pick(VALID_PHRASES)
                : phraseKind === "invalid"
                  ? pick(INVALID_PHRASES)
                  : (current.deadline?.phrase ?? "zo spoedig mogelijk").toUpperCase();
            const reason = chance(0.85) ? "De planning is door de Raad van State vertraagd." : pick(["later", "", "   🙂🙂🙂🙂🙂🙂🙂🙂🙂  "]);
            const body = { deadlinePhrase: phrase, reason, version };
            const outstanding = current.status === "open" || current.status === "partially_fulfilled";
            // a phrase is read from today: the same words can still move the range (and then it is a change)
            const resolved = tryResolveDeadline(phrase, today());
            const changesDeadline =
              phrase.trim() !== "" &&
              resolved.ok &&
              !(
                normalizePhrase(resolved.deadline.phrase) === normalizePhrase(current.deadline?.phrase) &&
                resolved.deadline.earliest === (current.deadline?.earliest ?? null) &&
                resolved.deadline.latest === (current.deadline?.latest ?? null)
              );
            expectOk = changesDeadline && outstanding && codePoints(reason) >= 10 && !stale && permitted(actor, user, op, [ministry]);
            description = `deadline ${number} "${phrase}" reason ${codePoints(reason)} (${current.status})${stale ? " stale" : ""}`;
            run = async () =>
              channel === "api"
                ? apiOutcome(await callApi("deadline", { token: tokens[actor], number: number!, body }))
                : dataOutcome(await settle(resetCommitmentDeadline(user, number!, body)));
          } else {
            const variant = chance(0.8) ? "ok" : pick(["badDate", "short"]);
            const body = {
              date: variant === "badDate" ? "2023-13-01" : `2025-0${1 + int(9)}-1${int(9)}`,
              text: variant === "short" ? " ok " : `Voortgang ${unique}: overleg met de betrokken partijen ${pick(["", "✅", "– één stap verder"])}`,
            };
            expectOk = variant === "ok" && permitted(actor, user, op, [ministry]);
            description = `note ${number} ${variant}`;
            run = async () =>
              channel === "api"
                ? apiOutcome(await callApi("notes", { token: tokens[actor], number: number!, body }))
                : dataOutcome(await settle(addProgressNote(user, number!, body)));
          }
        }

        const step: Step = { i, op, actor, channel, number, expectOk, expectUnchanged, description };
        steps.push(step);
        const label = `#${i} ${actor} ${channel} ${description}`;
        const before = await registerSnapshot(number ?? undefined);
        let outcome: Outcome;
        try {
          outcome = await run();
        } catch (error) {
          violations.threw!.push(`${label}: ${String(error).slice(0, 200)}`);
          continue;
        }
        count(`${op} ${outcome.ok ? (outcome.unchanged ? "unchanged" : "ok") : outcome.status}`);
        if (outcome.status >= 500) violations.threw!.push(`${label}: HTTP ${outcome.status}`);
        if (outcome.ok !== expectOk || (outcome.ok && outcome.unchanged !== expectUnchanged)) {
          violations.expectation!.push(`${label}: expected ${expectOk ? (expectUnchanged ? "unchanged" : "ok") : "refusal"}, got ${JSON.stringify(outcome)}`);
        }
        if (outcome.ok && outcome.number && !numbers.includes(outcome.number)) numbers.push(outcome.number);

        const events = await auditEventsAfter(before.lastAuditId);
        const after = await registerSnapshot(number ?? outcome.number ?? undefined);

        if (!outcome.ok || outcome.unchanged) {
          // nothing written: no event, no row, no count moved
          if (events.length) violations.nothingWritten!.push(`${label}: ${events.length} event(s) ${events.map((e) => e.action).join(",")}`);
          const { commitment: _a, ...restBefore } = before;
          const { commitment: _b, ...restAfter } = after;
          if (JSON.stringify(restBefore) !== JSON.stringify(restAfter) || JSON.stringify(before.commitment) !== JSON.stringify(after.commitment)) {
            violations.nothingWritten!.push(`${label}: the database changed (${JSON.stringify(restBefore.counts)} → ${JSON.stringify(restAfter.counts)})`);
          }
          continue;
        }

        // ---- it changed something: exactly one event for it (and one per document it added to the register)
        const target = number ?? outcome.number!;
        const mine = events.filter((e) => e.entityType === "commitment");
        const others = events.filter((e) => e.entityType !== "commitment");
        const newDocuments = after.counts.document! - before.counts.document!;
        if (mine.length !== 1) violations.eventCount!.push(`${label}: ${mine.length} commitment events`);
        if (others.some((e) => e.action !== "document.created") || others.length !== newDocuments) {
          violations.stranger!.push(`${label}: other events ${others.map((e) => e.action).join(",")} for ${newDocuments} new document(s)`);
        }
        const event = mine[0];
        if (!event) continue;
        if (event.action !== ACTIONS[op] || event.entityId !== target || event.actorId !== users[actor]!.id) {
          violations.eventCount!.push(`${label}: event ${event.action} ${event.entityId} by ${event.actorId}`);
        }
        checkEvent(label, op, event, before.commitment, after.commitment!, violations);
        const versionStep = op === "note" ? 0 : 1;
        if (op !== "create" && after.commitment!.version !== (before.commitment!.version as number) + versionStep) {
          violations.eventValues!.push(`${label}: version ${before.commitment!.version} → ${after.commitment!.version}`);
        }
      }
      console.log(`[audit-randomised ${kind}] seed ${SEED}: ${JSON.stringify(Object.fromEntries(Object.entries(tally).sort()))}`);
      expect(violations.threw).toEqual([]);
      expect(violations.expectation).toEqual([]);
    });

    it("exercised every kind of mutation, allowed and refused", () => {
      expect(steps).toHaveLength(STEPS);
      for (const op of ["create", "edit", "status", "deadline", "note"] as const) {
        expect(tally[`${op} ok`] ?? 0, `${op} ok`).toBeGreaterThan(0);
        expect(Object.keys(tally).filter((k) => k.startsWith(`${op} 4`)).length, `${op} refused`).toBeGreaterThan(0);
      }
      expect(tally["edit unchanged"] ?? 0).toBeGreaterThan(0);
      for (const status of [400, 401, 403, 409])
        expect(
          Object.keys(tally).some((k) => k.endsWith(` ${status}`)),
          `some ${status}`,
        ).toBe(true);
    });

    it("every successful change left exactly one event for it (and one per document it added)", () => {
      expect(violations.eventCount).toEqual([]);
      expect(violations.stranger).toEqual([]);
    });

    it("every event's before/after values are what the row held before and holds now", () => {
      expect(violations.eventValues).toEqual([]);
    });

    it("every event names every field that changed", () => {
      expect(violations.eventComplete).toEqual([]);
    });

    it("a refused, failed or unchanged mutation wrote no event and changed nothing", () => {
      expect(violations.nothingWritten).toEqual([]);
    });

    it("no audit event in the register is without a change", async () => {
      const empty = await db().$queryRawUnsafe<Array<{ id: bigint; action: string }>>(
        `SELECT id, action FROM audit_event WHERE jsonb_typeof(changes) <> 'array' OR jsonb_array_length(changes) = 0`,
      );
      expect(empty).toEqual([]);
      const changed = Object.entries(tally)
        .filter(([k]) => k.endsWith(" ok"))
        .reduce((n, [, v]) => n + v, 0);
      expect(changed).toBeGreaterThan(40);
      expect(await db().auditEvent.count()).toBeGreaterThanOrEqual(auditEventsBeforeRun + changed);
    });
  });
});

function checkEvent(
  label: string,
  op: Op,
  event: AuditRow,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  violations: Record<string, string[]>,
) {
  const seen = new Set<string>();
  for (const change of event.changes) {
    if (seen.has(change.field)) violations.eventValues!.push(`${label}: field ${change.field} twice`);
    seen.add(change.field);
    if ((ROW_FIELDS as readonly string[]).includes(change.field)) {
      const was = before ? before[change.field] : null;
      if (op !== "create" && !same(change.field, change.before, was)) {
        violations.eventValues!.push(`${label}: ${change.field}.before ${JSON.stringify(change.before)} ≠ row before ${JSON.stringify(was)}`);
      }
      if (op === "create" && change.before !== null) violations.eventValues!.push(`${label}: ${change.field}.before is not null on creation`);
      if (!same(change.field, change.after, after[change.field])) {
        violations.eventValues!.push(`${label}: ${change.field}.after ${JSON.stringify(change.after)} ≠ row now ${JSON.stringify(after[change.field])}`);
      }
      if (same(change.field, change.before, change.after)) violations.eventValues!.push(`${label}: ${change.field} listed but unchanged`);
    } else if (change.field === "fulfilledBy") {
      // fulfilled: the document is added as the nakoming; reopened (after null): the nakoming is gone
      const added = change.before === null;
      const key = `fulfilment:${String(added ? change.after : change.before)}`;
      const had = (before!.references as string[]).includes(key);
      const has = (after.references as string[]).includes(key);
      if (added ? had || !has : change.after !== null || !had || has) {
        violations.eventValues!.push(
          `${label}: fulfilledBy ${JSON.stringify(change)} vs references ${JSON.stringify(before!.references)} → ${JSON.stringify(after.references)}`,
        );
      }
    } else if (change.field === "note") {
      if (op !== "note" || change.before !== null || (after.progressNotes as number) !== (before!.progressNotes as number) + 1) {
        violations.eventValues!.push(`${label}: note ${JSON.stringify(change)}`);
      }
    } else {
      violations.eventValues!.push(`${label}: unexpected field ${change.field}`);
    }
  }
  // completeness: every field whose stored value moved is in the event
  for (const field of ROW_FIELDS) {
    const was = before ? before[field] : null;
    const now = after[field];
    const moved = op === "create" ? now !== null && !(Array.isArray(now) && now.length === 0) : !same(field, was, now);
    if (!moved) continue;
    // the ministry and minister of a new commitment: see the fixed case "the creation event records every field…"
    if (op === "create" && (field === "ministry" || field === "minister")) continue;
    const named = seen.has(field) || (field === "references" && seen.has("fulfilledBy"));
    if (!named) violations.eventComplete!.push(`${label}: ${field} changed (${JSON.stringify(was)} → ${JSON.stringify(now)}) but the event does not say so`);
  }
}
