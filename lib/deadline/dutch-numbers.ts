/** Dutch cardinal words as used in durations: "binnen drie weken", "over twintig dagen". */
const UNITS: Record<string, number> = {
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
};
const SMALL: Record<string, number> = {
  ...UNITS,
  nul: 0,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
};
const TENS: Record<string, number> = {
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
};

/** Regex fragment matching a number as digits or as a Dutch word (after accent stripping). */
export const NUMBER_PATTERN = "\\d{1,3}|[a-z]+";

/**
 * Parses "3", "drie", "een" (accents already stripped from "één"), "twintig",
 * "vierentwintig" / "tweeentwintig" (written "tweeëntwintig"); null when not a number.
 */
export function parseDutchNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  if (word in SMALL) return SMALL[word] ?? null;
  if (word in TENS) return TENS[word] ?? null;
  if (word === "honderd") return 100;
  const compound = /^([a-z]+?)en([a-z]+)$/.exec(word);
  if (compound) {
    const unit = UNITS[compound[1] ?? ""];
    const tens = TENS[compound[2] ?? ""];
    if (unit !== undefined && tens !== undefined) return tens + unit;
  }
  return null;
}
