import type { CitationParts, DossierRef, Kamer, KamerstukCitation } from "./types";
import { shortVergaderjaar, vergaderjaarIdPart } from "./vergaderjaar";

export const OFFICIELE_BEKENDMAKINGEN_BASE = "https://zoek.officielebekendmakingen.nl/";

/** "29628" → "29 628": Kamerstukken group dossier numbers of five or more digits by thousands. */
export function formatDossiernummer(nummer: string): string {
  if (nummer.length < 5 || !/^\d+$/.test(nummer)) return nummer;
  return `${nummer.slice(0, nummer.length - 3)} ${nummer.slice(-3)}`;
}

/** One spelling for every input variant ("34 775 IV", "34775-IV") so labels compare equal. */
export function formatDossier(dossier: DossierRef): string {
  const nummer = formatDossiernummer(dossier.nummer);
  return dossier.toevoeging ? `${nummer}-${dossier.toevoeging}` : nummer;
}

/** A dossier key as the register stores it ("36200-VI") as its parts. */
export function parseDossierKey(key: string): DossierRef {
  const [nummer = key, toevoeging] = key.split("-");
  return { nummer, toevoeging: toevoeging ?? null };
}

/** A dossier key as the register stores it ("36200-VI") the way Kamerstukken print it ("36 200-VI"). */
export function formatDossierKey(key: string): string {
  return formatDossier(parseDossierKey(key));
}

function joinDutch(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}

function isLetterOndernummer(ondernummer: string): boolean {
  return /^[A-Z]+$/.test(ondernummer);
}

export function kamerstukLabel(dossiers: DossierRef[], ondernummer: string): string {
  const woord = dossiers.length > 1 ? "Kamerstukken" : "Kamerstuk";
  const onder = isLetterOndernummer(ondernummer) ? ondernummer : `nr. ${ondernummer}`;
  return `${woord} ${joinDutch(dossiers.map(formatDossier))}, ${onder}`;
}

function romanKamer(kamer: Kamer): string {
  return kamer === "TK" ? "II" : "I";
}

/** Combined dossiers are published under the first dossier, so only that one is in the id. */
export function kamerstukId(dossiers: DossierRef[], ondernummer: string): string {
  const first = dossiers[0];
  if (!first) throw new RangeError("Een kamerstuk heeft minstens één dossier");
  const toevoeging = first.toevoeging ? `-${first.toevoeging}` : "";
  return `kst-${first.nummer}${toevoeging}-${ondernummer}`;
}

export function canonicalId(parts: CitationParts): string {
  switch (parts.kind) {
    case "kamerstuk":
      return kamerstukId(parts.dossiers, parts.ondernummer);
    case "aanhangsel":
      return `ah-${parts.kamer.toLowerCase()}-${vergaderjaarIdPart(parts.vergaderjaar)}-${parts.nummer}`;
    case "handelingen": {
      const item = parts.item === null ? "" : `-${parts.item}`;
      return `h-${parts.kamer.toLowerCase()}-${vergaderjaarIdPart(parts.vergaderjaar)}-${parts.nummer}${item}`;
    }
  }
}

export function canonicalLabel(parts: CitationParts): string {
  switch (parts.kind) {
    case "kamerstuk":
      return kamerstukLabel(parts.dossiers, parts.ondernummer);
    case "aanhangsel":
      return `Aanhangsel Handelingen ${romanKamer(parts.kamer)} ${shortVergaderjaar(parts.vergaderjaar)}, nr. ${parts.nummer}`;
    case "handelingen": {
      const item = parts.item === null ? "" : `, item ${parts.item}`;
      return `Handelingen ${romanKamer(parts.kamer)} ${shortVergaderjaar(parts.vergaderjaar)}, nr. ${parts.nummer}${item}`;
    }
  }
}

export function urlForId(id: string): string {
  return `${OFFICIELE_BEKENDMAKINGEN_BASE}${id}`;
}

export function buildCitation(parts: CitationParts, page: string | null, raw: string): KamerstukCitation {
  const id = canonicalId(parts);
  const common = { id, kind: parts.kind, kamer: parts.kamer, vergaderjaar: parts.vergaderjaar, page, label: canonicalLabel(parts), url: urlForId(id), raw };
  if (parts.kind === "kamerstuk") {
    return {
      ...common,
      dossiers: parts.dossiers.map((d) => ({ ...d })),
      ondernummer: parts.ondernummer,
      nummer: null,
      item: null,
    };
  }
  return {
    ...common,
    dossiers: [],
    ondernummer: null,
    nummer: parts.nummer,
    item: parts.kind === "handelingen" ? parts.item : null,
  };
}
