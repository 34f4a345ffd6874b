import { type KamerstukCitation, parseDocumentId } from "@/lib/kamerstuk";

/** The parsed canonical id from a URL segment, or null when it is not a document id. */
export function tryParseDocumentId(raw: string): KamerstukCitation | null {
  try {
    return parseDocumentId(decodeURIComponent(raw));
  } catch {
    return null;
  }
}
