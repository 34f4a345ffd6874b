export type {
  CandidateKind,
  ExtractedContext,
  ExtractedCommitment,
  ExtractedDeadline,
  ExtractedLetter,
  ExtractedPassage,
  ExtractedReference,
  Extraction,
  ExtractOptions,
} from "./types";
export { extractLetter } from "./extract";
export { normalizeBody, type NormalizedBody } from "./normalize";
export { buildDocument, type LetterDocument } from "./document";
export { indexCitations, type CitationIndex } from "./references";
