// The small tables (ministries, ministers, dossiers) of the synthetic register. Built in TypeScript because they
// are tiny; ids are explicit so that the bulk SQL can pick them arithmetically instead of looking them up.
import { DOSSIER_TITLES, SURNAMES } from "./words";

export interface BenchMinistry {
  id: number;
  code: string;
  name: string;
  /** "… van Financiën": completes a minister's function */
  portfolio: string;
}

export const MINISTRIES: readonly BenchMinistry[] = [
  ["BZ", "Buitenlandse Zaken"],
  ["BZK", "Binnenlandse Zaken en Koninkrijksrelaties"],
  ["DEF", "Defensie"],
  ["EZ", "Economische Zaken"],
  ["FIN", "Financiën"],
  ["IenW", "Infrastructuur en Waterstaat"],
  ["JenV", "Justitie en Veiligheid"],
  ["KGG", "Klimaat en Groene Groei"],
  ["LVVN", "Landbouw, Visserij, Voedselzekerheid en Natuur"],
  ["OCW", "Onderwijs, Cultuur en Wetenschap"],
  ["SZW", "Sociale Zaken en Werkgelegenheid"],
  ["VWS", "Volksgezondheid, Welzijn en Sport"],
].map(([code, portfolio], i) => ({ id: i + 1, code: code!, name: `Ministerie van ${portfolio}`, portfolio: portfolio! }));

export interface BenchMinister {
  id: number;
  name: string;
  function: string;
  ministryId: number;
}

const INITIALS = ["A.", "B.J.", "C.", "D.M.", "E.", "F.B.J.", "G.", "H.", "I.K.", "J.", "K.", "L.M."];
const ROLES = ["Minister", "Staatssecretaris", "Minister", "Staatssecretaris"];

/** `count` ministers spread round-robin over the ministries (about three each for 40). */
export function benchMinisters(count: number): BenchMinister[] {
  return Array.from({ length: count }, (_, i) => {
    const ministry = MINISTRIES[i % MINISTRIES.length]!;
    const role = ROLES[Math.floor(i / MINISTRIES.length) % ROLES.length]!;
    return {
      id: i + 1,
      name: `${INITIALS[i % INITIALS.length]} ${SURNAMES[i % SURNAMES.length]}`,
      function: `${role} van ${ministry.portfolio}`,
      ministryId: ministry.id,
    };
  });
}

export interface BenchDossier {
  id: number;
  nummer: string;
  toevoeging: string;
  title: string;
}

/** `count` dossiers with distinct Kamerstuk numbers in the realistic 29000–36999 range. */
export function benchDossiers(count: number): BenchDossier[] {
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    nummer: String(29000 + ((i * 37) % 8000)),
    // a budget chapter suffix on some, as on "36200-VII"
    toevoeging: i % 10 === 9 ? "VII" : "",
    title: DOSSIER_TITLES[i % DOSSIER_TITLES.length]!,
  }));
}
