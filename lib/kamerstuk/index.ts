export type { DocumentKind, DossierRef, FoundKamerstukCitation, Kamer, KamerstukCitation, TryParseKamerstukResult } from "./types";
export { KamerstukCitationError, type KamerstukCitationErrorCode } from "./errors";
export { findKamerstukCitations, parseKamerstukCitation, tryParseKamerstukCitation } from "./citation-parser";
export { documentUrl, parseDocumentId } from "./document-id";
export { formatDossier, formatDossierKey, parseDossierKey } from "./canonical";
export { findDossierMentions, type DossierMention } from "./dossier-mentions";
