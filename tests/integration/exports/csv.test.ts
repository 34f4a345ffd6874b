// GET /api/v1/commitments.csv, read back with an independent parser (csv-parse).
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/commitments.csv/route";
import type { CommitmentView } from "@/lib/data/commitment-view";
import { listCommitments } from "@/lib/data/commitments";
import { parseCommitmentFilters } from "@/lib/validation/commitment-filters";
import { databaseForBlock, onDay, testDatabaseKinds, useSeededDatabase } from "../../support/register-fixtures";
import { addTrickyCommitments, DUTCH_TEXT, DUTCH_TITLE, FORMULA_TITLE, get } from "./export-fixtures";

// Spelled out here rather than imported, so that a change to lib/export/columns.ts has to change this test too.
const COLUMNS = [
  "nummer",
  "titel",
  "tekst",
  "status",
  "termijn",
  "termijn_vroegst",
  "termijn_uiterlijk",
  "precisie",
  "gedaan_op",
  "nagekomen_op",
  "activiteit",
  "bewindspersoon",
  "functie",
  "ministerie",
  "commissie",
  "gedaan_aan",
  "kamerstukken",
  "dossiers",
  "over_termijn",
  "versie",
];

/** What each column must hold for a commitment, from the JSON API's view of it. */
function expectedRecord(c: CommitmentView): Record<string, string> {
  return {
    nummer: c.number,
    titel: c.title,
    tekst: c.text,
    status: c.status,
    termijn: c.deadline?.phrase ?? "",
    termijn_vroegst: c.deadline?.earliest ?? "",
    termijn_uiterlijk: c.deadline?.latest ?? "",
    precisie: c.deadline?.precision ?? "",
    gedaan_op: c.madeOn ?? "",
    nagekomen_op: c.fulfilledOn ?? "",
    activiteit: c.activity,
    bewindspersoon: c.minister.name,
    functie: c.minister.function,
    ministerie: c.ministry.code,
    commissie: c.committee ?? "",
    gedaan_aan: c.addressee ?? "",
    kamerstukken: c.references.map((r) => `${r.role}: ${r.label}`).join(" | "),
    dossiers: c.dossiers.map((d) => d.key).join(" | "),
    over_termijn: c.overdue ? "ja" : "nee",
    versie: String(c.version),
  };
}

// Values Excel would run as a formula carry a leading apostrophe in the CSV (see lib/export/csv.ts).
const unescapeFormula = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

async function download(query: string) {
  const response = await get(GET, `/api/v1/commitments.csv${query}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
}

async function viewsFor(query: string): Promise<CommitmentView[]> {
  const parsed = parseCommitmentFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(query);
  return (await listCommitments({ ...parsed.filters, limit: 1000 })).items;
}

describe.each(testDatabaseKinds)("CSV export on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useSeededDatabase(kind));
  let numbers: { dutch: string; formula: string };
  beforeAll(async () => {
    numbers = await addTrickyCommitments();
  });

  it("is a UTF-8 CSV download with a byte order mark, CRLF line ends and a dated file name", async () => {
    const { response, bytes, text } = await onDay("2026-11-29", () => download("?status=open"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="toezeggingen-2026-11-29.csv"');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1).startsWith(`${COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    // the only bare LF is the one inside the quoted multi-line text
    expect(text.replace(/\r\n/g, "").split("\n")).toHaveLength(2);
  });

  for (const query of ["?status=open", "", "?sort=-made", "?q=politie", "?ministry=JenV&deadlineFrom=2022-01-01&sort=number"]) {
    it(`holds every commitment the list shows for "${query || "(no filters)"}", in the same order, value for value`, async () => {
      const { text } = await onDay("2026-11-29", () => download(query));
      const records = parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
      const views = await onDay("2026-11-29", () => viewsFor(query));
      expect(views.length).toBeGreaterThan(0);
      expect(records.map((r) => r.nummer)).toEqual(views.map((v) => v.number));
      records.forEach((record, i) => {
        expect(Object.keys(record)).toEqual(COLUMNS);
        const expected = expectedRecord(views[i]!);
        for (const column of COLUMNS) expect(unescapeFormula(record[column]!), `${record.nummer} ${column}`).toBe(expected[column]);
      });
    });
  }

  it("keeps Dutch characters, quotes, commas and line breaks intact", async () => {
    const { text } = await download("?q=heroriëntatie");
    const records = parse(text, { bom: true, columns: true }) as Array<Record<string, string>>;
    const dutch = records.find((r) => r.nummer === numbers.dutch)!;
    expect(dutch.titel).toBe(DUTCH_TITLE);
    expect(dutch.titel).toContain("heroriëntatie");
    expect(dutch.titel).toContain("’s-Hertogenbosch");
    expect(dutch.tekst).toBe(DUTCH_TEXT);
    expect(dutch.tekst).toContain("coördinatie");
    expect(dutch).toMatchObject({ termijn: "in maart 2023", termijn_vroegst: "2023-03-01", termijn_uiterlijk: "2023-03-31", precisie: "month" });
    expect(dutch.kamerstukken).toBe("source: Kamerstuk 29 628, nr. 1030 | related: Kamerstuk 29 628, nr. 997");
    expect(records.find((r) => r.nummer === "TZ-2021-0010")!.tekst).toContain("heroriëntatie");
  });

  it("defuses values that Excel would run as a formula", async () => {
    const { text } = await download(`?q=${numbers.formula}`);
    const [record] = parse(text, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(record!.titel).toBe(`'${FORMULA_TITLE}`);
    expect(record!.tekst).toBe("'-1 is ook geen formule.");
  });

  it("gives only the header for a selection without commitments", async () => {
    const { response, text } = await download("?q=ruimtevaart");
    expect(response.status).toBe(200);
    expect(parse(text, { bom: true, columns: true })).toEqual([]);
    expect(text).toBe(`\ufeff${COLUMNS.join(",")}\r\n`);
  });
});
