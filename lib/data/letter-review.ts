import "server-only";
import { findDuplicate } from "@/lib/commitment/duplicates";
import { commitmentsMadeIn } from "./commitment-duplicates";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decide } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Extraction } from "@/lib/extraction";
import { describeContext } from "@/lib/extraction/context";
import { extractLetterOffThread } from "@/lib/letter-import/off-thread";
import { parseDocumentId, parseDossierKey, tryParseKamerstukCitation } from "@/lib/kamerstuk";
import { sentenceInContext } from "@/lib/letter-import/highlight";
import { ministryForFunction } from "@/lib/letter-import/ministry";
import type { AnalyseResult, LetterReview } from "@/lib/letter-import/review";
import { checkLetterText } from "@/lib/letter-import/upload";
import { sanitiseText } from "@/lib/validation/primitives";
import { permissionActor } from "./actor";
import { knownDossierKeys } from "./dossiers";
import { proposeFulfilments, proposePostponements } from "./letter-proposals";

/** A reference of the extraction as a citation the forms and createCommitmentSchema read, with its document id. */
function citationOf(extraction: Extraction, ref: string): { label: string; id: string } | null {
  const known = extraction.references.find((r) => r.id === ref);
  for (const candidate of [known?.label, ref]) {
    if (!candidate) continue;
    const parsed = tryParseKamerstukCitation(candidate);
    if (parsed.ok) return { label: parsed.citation.label, id: parsed.citation.id };
    try {
      const citation = parseDocumentId(candidate);
      return { label: citation.label, id: citation.id };
    } catch {
      // not a document id either: try the next form
    }
  }
  return null;
}

function letterCitation(id: string | null): { label: string; id: string } | null {
  if (!id) return null;
  const parsed = tryParseKamerstukCitation(id);
  if (parsed.ok) return { label: parsed.citation.label, id: parsed.citation.id };
  try {
    const citation = parseDocumentId(id);
    return { label: citation.label, id: citation.id };
  } catch {
    return null;
  }
}

/**
 * Reads a letter for review: its candidate commitments (each in its paragraph), its details for the form, and for
 * every sentence reporting a fulfilment the outstanding commitments it may be about. Writes nothing.
 */
export async function analyseLetter(user: CurrentUser | null, raw: { text?: unknown }): Promise<AnalyseResult> {
  if (!user) return { ok: false, message: "Log in om een brief te importeren." };
  const allowed = decide(permissionActor(user), "commitment.create", { ministryCode: user.ministryCode ?? "" });
  if (!allowed.allowed) return { ok: false, message: allowed.message };
  const text = typeof raw.text === "string" ? sanitiseText(raw.text) : "";
  const problem = checkLetterText(text);
  if (problem) return { ok: false, message: problem, errors: { text: [problem] } };

  const analysed = await extractLetterOffThread(text);
  if (!analysed.ok) return { ok: false, message: analysed.message, errors: { text: [analysed.message] } };
  const { extraction } = analysed;
  const letter = letterCitation(extraction.letter.id);
  const ministries = await db().ministry.findMany({ select: { code: true, name: true } });
  const ministry =
    user.role === "editor" ? (user.ministryCode ?? "") : (user.ministryCode ?? ministryForFunction(extraction.letter.ministerFunction, ministries) ?? "");

  const candidates = extraction.commitments.map((c, index) => {
    const references = c.references
      .map((ref) => citationOf(extraction, ref))
      .filter((ref): ref is { label: string; id: string } => ref !== null && ref.id !== letter?.id);
    const unique = [...new Map(references.map((r) => [r.id, r])).values()];
    return {
      index,
      kind: c.kind,
      cue: c.cue,
      subject: describeContext(c.context),
      title: c.title,
      text: c.text,
      deadlinePhrase: c.deadline?.phrase ?? "",
      references: unique.map((r) => r.label),
      documentIds: unique.map((r) => r.id),
      context: sentenceInContext(extraction.normalizedText, c.start, c.end),
      postponementReason: c.postponement?.reason ?? "",
      // What is postponed is named around the new date ("In mijn brief van … heb ik u toegezegd het rapport …").
      postponementQuery: c.postponement
        ? { text: c.postponement.about, documentIds: c.postponement.references.filter((id) => id !== letter?.id) }
        : { text: c.text, documentIds: [] },
    };
  });

  const fulfilled = candidates.filter((c) => c.kind === "fulfilled");
  const postponed = candidates.filter((c) => c.kind === "postponed");
  const [proposals, postponements, alreadyCitedBy, madeHere] = await Promise.all([
    proposeFulfilments(
      user,
      fulfilled.map((c) => ({ text: c.text, documentIds: c.documentIds })),
    ),
    proposePostponements(
      user,
      postponed.map((c) => c.postponementQuery),
    ),
    letter ? db().commitmentReference.count({ where: { documentId: letter.id } }) : Promise.resolve(0),
    letter ? commitmentsMadeIn(letter.id) : Promise.resolve([]),
  ]);
  const known = await knownDossierKeys(extraction.dossiers.map((d) => parseDossierKey(d.key)));
  const duplicateOf = (c: { kind: string; text: string }) => {
    const found = c.kind !== "fulfilled" ? findDuplicate(c.text, madeHere) : null;
    return found ? { number: found.number, title: found.title } : null;
  };
  const proposalsByIndex = new Map([
    ...fulfilled.map((c, i) => [c.index, proposals[i]!] as const),
    ...postponed.map((c, i) => [c.index, postponements[i]!] as const),
  ]);

  const review: LetterReview = {
    letter: {
      citation: letter?.label ?? "",
      date: extraction.letter.date ?? "",
      title: extraction.letter.title ?? "",
      ministerName: extraction.letter.minister ?? "",
      ministerFunction: extraction.letter.ministerFunction ?? "",
      ministry,
    },
    alreadyCitedBy,
    dossiers: extraction.dossiers.map((d) => {
      const inRegister = known.has(d.key);
      return { key: d.key, label: d.label, href: inRegister ? `/dossiers/${d.key}` : d.url, inRegister };
    }),
    candidates: candidates.map(({ documentIds: _ids, postponementQuery: _query, ...c }) => ({
      ...c,
      proposals: proposalsByIndex.get(c.index) ?? [],
      duplicateOf: duplicateOf(c),
    })),
  };
  return { ok: true, review };
}
