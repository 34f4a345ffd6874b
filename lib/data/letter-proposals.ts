import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decide, statusPermission } from "@/lib/auth/permissions";
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

/**
 * For each "fulfilled" sentence of a letter, the outstanding commitments it may be about, best first, each with its
 * score, the documents it shares with the sentence, and whether `user` may mark it fulfilled.
 */
export async function proposeFulfilments(user: CurrentUser, queries: FulfilmentQuery[]): Promise<ReviewProposal[][]> {
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
  const actor = permissionActor(user);

  return queries.map((query, i) => {
    const cited = new Set(query.documentIds);
    const proposals: ReviewProposal[] = [];
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
      const decision = decide(actor, statusPermission("fulfil"), { ministryCode: row.ministry.code });
      proposals.push({
        number: row.number,
        title: row.title,
        status: row.status as CommitmentStatus,
        ministryCode: row.ministry.code,
        version: row.version,
        score,
        textScore,
        sharedReferences: shared,
        refusal: decision.allowed ? null : decision.message,
      });
    }
    proposals.sort((a, b) => b.score - a.score || a.number.localeCompare(b.number));
    return proposals.slice(0, MAX_PROPOSALS);
  });
}
