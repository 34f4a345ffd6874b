/**
 * A vergaderjaar (parliamentary year) runs from the third Tuesday of September,
 * so it always spans two consecutive calendar years. Canonical form: "2020-2021".
 */

/** Accepts "2020/21", "2020/2021", "2020-2021", "2020–2021" (and "2020-21"); null if not consecutive. */
export function parseVergaderjaar(text: string): string | null {
  const m = /^(\d{4}) ?[/\-–—] ?(\d{2}|\d{4})$/.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  const start = Number(m[1]);
  const second = m[2];
  const consecutive = second.length === 2 ? Number(second) === (start + 1) % 100 : Number(second) === start + 1;
  return consecutive ? `${start}-${start + 1}` : null;
}

function startYear(vergaderjaar: string): number {
  return Number(vergaderjaar.slice(0, 4));
}

/** "2020-2021" → "2020/21", the form used in Handelingen labels. */
export function shortVergaderjaar(vergaderjaar: string): string {
  const start = startYear(vergaderjaar);
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

/** "2020-2021" → "20202021", the form used inside ah-/h- identifiers. */
export function vergaderjaarIdPart(vergaderjaar: string): string {
  const start = startYear(vergaderjaar);
  return `${start}${start + 1}`;
}

/** "20202021" → "2020-2021"; null if the years are not consecutive. */
export function vergaderjaarFromIdPart(part: string): string | null {
  const m = /^(\d{4})(\d{4})$/.exec(part);
  if (!m?.[1] || !m[2]) return null;
  return parseVergaderjaar(`${m[1]}-${m[2]}`);
}
