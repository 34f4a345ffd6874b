import "server-only";
// What a signed-in user follows, and whether their ministry's reminders reach them. Personal settings, not register
// data: no audit event (the audit trail is about the commitments), but every function takes the acting user and only
// ever touches that user's own rows.
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { canonicalFilterQuery, describeFilters, followFilterSchema } from "@/lib/reminders/follow-filter";
import type { CommitmentStatus } from "@/lib/commitment/status";
import { fieldErrors } from "@/lib/validation/commitment";
import { invalid, missing, refused, type MutationResult } from "./mutation-result";
import { filterNames } from "./reference-data";

const SIGNED_OUT = "Log in om toezeggingen te volgen.";

export async function followCommitment(user: CurrentUser | null, number: string): Promise<MutationResult> {
  if (!user) return refused(401, SIGNED_OUT);
  const commitment = await db().commitment.findUnique({ where: { number }, select: { id: true } });
  if (!commitment) return missing(number);
  // Following twice is following: a double click must not fail.
  const created = await db().commitmentFollow.createMany({ data: [{ userId: user.id, commitmentId: commitment.id }], skipDuplicates: true });
  return { ok: true, value: { number }, unchanged: created.count === 0 };
}

export async function unfollowCommitment(user: CurrentUser | null, number: string): Promise<MutationResult> {
  if (!user) return refused(401, SIGNED_OUT);
  const deleted = await db().commitmentFollow.deleteMany({ where: { userId: user.id, commitment: { number } } });
  return { ok: true, value: { number }, unchanged: deleted.count === 0 };
}

export async function isFollowingCommitment(user: CurrentUser | null, number: string): Promise<boolean> {
  if (!user) return false;
  return (await db().commitmentFollow.count({ where: { userId: user.id, commitment: { number } } })) > 0;
}

/** Follows a selection of the list (its query string) under a name. */
export async function followFilter(user: CurrentUser | null, raw: unknown): Promise<MutationResult<{ id: number; query: string }>> {
  if (!user) return refused(401, SIGNED_OUT);
  const parsed = followFilterSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const canonical = canonicalFilterQuery(parsed.data.query);
  if (!canonical.ok) {
    const detail = Object.entries(canonical.errors)
      .map(([k, m]) => `${k}: ${m.join("; ")}`)
      .join(". ");
    return invalid({ query: [`Deze selectie kan niet gevolgd worden: ${detail}.`] });
  }
  const existing = await db().filterFollow.findUnique({
    where: { userId_query: { userId: user.id, query: canonical.query } },
    select: { id: true, name: true },
  });
  if (existing) return invalid({ name: [`U volgt deze selectie al, als "${existing.name}".`] });
  const row = await db().filterFollow.create({ data: { userId: user.id, name: parsed.data.name, query: canonical.query }, select: { id: true } });
  return { ok: true, value: { id: row.id, query: canonical.query } };
}

export async function unfollowFilter(user: CurrentUser | null, id: number): Promise<MutationResult<{ id: number }>> {
  if (!user) return refused(401, SIGNED_OUT);
  const deleted = await db().filterFollow.deleteMany({ where: { id, userId: user.id } });
  return { ok: true, value: { id }, unchanged: deleted.count === 0 };
}

/** Editors: whether reminders for their ministry's commitments reach them (followed ones always do). */
export async function setOwnerReminders(user: CurrentUser | null, on: boolean): Promise<MutationResult<{ on: boolean }>> {
  if (!user) return refused(401, SIGNED_OUT);
  await db().mailPreference.upsert({ where: { userId: user.id }, create: { userId: user.id, ownerReminders: on }, update: { ownerReminders: on } });
  return { ok: true, value: { on } };
}

export interface FollowedCommitment {
  number: string;
  title: string;
  status: CommitmentStatus;
  deadlinePhrase: string | null;
  deadlineLatest: string | null;
  since: string;
}

export interface FollowedFilter {
  id: number;
  name: string;
  query: string;
  description: string;
  since: string;
}

export interface FollowingOverview {
  commitments: FollowedCommitment[];
  filters: FollowedFilter[];
  /** null for roles that get no reminders as owner (only editors do) */
  ownerReminders: boolean | null;
}

export async function getFollowingOverview(user: CurrentUser): Promise<FollowingOverview> {
  const [follows, filters, preference] = await Promise.all([
    db().commitmentFollow.findMany({
      where: { userId: user.id },
      orderBy: { commitment: { number: "asc" } },
      select: { createdAt: true, commitment: { select: { number: true, title: true, status: true, deadlinePhrase: true, deadlineLatest: true } } },
    }),
    db().filterFollow.findMany({ where: { userId: user.id }, orderBy: { name: "asc" } }),
    db().mailPreference.findUnique({ where: { userId: user.id } }),
  ]);
  const selections = filters.map((f) => ({ row: f, parsed: canonicalFilterQuery(f.query) }));
  const valid = selections.flatMap(({ parsed }) => (parsed.ok ? [parsed.filters] : []));
  const names = await filterNames({ ministry: valid.flatMap((f) => f.ministry ?? []), minister: valid.flatMap((f) => f.minister ?? []) });
  return {
    commitments: follows.map((f) => ({
      number: f.commitment.number,
      title: f.commitment.title,
      status: f.commitment.status,
      deadlinePhrase: f.commitment.deadlinePhrase,
      deadlineLatest: f.commitment.deadlineLatest?.toISOString().slice(0, 10) ?? null,
      since: f.createdAt.toISOString(),
    })),
    filters: selections.map(({ row: f, parsed }) => ({
      id: f.id,
      name: f.name,
      query: f.query,
      description: parsed.ok ? describeFilters(parsed.filters, names) : "ongeldige selectie",
      since: f.createdAt.toISOString(),
    })),
    ownerReminders: user.role === "editor" && user.ministryCode ? (preference?.ownerReminders ?? true) : null,
  };
}
