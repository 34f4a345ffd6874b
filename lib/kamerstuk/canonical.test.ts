import { describe, expect, it } from "vitest";
import { formatDossier, formatDossierKey } from "./canonical";

describe("dossier numbers as Kamerstukken print them", () => {
  it("puts a space before the last three digits", () => {
    expect(formatDossier({ nummer: "29628", toevoeging: null })).toBe("29 628");
    expect(formatDossier({ nummer: "100000", toevoeging: null })).toBe("100 000");
    expect(formatDossier({ nummer: "2123", toevoeging: null })).toBe("2123");
  });

  it("keeps the toevoeging after a hyphen, also from the register's key form", () => {
    expect(formatDossier({ nummer: "36200", toevoeging: "VI" })).toBe("36 200-VI");
    expect(formatDossierKey("36200-VI")).toBe("36 200-VI");
    expect(formatDossierKey("29628")).toBe("29 628");
  });
});
