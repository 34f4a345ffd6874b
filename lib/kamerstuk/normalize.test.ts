import { describe, expect, it } from "vitest";
import { normalizeCitationText, originalRange } from "./normalize";

describe("normalizeCitationText", () => {
  it("collapses line breaks, tabs and runs of spaces to one space", () => {
    expect(normalizeCitationText("Kamerstuk 29\n628,\t nr.\r\n1030").text).toBe("Kamerstuk 29 628, nr. 1030");
  });

  it("turns non-breaking, thin and narrow no-break spaces into ordinary spaces", () => {
    expect(normalizeCitationText("29\u00A0628\u2009nr.\u202F985").text).toBe("29 628 nr. 985");
  });

  it("drops leading and trailing whitespace", () => {
    expect(normalizeCitationText("  \n Kamerstuk \n ").text).toBe("Kamerstuk");
  });

  it("maps en dashes, em dashes and minus signs to a plain hyphen", () => {
    expect(normalizeCitationText("2020–2021 2020—2021 2020−2021 34 775‑IV").text).toBe("2020-2021 2020-2021 2020-2021 34 775-IV");
  });

  it("undoes hyphenation at a line end when the word continues in lower case", () => {
    expect(normalizeCitationText("Kamer-\nstukken").text).toBe("Kamerstukken");
    expect(normalizeCitationText("Aan- \r\n  hangsel").text).toBe("Aanhangsel");
  });

  it("keeps a hyphen at a line end when upper case follows (a dossier toevoeging)", () => {
    expect(normalizeCitationText("34 775-\nIV").text).toBe("34 775- IV");
  });

  it("keeps a hyphen that is not at a line end", () => {
    expect(normalizeCitationText("in- en uitstroom").text).toBe("in- en uitstroom");
    expect(normalizeCitationText("24/7-diensten").text).toBe("24/7-diensten");
  });

  it("removes soft hyphens and zero-width characters", () => {
    expect(normalizeCitationText("Kamer\u00ADstuk\u200B 29\uFEFF628").text).toBe("Kamerstuk 29628");
    expect(normalizeCitationText("Kamer\u00AD\nstukken").text).toBe("Kamerstukken");
  });

  it("records for every normalized character where it came from", () => {
    const input = "  Kamer-\nstuk 29\u00A0\n628";
    const n = normalizeCitationText(input);
    expect(n.text).toBe("Kamerstuk 29 628");
    expect(n.offsets).toHaveLength(n.text.length);
    for (let i = 0; i < n.text.length; i++) {
      const original = input[n.offsets[i] ?? -1];
      if (n.text[i] === " ") expect(original).toMatch(/\s/);
      else expect(original).toBe(n.text[i]);
    }
  });
});

describe("originalRange", () => {
  it("maps a normalized range back to the span of the original text", () => {
    const input = "zie Kamer-\nstuk 29\n628 hier";
    const n = normalizeCitationText(input);
    const start = n.text.indexOf("Kamerstuk");
    const end = n.text.indexOf(" hier");
    const range = originalRange(n, start, end);
    expect(input.slice(range.start, range.end)).toBe("Kamer-\nstuk 29\n628");
  });

  it("rejects an empty or out-of-bounds range", () => {
    const n = normalizeCitationText("abc");
    expect(() => originalRange(n, 1, 1)).toThrow(RangeError);
    expect(() => originalRange(n, 0, 9)).toThrow(RangeError);
  });
});
