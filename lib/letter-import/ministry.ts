// Defaults for the commitments a letter makes: whose they are and where they were made.

const FUNCTION_PREFIX = /^(?:de\s+)?(?:minister|staatssecretaris|minister-president)(?:\s+(?:van|voor))?\s+/i;

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/**
 * The ministry a signatory belongs to, from their function as signed ("De Minister van Justitie en Veiligheid,"),
 * when it names a ministry exactly; null when it does not ("Minister voor Rechtsbescherming" has no ministry of that
 * name, and guessing one would file the commitments under the wrong ministry).
 */
export function ministryForFunction(fn: string | null | undefined, ministries: ReadonlyArray<{ code: string; name: string }>): string | null {
  if (!fn) return null;
  const cleaned = fn.replace(/[,.;:]+\s*$/, "").trim();
  if (/^(?:de\s+)?minister-president\b/i.test(cleaned)) return ministries.find((m) => fold(m.name) === fold("Ministerie van Algemene Zaken"))?.code ?? null;
  const portfolio = cleaned.replace(FUNCTION_PREFIX, "");
  if (portfolio === cleaned) return null;
  const wanted = fold(`Ministerie van ${portfolio}`);
  return ministries.find((m) => fold(m.name) === wanted)?.code ?? null;
}

/** "Minister van Justitie en Veiligheid" → "minister van Justitie en Veiligheid", as it reads inside a sentence. */
function inSentence(fn: string): string {
  const trimmed = fn.replace(/[,.;:]+\s*$/, "").trim();
  return /^(Minister|Staatssecretaris)\b/.test(trimmed) ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1) : trimmed;
}

/** Where a commitment from a letter was made, as the seed records it: "Brief van de minister van … (Kamerstuk …)". */
export function letterActivity(ministerFunction: string, letterLabel: string): string {
  const who = ministerFunction.trim() ? `Brief van de ${inSentence(ministerFunction)}` : "Brief aan de Kamer";
  return `${who} (${letterLabel})`;
}
