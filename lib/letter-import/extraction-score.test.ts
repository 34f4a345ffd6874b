import { describe, expect, it } from "vitest";
import { corpusTotals, type LetterLabel, letterText, matchesQuote, scoreLetter } from "./extraction-score";
import type { Extraction } from "@/lib/extraction/types";

const quote = "Ik zal uw Kamer voor de zomer van 2020 informeren over de uitkomsten van de evaluatie.";
const label: LetterLabel = {
  letter: "kst-35300-78",
  date: "2020-06-16",
  new: [1, 2],
  fulfilled: [0, 0],
  refs: ["kst-35300-1", "kst-29628-916"],
  deadlines: [["2020-06-01", "2020-08-31"]],
  commitments: [{ kind: "new", quote }],
};

function extraction(
  parts: Omit<Partial<Extraction>, "commitments"> & { commitments: Array<{ kind: "new" | "fulfilled"; text: string; latest?: string }> },
): Extraction {
  return {
    letter: { id: "kst-35300-78", date: "2020-06-16", ...parts.letter },
    normalizedText: "",
    references: parts.references ?? [],
    commitments: parts.commitments.map((c) => ({ kind: c.kind, text: c.text, deadline: c.latest ? { latest: c.latest } : null })),
  } as unknown as Extraction;
}

describe("letterText", () => {
  it("drops the corpus's # source and # note lines, and nothing else", () => {
    expect(letterText("# source: https://x\n# note: y\nDen Haag, 1 mei 2020\n# geen kop")).toBe("Den Haag, 1 mei 2020\n# geen kop");
  });
});

describe("matchesQuote", () => {
  it("takes a candidate holding most of the quote's words, whatever its case, accents or extra words", () => {
    expect(matchesQuote(`Daarom: ${quote.toUpperCase()} Dat is belangrijk.`, quote)).toBe(true);
    expect(matchesQuote("Ik informeer uw Kamer na de zomer.", quote)).toBe(false);
  });
});

describe("scoreLetter", () => {
  it("counts a found quote, its deadline window, the identity and the references", () => {
    const score = scoreLetter(
      label,
      extraction({ commitments: [{ kind: "new", text: quote, latest: "2020-07-15" }], references: [{ id: "kst-35300-1" }] as Extraction["references"] }),
    );
    expect(score.kinds.new).toEqual({ found: 1, required: 1, correct: 1, extracted: 1 });
    expect(score).toMatchObject({ idRight: true, dateRight: true, refsFound: 1, refsLabelled: 2, windowsHit: 1, windows: 1, missed: [], unexpected: [] });
  });

  it("lets one borderline candidate fit the label's range, but not a second, and reports what it missed", () => {
    const score = scoreLetter(
      label,
      extraction({
        letter: { id: null, date: undefined } as unknown as Extraction["letter"],
        commitments: [
          { kind: "new", text: "De regering beraadt zich." },
          { kind: "new", text: "Het kabinet komt met een reactie." },
          { kind: "fulfilled", text: "Hierbij ontvangt u het rapport." },
        ],
      }),
    );
    expect(score.kinds.new).toEqual({ found: 0, required: 1, correct: 1, extracted: 2 });
    expect(score.kinds.fulfilled).toEqual({ found: 0, required: 0, correct: 0, extracted: 1 });
    expect(score).toMatchObject({ idRight: false, dateRight: false, windowsHit: 0 });
    expect(score.missed).toEqual([`new: ${quote}`]);
    expect(score.unexpected).toHaveLength(2);
    const totals = corpusTotals([score]);
    expect(totals.commitments).toEqual({ recall: 0, precision: 1 / 3 });
  });
});
