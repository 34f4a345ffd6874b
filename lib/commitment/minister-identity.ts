// When two spellings name the same bewindspersoon. Sources spell a minister differently ("Grapperhaus",
// "F.B.J. Grapperhaus", "mr. F.B.J. Grapperhaus"); the register keeps one minister per person, function and
// ministry, so filters and the dashboard list them once. Pure: the data layer and the import plans both use it.

/** Titles and forms of address that say nothing about who it is. */
const TITLES = new Set(["mr", "dr", "drs", "prof", "ir", "ing", "ds", "mw", "mevr", "dhr", "jhr", "jkvr", "bc", "msc", "ma", "llm", "phd", "ba", "bsc"]);

/** Tussenvoegsels: part of the surname ("van der Wal"), never a given name. */
const PARTICLES = new Set(["van", "de", "der", "den", "het", "ten", "ter", "te", "la", "le", "du", "op", "in", "'t", "t", "d", "'s"]);

export interface MinisterIdentity {
  /** lower case, without accents, tussenvoegsels included: "van der wal" */
  surname: string;
  /** the initials as letters, in order ("fbj"); empty when the source gave none */
  initials: string;
}

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[’`]/g, "'");

/** Who a written name refers to, as far as a name can tell. */
export function ministerIdentity(name: string): MinisterIdentity {
  const folded = fold(name);
  const words = (part: string) =>
    part
      // "F.B.J.Grapperhaus" reads as "F. B. J. Grapperhaus"
      .replace(/\./g, ". ")
      .split(/\s+/)
      .filter(Boolean);
  const bare = (w: string) => w.replace(/\.$/, "");
  // "Grapperhaus, mr. F.B.J." puts the surname first.
  const comma = folded.indexOf(",");
  const [surnamePart, givenPart] = comma >= 0 ? [words(folded.slice(0, comma)), words(folded.slice(comma + 1))] : [[], words(folded)];
  let given = givenPart.filter((w) => !TITLES.has(bare(w)));
  let surname = surnamePart.map(bare).filter((w) => !TITLES.has(w));
  if (comma < 0) {
    // The last word is the surname, with the tussenvoegsels right before it ("van der Wal", "de Jonge").
    let start = given.length - 1;
    while (start > 0 && PARTICLES.has(bare(given[start - 1]!)) && !given[start - 1]!.endsWith(".")) start--;
    surname = given.slice(Math.max(start, 0)).map(bare);
    given = given.slice(0, Math.max(start, 0));
  }
  // Initials as written ("F.") and given names written out ("Ferdinand") both count by their first letter.
  const initials = given
    .map(bare)
    .filter((w) => w && !PARTICLES.has(w))
    .map((w) => w.charAt(0))
    .join("");
  return { surname: surname.join(" "), initials };
}

/** Initials agree when one is the other's beginning: "F." and "F.B.J." may be one person, "F." and "G." are not. */
function initialsAgree(a: string, b: string): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

export function sameMinister(a: string, b: string): boolean {
  const x = ministerIdentity(a);
  const y = ministerIdentity(b);
  return x.surname !== "" && x.surname === y.surname && initialsAgree(x.initials, y.initials);
}

const foldFunction = (fn: string) => fold(fn).replace(/\s+/g, " ").trim();

export interface KnownMinister {
  id: number;
  name: string;
  function: string;
  ministryId: number;
}

export type MinisterMatch<M extends KnownMinister = KnownMinister> =
  | { kind: "exact"; minister: M }
  | { kind: "same-person"; minister: M }
  | { kind: "ambiguous"; candidates: M[] }
  | { kind: "new" };

/**
 * The register's minister a written name refers to, within the same function and ministry: the exact spelling,
 * else the one minister the name can be (one match), else several that it could be (the caller asks), else none.
 */
export function matchMinister<M extends KnownMinister>(known: readonly M[], name: string, fn: string, ministryId: number): MinisterMatch<M> {
  const exact = known.find((m) => m.name === name && m.function === fn);
  if (exact) return { kind: "exact", minister: exact };
  const sameRole = known.filter((m) => m.ministryId === ministryId && foldFunction(m.function) === foldFunction(fn));
  const candidates = sameRole.filter((m) => sameMinister(m.name, name));
  if (candidates.length === 1) return { kind: "same-person", minister: candidates[0]! };
  if (candidates.length > 1) return { kind: "ambiguous", candidates };
  return { kind: "new" };
}

/** The message when a name could be more than one minister: it names them, so the user can choose. */
export function ambiguousMinisterMessage(name: string, candidates: readonly KnownMinister[]): string {
  const names = candidates.map((c) => `"${c.name}"`).join(" of ");
  return `"${name}" kan ${names} zijn. Schrijf de naam zoals die in het register staat, zodat er geen tweede bewindspersoon ontstaat.`;
}

/** Ministers that may be one person: same function and ministry, names that agree. Each pair once, in list order. */
export function possibleDuplicates<M extends KnownMinister>(known: readonly M[]): Array<[M, M]> {
  const pairs: Array<[M, M]> = [];
  known.forEach((a, i) => {
    for (const b of known.slice(i + 1)) {
      if (a.ministryId === b.ministryId && foldFunction(a.function) === foldFunction(b.function) && sameMinister(a.name, b.name)) pairs.push([a, b]);
    }
  });
  return pairs;
}
