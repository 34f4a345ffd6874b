import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findKamerstukCitations } from "./index";

// Verbatim copy of /work/shared/seed/kamerstuk-29628-1030.txt (Kamerbrief over de politie,
// Kamerstuk 29 628, nr. 1030), kept beside the tests so they do not depend on a shared folder.
const letter = readFileSync(fileURLToPath(new URL("./fixtures/kamerstuk-29628-1030.txt", import.meta.url)), "utf8");

describe("Kamerstuk 29 628, nr. 1030 (the seed letter)", () => {
  const found = findKamerstukCitations(letter);

  it("finds exactly the documents cited in the footnotes and the page footer", () => {
    expect(new Set(found.map((f) => f.citation.id))).toEqual(
      new Set([
        "kst-29628-985",
        "kst-29628-1015",
        "kst-29628-972",
        "kst-29628-997",
        "kst-29628-1004",
        "ah-tk-20202021-2065",
        "kst-29628-1013",
        "kst-29628-160",
        "kst-29628-904",
        "kst-29628-784",
        "kst-34372-G",
        "kst-29628-970",
        "ah-tk-20202021-469",
        "ah-tk-20192020-3050",
        "kst-29628-1012",
        "kst-29628-1017",
        "h-tk-20202021-36-8",
        "kst-29628-916",
        "kst-29628-1030",
      ]),
    );
  });

  it("finds every occurrence, in document order, with no extra matches", () => {
    expect(found.map((f) => f.citation.id)).toEqual([
      "kst-29628-985",
      "kst-29628-1015",
      "kst-29628-972",
      "kst-29628-997",
      "kst-29628-1004",
      "ah-tk-20202021-2065",
      "kst-29628-1013",
      "kst-29628-997",
      "kst-29628-160",
      "kst-29628-904",
      "kst-29628-784",
      "kst-34372-G",
      "kst-29628-970",
      "kst-29628-970",
      "kst-29628-970",
      "ah-tk-20202021-469",
      "ah-tk-20192020-3050",
      "kst-29628-1012",
      "kst-29628-1017",
      "h-tk-20202021-36-8",
      "kst-29628-1012",
      "kst-29628-916",
      "kst-29628-1030",
    ]);
  });

  it("reports spans whose text is the citation as it stands in the letter", () => {
    for (const f of found) {
      expect(letter.slice(f.start, f.end)).toBe(f.citation.raw);
      expect(f.citation.raw).not.toMatch(/[.;\s]$/);
    }
    const raws = found.map((f) => f.citation.raw);
    expect(raws).toContain("Kamerstuk 34 372, G, p. 15");
    expect(raws).toContain("Aanhangsel Handelingen II 2019/20, nr. 3050, p.3");
    expect(raws).toContain("Kamerstukken 29 628 en 28 844, nr. 1017");
    expect(raws).toContain("Tweede Kamer, vergaderjaar 2020–2021, 29 628, nr. 1030");
  });

  it("keeps pinpoint pages and combined dossiers", () => {
    const byId = new Map(found.map((f) => [f.citation.id, f.citation]));
    expect(byId.get("kst-34372-G")?.page).toBe("15");
    expect(byId.get("ah-tk-20192020-3050")?.page).toBe("3");
    expect(byId.get("kst-29628-1017")?.dossiers.map((d) => d.nummer)).toEqual(["29628", "28844"]);
    expect(byId.get("kst-29628-1030")).toMatchObject({ kamer: "TK", vergaderjaar: "2020-2021" });
  });
});
