/**
 * A dossier named without a document number: "Kamerstuk 34 919", "Kamerstukken II 2019/20,
 * 35 300-VII", "dossier 29 628", "het wetsvoorstel 35 424" and the Eerste Kamer's "(33.694)".
 * It links to the dossier, not to a document; a full citation ("Kamerstuk 34 919, nr. 77") is
 * findKamerstukCitations' and never a dossier mention.
 */
import { formatDossier, OFFICIELE_BEKENDMAKINGEN_BASE } from "./canonical";
import { findKamerstukCitations } from "./citation-parser";
import type { DossierRef } from "./types";

export interface DossierMention {
  dossier: DossierRef;
  /** The register's dossier key: "34919", "35300-VII". */
  key: string;
  /** As Kamerstukken print it: "34 919", "35 300-VII". */
  label: string;
  /** The dossier at officielebekendmakingen.nl. */
  url: string;
  start: number;
  end: number;
}

const NUMBER = String.raw`(?<nummer>\d{2}[ .\u00a0]?\d{3})`;
const SUFFIX = String.raw`(?:\s?-\s?(?<suffix>[A-Z]{1,4}|[IVXLC]{1,6})|\s(?<roman>[IVXLC]{1,6}|[A-Z])(?![\p{L}\d]))?`;
const VERGADERJAAR = String.raw`(?:(?:I{1,2}|TK|EK)\s+)?(?:\d{4}\s*[/–-]\s*\d{2,4}\s*,?\s*)?`;
const MENTIONS = [
  new RegExp(String.raw`(?<![\p{L}\d])(?:kamerstuk(?:ken)?|dossier|wetsvoorstel)\s+${VERGADERJAAR}${NUMBER}${SUFFIX}(?![\d])`, "giu"),
  // The Eerste Kamer writes a bill's dossier in brackets with a dot after its title: "Defensie (33.694)".
  // After a word only, so that an amount ("€ 12.500 (12.500)") is none.
  new RegExp(String.raw`(?<=\p{L}\s?)\((?<nummer>[1-3]\d\.\d{3})${SUFFIX}\)`, "gu"),
];
/** Followed by a document number after all: ", nr. 77", " nr. 3", "-60". */
const NUMBER_FOLLOWS = /^\s*(?:,\s*)?(?:nr\.?|nummer)\s*\d|^-\d/iu;

function overlaps(start: number, end: number, spans: Array<{ start: number; end: number }>): boolean {
  return spans.some((s) => start < s.end && s.start < end);
}

export function findDossierMentions(text: string): DossierMention[] {
  const citations = findKamerstukCitations(text);
  const found = new Map<string, DossierMention>();
  for (const pattern of MENTIONS) {
    for (const m of text.matchAll(pattern)) {
      const groups = m.groups ?? {};
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (overlaps(start, end, citations) || NUMBER_FOLLOWS.test(text.slice(end, end + 12))) continue;
      const nummer = (groups.nummer ?? "").replace(/\D/g, "");
      if (nummer.length !== 5) continue;
      const suffix = (groups.suffix ?? groups.roman ?? "").toUpperCase();
      const dossier: DossierRef = { nummer, toevoeging: suffix || null };
      const key = suffix ? `${nummer}-${suffix}` : nummer;
      if (found.has(key)) continue;
      found.set(key, { dossier, key, label: formatDossier(dossier), url: `${OFFICIELE_BEKENDMAKINGEN_BASE}dossier/${key}`, start, end });
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}
