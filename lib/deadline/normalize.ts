/**
 * Phrases come from minutes and letters: mixed case, accents ("vóór", "één"),
 * line breaks, quotes and a closing full stop. Grammar regexes only ever see the
 * normalized form, so they can stay simple and anchored.
 */
export function normalizePhrase(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/["\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a`]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[-*\u2022\s]+/, "")
    .replace(/[\s.,;:!?\u2026]+$/, "");
}
