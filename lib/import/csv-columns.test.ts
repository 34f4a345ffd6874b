import { describe, expect, it } from "vitest";
import { EXPORT_COLUMNS } from "@/lib/export/columns";
import { columnLabel, mapCsvHeader } from "./csv-columns";

describe("mapCsvHeader", () => {
  it("accepts exactly the export's columns, by machine name or Dutch label, plus reden", () => {
    const names = EXPORT_COLUMNS.map((c) => c.name);
    const byName = mapCsvHeader(names);
    expect(byName.ok && byName.columns).toEqual(names);
    const byLabel = mapCsvHeader([...EXPORT_COLUMNS.map((c) => c.header.toUpperCase()), " Reden "]);
    expect(byLabel.ok && byLabel.columns).toEqual([...names, "reden"]);
  });

  it("accepts a subset that has the required columns, and nameless (empty) header cells", () => {
    const result = mapCsvHeader(["nummer", "versie", "titel", "tekst", "gedaan_op", "activiteit", "bewindspersoon", "functie", "ministerie", ""]);
    expect(result.ok && result.columns.at(-1)).toBeNull();
    expect(result.ok && result.present.has("status")).toBe(false);
  });

  it("names unknown, duplicate and missing columns", () => {
    const result = mapCsvHeader(["nummer", "Titel", "titel", "opmerking", "Tekst"]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toBe("De kolom Titel staat er twee keer in (kolom 3).");
    expect(result.problems[1]).toMatch(/^Onbekende kolom: "opmerking" \(kolom 4\)\. Gebruik de kolommen van de CSV-export \(nummer, titel, /);
    expect(result.problems[2]).toBe("Verplichte kolommen ontbreken: gedaan_op, activiteit, bewindspersoon, functie, ministerie, versie.");
  });

  it("labels columns in Dutch for messages", () => {
    expect(columnLabel("gedaan_op")).toBe("Gedaan op");
    expect(columnLabel("reden")).toBe("Reden");
  });
});
