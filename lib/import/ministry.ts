// A ministry as an import names it → the register's ministry. By code ("JenV"), or by name with or without
// "Ministerie van" ("Justitie en Veiligheid"), ignoring case, accents and "&" for "en". Nothing is guessed beyond that.
export interface MinistryRef {
  code: string;
  name: string;
}

function normalize(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/&/g, " en ")
    .replace(/[.,]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(het )?ministerie (van|voor) /, "");
}

export function resolveMinistry(value: string, ministries: readonly MinistryRef[]): MinistryRef | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const exact = ministries.find((m) => m.code === trimmed);
  if (exact) return exact;
  const wanted = normalize(trimmed);
  return ministries.find((m) => m.code.toLowerCase() === wanted || normalize(m.name) === wanted) ?? null;
}

/** "Minister van Justitie en Veiligheid" → JenV; "Minister voor Rechtsbescherming" names no ministry → null. */
export function ministryFromFunction(fn: string, ministries: readonly MinistryRef[]): MinistryRef | null {
  const match = /^(?:minister|staatssecretaris|minister-president, minister)\s+van\s+(.+)$/i.exec(fn.trim());
  return match ? resolveMinistry(match[1]!, ministries) : null;
}
