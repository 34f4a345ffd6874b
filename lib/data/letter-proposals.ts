import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decide, statusPermission, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { ReviewProposal } from "@/lib/letter-import/review";
import { matchScore, significantWords, textSimilarity, type SharedReferenceRole } from "@/lib/letter-import/similarity";
import type { CommitmentStatus } from "@/lib/commitment/status";
import { permissionActor } from "./actor";

export interface FulfilmentQuery {
  /** the letter's sentence saying a commitment is fulfilled */
  text: string;
  /** canonical document ids the sentence cites */
  documentIds: string[];
}

/** Outstanding: the statuses from which a commitment can become fulfilled. */
const OUTSTANDING: CommitmentStatus[] = ["open", "partially_fulfilled"];
const MAX_PROPOSALS = 5;
/** Below this overall score a commitment is not worth the reviewer's attention (unless it shares a document). */
const MIN_SCORE = 0.15;
const FULL_TEXT_LIMIT = 100;

/** Words for a Dutch full-text OR query: letters and digits only, so nothing can be read as a tsquery operator. */
function fullTextQuery(text: string): string | null {
  const wanted = new Set(significantWords(text));
  const words = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    const folded = word.normalize("NFD").replace(/\p{M}+/gu, "");
    if (word.length >= 4 && wanted.has(folded)) words.add(word);
    if (words.size >= 30) break;
  }
  return words.size ? [...words].join(" | ") : null;
}

/** Ids of outstanding commitments worth scoring: those sharing a cited document, and the best full-text matches. */
async function candidateIds(query: FulfilmentQuery): Promise<number[]> {
  const ids = new Set<number>();
  if (query.documentIds.length) {
    const rows = await db().commitmentReference.findMany({
      where: { documentId: { in: query.documentIds }, commitment: { status: { in: OUTSTANDING } } },
      select: { commitmentId: true },
    });
    for (const r of rows) ids.add(r.commitmentId);
  }
  const tsquery = fullTextQuery(query.text);
  if (tsquery) {
    const rows = await db().$queryRaw<Array<{ id: number }>>`SELECT id FROM commitment
      WHERE status IN ('open', 'partially_fulfilled') AND search_vector @@ to_tsquery('dutch', ${tsquery})
      ORDER BY ts_rank(search_vector, to_tsquery('dutch', ${tsquery})) DESC, id LIMIT ${FULL_TEXT_LIMIT}`;
    for (const r of rows) ids.add(r.id);
  }
  return [...ids];
}

interface ScoredMatch extends Omit<ReviewProposal, "refusal"> {
  id: number;
}

/**
 * For each sentence of a letter that is about an earlier commitment (it fulfils or postpones it), the outstanding
 * commitments it may be about, best first, each with its score and the documents it shares with the sentence.
 */
export async function outstandingMatches(queries: FulfilmentQuery[]): Promise<ScoredMatch[][]> {
  const perQuery = await Promise.all(queries.map(candidateIds));
  const allIds = [...new Set(perQuery.flat())];
  const rows = allIds.length
    ? await db().commitment.findMany({
        where: { id: { in: allIds }, status: { in: OUTSTANDING } },
        select: {
          id: true,
          number: true,
          title: true,
          text: true,
          status: true,
          version: true,
          ministry: { select: { code: true } },
          references: { select: { documentId: true, role: true, document: { select: { label: true } } } },
        },
      })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return queries.map((query, i) => {
    const cited = new Set(query.documentIds);
    const matches: ScoredMatch[] = [];
    for (const id of perQuery[i]!) {
      const row = byId.get(id);
      if (!row) continue;
      const shared = row.references
        .filter((r) => cited.has(r.documentId))
        .map((r) => ({ id: r.documentId, label: r.document.label, role: r.role as SharedReferenceRole }));
      const textScore = textSimilarity(query.text, row);
      const score = matchScore(
        textScore,
        shared.map((s) => s.role),
      );
      if (score < MIN_SCORE && !shared.length) continue;
      matches.push({
        id: row.id,
        number: row.number,
        title: row.title,
        status: row.status as CommitmentStatus,
        ministryCode: row.ministry.code,
        version: row.version,
        score,
        textScore,
        sharedReferences: shared,
      });
    }
    matches.sort((a, b) => b.score - a.score || a.number.localeCompare(b.number));
    return matches.slice(0, MAX_PROPOSALS);
  });
}

/** The matches as the review screen offers them: with whether `user` may do `permission` on each. */
async function propose(user: CurrentUser, queries: FulfilmentQuery[], permission: Permission): Promise<ReviewProposal[][]> {
  const actor = permissionActor(user);
  return (await outstandingMatches(queries)).map((matches) =>
    matches.map(({ id: _id, ...m }) => {
      const decision = decide(actor, permission, { ministryCode: m.ministryCode });
      return { ...m, refusal: decision.allowed ? null : decision.message };
    }),
  );
}

/** For each "fulfilled" sentence: the outstanding commitments it may fulfil. */
export function proposeFulfilments(user: CurrentUser, queries: FulfilmentQuery[]): Promise<ReviewProposal[][]> {
  return propose(user, queries, statusPermission("fulfil"));
}

/** For each "postponed" sentence: the outstanding commitments whose deadline it may re-set. */
export function proposePostponements(user: CurrentUser, queries: FulfilmentQuery[]): Promise<ReviewProposal[][]> {
  return propose(user, queries, "commitment.deadline.postpone_by_letter");
}
