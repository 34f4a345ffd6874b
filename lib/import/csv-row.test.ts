import { describe, expect, it } from "vitest";
import { EXPORT_COLUMNS } from "@/lib/export/columns";
import { cleanCell, parseCellDate, parseCellReferences, parseCellStatus, readCsvRow } from "./csv-row";

describe("cleanCell", () => {
  it("undoes the export's formula defusing and nothing else", () => {
    expect(cleanCell("'=SOM(A1:A9)")).toBe("=SOM(A1:A9)");
    expect(cleanCell("'-1 is geen formule")).toBe("-1 is geen formule");
    expect(cleanCell("'+31 70")).toBe("+31 70");
    expect(cleanCell("'@lid")).toBe("@lid");
    expect(cleanCell("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
    expect(cleanCell("''=x")).toBe("''=x");
  });
  it("unifies line ends and trims", () => {
    expect(cleanCell("  een\r\ntwee\rdrie \n")).toBe("een\ntwee\ndrie");
  });
});

describe("parseCellDate", () => {
  it("reads ISO dates and what Dutch Excel writes", () => {
    expect(parseCellDate("2021-06-29")).toBe("2021-06-29");
    expect(parseCellDate("29-6-2021")).toBe("2021-06-29");
    expect(parseCellDate("29/06/2021")).toBe("2021-06-29");
    expect(parseCellDate("1.7.2022")).toBe("2022-07-01");
  });
  it("refuses dates that do not exist or are no dates", () => {
    for (const v of ["2021-02-30", "30-2-2021", "29 juni 2021", "2021-6-29", "1899-12-31", ""]) expect(parseCellDate(v)).toBeNull();
  });
});

describe("parseCellStatus", () => {
  it("reads the codes of the export and the Dutch labels of the site", () => {
    expect(parseCellStatus("fulfilled")).toBe("fulfilled");
    expect(parseCellStatus("Deels  nagekomen")).toBe("partially_fulfilled");
    expect(parseCellStatus("INGETROKKEN")).toBe("withdrawn");
    expect(parseCellStatus("voldaan")).toBeUndefined();
  });
});

describe("parseCellReferences", () => {
  it("reads the export's list, roles in English or Dutch, ids as citations", () => {
    expect(parseCellReferences("source: Kamerstuk 29 628, nr. 1030 | related: Kamerstuk 29 628, nr. 997")).toEqual({
      ok: true,
      references: [
        { citation: "Kamerstuk 29 628, nr. 1030", role: "source" },
        { citation: "Kamerstuk 29 628, nr. 997", role: "related" },
      ],
    });
    expect(parseCellReferences("Nakoming:kst-29628-1099|bron: Kamerstuk 29 628, nr. 1030")).toEqual({
      ok: true,
      references: [
        { citation: "Kamerstuk 29 628, nr. 1099", role: "fulfilment" },
        { citation: "Kamerstuk 29 628, nr. 1030", role: "source" },
      ],
    });
    expect(parseCellReferences("")).toEqual({ ok: true, references: [] });
  });
  it("asks for the role when it is missing or unknown", () => {
    const result = parseCellReferences("Kamerstuk 29 628, nr. 1030");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('zet de rol ervoor, bijvoorbeeld "source: Kamerstuk 29 628, nr. 1030"');
    expect(parseCellReferences("bijlage: Kamerstuk 29 628, nr. 1030").ok).toBe(false);
  });
});

describe("readCsvRow", () => {
  const names = EXPORT_COLUMNS.map((c) => c.name);
  const present = new Set(names);
  const cells = (values: Record<string, string>) => names.map((n) => values[n] ?? "");

  it("reads the cells by column, optional columns as undefined when the file has none", () => {
    const { values, problems } = readCsvRow(
      {
        row: 5,
        cells: cells({ nummer: "tz-2021-0001", titel: "'=Titel", versie: "3", status: "open", gedaan_op: "29-6-2021", termijn_vroegst: "2021-01-01" }),
      },
      names,
      present,
    );
    expect(problems).toEqual([]);
    expect(values).toMatchObject({
      row: 5,
      number: "TZ-2021-0001",
      title: "=Titel",
      version: "3",
      status: "open",
      madeOn: "2021-06-29",
      committee: "",
      references: [],
      derived: { termijn_vroegst: "2021-01-01" },
    });
    const partial = readCsvRow({ row: 2, cells: ["TZ-2021-0001", "Titel"] }, ["nummer", "titel"], new Set(["nummer", "titel"]));
    expect(partial.values.committee).toBeUndefined();
    expect(partial.values.status).toBeUndefined();
    expect(partial.values.references).toBeUndefined();
  });

  it("reports cells it cannot read, by row and column", () => {
    const { values, problems } = readCsvRow(
      { row: 7, cells: [...cells({ nummer: "TZ-21-1", gedaan_op: "31-2-2021", status: "klaar", kamerstukken: "Kamerstuk 1" }), "extra"] },
      names,
      present,
    );
    expect(values.number).toBeNull();
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [7, null],
      [7, "Nummer"],
      [7, "Gedaan op"],
      [7, "Status"],
      [7, "Kamerstukken"],
    ]);
  });
});
