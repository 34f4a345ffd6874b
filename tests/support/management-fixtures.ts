// Shared fixtures for the management (write) integration tests: a seeded register with all ministries, users of
// every role with their API tokens, helpers that call the API route handlers as plain functions, payload builders
// and snapshots of everything a mutation could touch.
import path from "node:path";
import { settle } from "@/lib/data/errors";
import { editableFields } from "@/lib/data/commitment-view";
import { POST as postCommitment } from "@/app/api/v1/commitments/route";
import { PATCH as patchCommitment } from "@/app/api/v1/commitments/[number]/route";
import { POST as postDeadline } from "@/app/api/v1/commitments/[number]/deadline/route";
import { POST as postNote } from "@/app/api/v1/commitments/[number]/notes/route";
import { POST as postStatus } from "@/app/api/v1/commitments/[number]/status/route";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createApiToken } from "@/lib/data/api-tokens";
import { createCommitment } from "@/lib/data/commitment-create";
import { changeCommitmentStatus } from "@/lib/data/commitment-changes";
import { getCommitment } from "@/lib/data/commitments";
import { loadMinistries, loadSeed, readSeedFile } from "@/lib/data/seed";
import { createUser } from "@/lib/data/user-admin";
import { getActiveUser } from "@/lib/data/users";
import { configureDatabase, db } from "@/lib/db";
import { databaseForBlock, testDatabaseKinds, useMigratedDatabase, type TestDatabase, type TestDatabaseKind } from "./test-database";

export { databaseForBlock, testDatabaseKinds, type TestDatabase, type TestDatabaseKind };

export const MINISTRIES_PATH = path.resolve(process.cwd(), "prisma/seed/ministries.json");
export const SEED_FILE_PATH = path.resolve(process.cwd(), "prisma/seed/kamerstuk-29628-1030.json");

/** A migrated database with every ministry and the seed (17 JenV commitments) loaded; lib/db points at it. */
export async function useManagementDatabase(kind: TestDatabaseKind, options: { poolSize?: number } = {}): Promise<TestDatabase> {
  const database = await useMigratedDatabase(kind);
  try {
    // The embedded database serves one connection per app (see EMBEDDED_POOL_SIZE); only a real server gets more.
    if (options.poolSize && kind !== "embedded") configureDatabase(database.params, options.poolSize);
    await loadMinistries(MINISTRIES_PATH);
    await loadSeed(await readSeedFile(SEED_FILE_PATH));
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

// ---------------------------------------------------------------------------------------------------- users

let userCounter = 0;

/** Creates an account through createUser("system", …) (no password: no argon2 cost) and returns it as a CurrentUser. */
export async function makeUser(role: "editor" | "coordinator" | "admin", ministry: string | null, label: string = role): Promise<CurrentUser> {
  userCounter += 1;
  const email = `${label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${userCounter}-${process.pid}@example.nl`;
  const result = await createUser("system", { email, name: `${label} ${userCounter}`, role, ministry });
  if (!result.ok) throw new Error(`makeUser(${role}, ${ministry}) failed: ${result.message} ${JSON.stringify(result.errors)}`);
  const user = await getActiveUser(result.value.id);
  if (!user) throw new Error("makeUser: the new account is not active");
  return user;
}

export interface Actor {
  label: string;
  user: CurrentUser | null;
  /** bearer token for the API; null for anonymous */
  token: string | null;
}

export interface Cast {
  coordinator: Actor;
  admin: Actor;
  editorJenV: Actor;
  editorBZK: Actor;
  anonymous: Actor;
}

/** One account (with a token) of every role that matters to the permission rules. */
export async function makeCast(): Promise<Cast> {
  const withToken = async (label: string, user: CurrentUser): Promise<Actor> => ({ label, user, token: (await createApiToken(user, `${label} token`)).token });
  return {
    coordinator: await withToken("coordinator", await makeUser("coordinator", null)),
    admin: await withToken("admin", await makeUser("admin", null)),
    editorJenV: await withToken("editor JenV", await makeUser("editor", "JenV", "editor-jenv")),
    editorBZK: await withToken("editor BZK", await makeUser("editor", "BZK", "editor-bzk")),
    anonymous: { label: "anonymous", user: null, token: null },
  };
}

/** A CurrentUser with a role the permission rules do not know (the database enum cannot hold it). */
export function withUnknownRole(base: CurrentUser, role = "superuser"): CurrentUser {
  return { ...base, role };
}

// ---------------------------------------------------------------------------------------------------- API

export type WriteRoute = "create" | "edit" | "status" | "deadline" | "notes";

export interface ApiCall {
  token?: string | null;
  number?: string;
  /** serialised with JSON.stringify unless `rawBody` is given */
  body?: unknown;
  rawBody?: string;
  contentType?: string | null;
  authorization?: string;
}

export interface ApiAnswer {
  status: number;
  /** the parsed JSON body, or the text when it is not JSON */
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON the API answered, field by field
  body: any;
  headers: Headers;
}

const ROUTE_PATHS: Record<WriteRoute, (n: string) => string> = {
  create: () => "/api/v1/commitments",
  edit: (n) => `/api/v1/commitments/${encodeURIComponent(n)}`,
  status: (n) => `/api/v1/commitments/${encodeURIComponent(n)}/status`,
  deadline: (n) => `/api/v1/commitments/${encodeURIComponent(n)}/deadline`,
  notes: (n) => `/api/v1/commitments/${encodeURIComponent(n)}/notes`,
};

/** Calls a write route handler the way Next.js would: a Request and a params promise. */
export async function callApi(route: WriteRoute, call: ApiCall): Promise<ApiAnswer> {
  const number = call.number ?? "";
  const headers: Record<string, string> = {};
  if (call.authorization !== undefined) headers.authorization = call.authorization;
  else if (call.token) headers.authorization = `Bearer ${call.token}`;
  const contentType = call.contentType === undefined ? "application/json" : call.contentType;
  if (contentType !== null) headers["content-type"] = contentType;
  const body = call.rawBody ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
  const request = new Request(`http://test${ROUTE_PATHS[route](number)}`, { method: route === "edit" ? "PATCH" : "POST", headers, body });
  const context = { params: Promise.resolve({ number }) };
  let response: Response;
  switch (route) {
    case "create":
      response = await postCommitment(request);
      break;
    case "edit":
      response = await patchCommitment(request, context);
      break;
    case "status":
      response = await postStatus(request, context);
      break;
    case "deadline":
      response = await postDeadline(request, context);
      break;
    case "notes":
      response = await postNote(request, context);
      break;
  }
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

// ---------------------------------------------------------------------------------------------------- payloads

export const JENV_MINISTER = { ministerName: "F.B.J. Grapperhaus", ministerFunction: "Minister van Justitie en Veiligheid" };
export const BZK_MINISTER = { ministerName: "H.G.J. Bruins Slot", ministerFunction: "Minister van Binnenlandse Zaken en Koninkrijksrelaties" };

/** A complete, valid create payload for a commitment of `ministry`; citations are already in the seeded register. */
export function newCommitmentInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const ministry = (overrides.ministry as string | undefined) ?? "JenV";
  return {
    title: "Kamer informeren over de aanpak van ondermijning",
    text: "Ik zal uw Kamer voor de zomer informeren over de voortgang van de aanpak van ondermijning.",
    madeOn: "2024-03-14",
    activity: "Commissiedebat politie, 14 maart 2024",
    ...(ministry === "BZK" ? BZK_MINISTER : JENV_MINISTER),
    ministry,
    committee: "Vaste commissie voor Justitie en Veiligheid",
    addressee: null,
    deadlinePhrase: "voor de zomer van 2024",
    references: [{ citation: "Kamerstuk 29 628, nr. 1030", role: "source" }],
    ...overrides,
  };
}

/** The full edit payload (every field the edit schema takes) of a commitment as it is now, with `overrides`. */
export async function editPayload(number: string, overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const current = await getCommitment(number);
  if (!current) throw new Error(`editPayload: ${number} does not exist`);
  return { ...editableFields(current), version: current.version, ...overrides };
}

export async function versionOf(number: string): Promise<number> {
  const row = await db().commitment.findUniqueOrThrow({ where: { number }, select: { version: true } });
  return row.version;
}

export type Status = "open" | "partially_fulfilled" | "fulfilled" | "lapsed" | "withdrawn";

/** What each target status needs, valid. */
export function transitionBody(to: Status, version: number): Record<string, unknown> {
  switch (to) {
    case "partially_fulfilled":
      return { to, note: "Het eerste deel van de brief is verstuurd; de rest volgt.", version };
    case "fulfilled":
      return { to, fulfilledBy: "kst-29628-985", version };
    case "lapsed":
      return { to, reason: "Het wetsvoorstel is ingetrokken, dus de toezegging vervalt.", version };
    case "withdrawn":
      return { to, reason: "De minister trekt de toezegging in na het debat.", version };
    case "open":
      return { to, reason: "De Kamer vraagt opnieuw om deze informatie; heropend.", version };
  }
}

/**
 * A new commitment created by `by` (a coordinator or admin), moved to `status` through the workflow (a closed
 * status is reached from open directly).
 */
export async function freshCommitment(
  by: CurrentUser,
  options: { ministry?: string; status?: Status; title?: string; deadlinePhrase?: string | null } = {},
): Promise<string> {
  const created = await settle(
    createCommitment(
      by,
      newCommitmentInput({
        ministry: options.ministry ?? "JenV",
        ...(options.title ? { title: options.title } : {}),
        ...(options.deadlinePhrase !== undefined ? { deadlinePhrase: options.deadlinePhrase } : {}),
      }),
    ),
  );
  if (!created.ok) throw new Error(`freshCommitment: ${created.message} ${JSON.stringify(created.errors)}`);
  const number = created.value.number;
  const status = options.status ?? "open";
  if (status !== "open") {
    const moved = await settle(changeCommitmentStatus(by, number, transitionBody(status, 1)));
    if (!moved.ok) throw new Error(`freshCommitment → ${status}: ${moved.message} ${JSON.stringify(moved.errors)}`);
  }
  return number;
}

// ---------------------------------------------------------------------------------------------------- snapshots

export interface RegisterSnapshot {
  counts: Record<string, number>;
  lastAuditId: string;
  /** md5 over every commitment row (all columns a mutation may change, version and updated_at included) */
  commitments: string;
  /** md5 over the accounts (role, ministry, disabled, password hash) */
  users: string;
  /** md5 over the API tokens except last_used_at, which every authenticated request moves */
  tokens: string;
  /** the number sequences: a refused create must not use up a number */
  sequences: string;
  /** the one commitment the caller is looking at, in full, so a diff says what moved */
  commitment: Record<string, unknown> | null;
}

const COUNTED = [
  "commitment",
  "commitment_reference",
  "commitment_dossier",
  "audit_event",
  "progress_note",
  "document",
  "document_dossier",
  "dossier",
  "minister",
  "app_user",
  "api_token",
] as const;

/** Everything a write could change, in one query (plus the row of `number` when given). */
export async function registerSnapshot(number?: string): Promise<RegisterSnapshot> {
  const sql = `SELECT ${COUNTED.map((t) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(", ")},
    (SELECT coalesce(max(id), 0)::text FROM audit_event) AS last_audit_id,
    (SELECT md5(coalesce(string_agg(row_to_json(c)::text, '|' ORDER BY c.id), '')) FROM (
      SELECT id, number, title, text, status, deadline_phrase, deadline_earliest, deadline_latest, deadline_precision, made_on, activity,
             minister_id, ministry_id, committee, addressee, version, updated_at FROM commitment) c) AS commitments,
    (SELECT md5(coalesce(string_agg(row_to_json(u)::text, '|' ORDER BY u.id), '')) FROM (
      SELECT id, email, name, role, ministry_id, disabled, password_hash, sso_subject FROM app_user) u) AS users,
    (SELECT md5(coalesce(string_agg(row_to_json(t)::text, '|' ORDER BY t.id), '')) FROM (
      SELECT id, user_id, name, prefix, token_hash, revoked_at FROM api_token) t) AS tokens,
    (SELECT coalesce(string_agg(year || ':' || last, ',' ORDER BY year), '') FROM commitment_number_sequence) AS sequences`;
  const [row] = await db().$queryRawUnsafe<Array<Record<string, unknown>>>(sql);
  const counts: Record<string, number> = {};
  for (const t of COUNTED) counts[t] = Number(row![t]);
  return {
    counts,
    lastAuditId: String(row!.last_audit_id),
    commitments: String(row!.commitments),
    users: String(row!.users),
    tokens: String(row!.tokens),
    sequences: String(row!.sequences),
    commitment: number ? await commitmentRow(number) : null,
  };
}

/** A commitment's stored fields in the terms the audit trail uses (the field names of its changes). */
export async function commitmentRow(number: string): Promise<Record<string, unknown> | null> {
  const rows = await db().$queryRawUnsafe<Array<Record<string, unknown>>>(
    `SELECT c.id, c.number, c.title, c.text, c.status::text AS status, c.deadline_phrase AS "deadlinePhrase",
            to_char(c.deadline_earliest, 'YYYY-MM-DD') AS "deadlineEarliest", to_char(c.deadline_latest, 'YYYY-MM-DD') AS "deadlineLatest",
            c.deadline_precision::text AS "deadlinePrecision", to_char(c.made_on, 'YYYY-MM-DD') AS "madeOn", c.activity,
            m.name || ', ' || m.function AS minister, y.code AS ministry, c.committee, c.addressee, c.version,
            coalesce((SELECT array_agg(r.role::text || ':' || r.document_id ORDER BY r.role::text || ':' || r.document_id)
                        FROM commitment_reference r WHERE r.commitment_id = c.id), '{}') AS "references",
            (SELECT count(*)::int FROM progress_note p WHERE p.commitment_id = c.id) AS "progressNotes"
       FROM commitment c JOIN minister m ON m.id = c.minister_id JOIN ministry y ON y.id = c.ministry_id
      WHERE c.number = $1`,
    number,
  );
  return rows[0] ?? null;
}

export interface AuditRow {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  actorId: string | null;
  actorName: string;
  commitmentId: number | null;
  changes: Array<{ field: string; before: unknown; after: unknown }>;
  reason: string | null;
}

/** Audit events written after `lastId` (a snapshot's lastAuditId), oldest first. */
export async function auditEventsAfter(lastId: string): Promise<AuditRow[]> {
  const rows = await db().auditEvent.findMany({ where: { id: { gt: BigInt(lastId) } }, orderBy: { id: "asc" } });
  return rows.map((r) => ({
    id: r.id.toString(),
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    actorId: r.actorId,
    actorName: r.actorName,
    commitmentId: r.commitmentId,
    changes: r.changes as AuditRow["changes"],
    reason: r.reason,
  }));
}

// ---------------------------------------------------------------------------------------------------- randomness

export { mulberry32, picker } from "./random";
