// Stored text that no form accepts any more (every C0 character, a lone CR, U+FFFE, surrogate halves, a 100 KB
// title) written straight into the database, as data from before the text rules would be, and read back from every
// export by the independent parsers the other export tests use: each still parses, and no CSV cell starts with
// a character Excel runs as a formula.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getAtom } from "@/app/api/v1/changes.atom/route";
import { GET as getCommitment } from "@/app/api/v1/commitments/[number]/route";
import { GET as getCsv } from "@/app/api/v1/commitments.csv/route";
import { GET as getIcs } from "@/app/api/v1/commitments.ics/route";
import { GET as getList } from "@/app/api/v1/commitments/route";
import { GET as getXlsx } from "@/app/api/v1/commitments.xlsx/route";
import { db } from "@/lib/db";
import { databaseForBlock, testDatabaseKinds, useSeededDatabase } from "../../support/register-fixtures";
import { get, ORIGIN } from "./export-fixtures";

/** U+0001…U+001F (NUL cannot be stored by PostgreSQL at all), each between letters. */
const EVERY_C0 = Array.from({ length: 31 }, (_, i) => `c${String.fromCharCode(i + 1)}`).join("");
const HOSTILE_TITLE = `Titel\r=HYPERLINK("http://example.org","klik")\r@SUM(1)\n+1\r\n-2 ${EVERY_C0} \ufffe\uffff \ud800 \udc00 einde`;
const HOSTILE_TEXT = `Tekst met een losse CR\r=1+1 en stuurtekens ${EVERY_C0}\u0085\u2028 en een emoji 😀 zonder schade.`;
const HUGE_TITLE = `Lange titel ${"ë€😀x".repeat((100 * 1024) / 10)}`;

/** A cell Excel would run as a formula. */
const FORMULA_START = /^[=@+-]/;

async function addHostileCommitments(): Promise<string[]> {
  const { recordNewCommitment } = await import("@/lib/data/commitment-writes");
  const { resolveDeadline } = await import("@/lib/deadline");
  const actor = { id: null, name: "Test", ministry: null };
  return db().$transaction(async (tx) => {
    const minister = await tx.minister.findFirstOrThrow({ where: { name: "F.B.J. Grapperhaus" } });
    const base = {
      status: "open" as const,
      madeOn: "2022-11-01",
      ministerName: minister.name,
      ministerFunction: minister.function,
      ministry: "JenV",
      addressee: null,
      references: [],
      note: null,
      fulfilledOnHint: null,
      tkNummer: null,
      deadline: resolveDeadline("in maart 2023", "2022-11-01"),
    };
    const ctx = { actor, today: "2022-11-01" };
    // The audit event's changes are jsonb, which refuses an escaped lone surrogate: it goes in without them, and
    // the row is then overwritten with them (pg encodes a lone surrogate as U+FFFD, which is what stored data holds).
    const noSurrogates = (s: string) => s.replace(/[\ud800-\udfff](?!\udc00|\ude00)/g, "");
    const a = await recordNewCommitment(
      tx,
      { ...base, title: noSurrogates(HOSTILE_TITLE), text: HOSTILE_TEXT, activity: `Debat\r=cmd|' /C calc'!A0`, committee: `Commissie ${EVERY_C0}` },
      ctx,
    );
    const b = await recordNewCommitment(tx, { ...base, title: HUGE_TITLE, text: HOSTILE_TEXT, activity: "Debat", committee: null }, ctx);
    await tx.commitment.update({ where: { number: a.number }, data: { title: HOSTILE_TITLE } });
    return [a.number, b.number];
  });
}

describe.each(testDatabaseKinds)("hostile stored text in the exports on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useSeededDatabase(kind));
  let numbers: string[];
  let stored: Map<string, { title: string; text: string }>;
  beforeAll(async () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    numbers = await addHostileCommitments();
    const rows = await db().commitment.findMany({ where: { number: { in: numbers } }, select: { number: true, title: true, text: true } });
    stored = new Map(rows.map((r) => [r.number, r]));
    return () => vi.unstubAllEnvs();
  });

  it("stored the hostile text as given (so the exports below really meet it)", () => {
    const hostile = stored.get(numbers[0]!)!;
    expect(hostile.title).toContain("\r=HYPERLINK");
    expect(hostile.title).toContain("\u0001");
    expect(hostile.title).toContain("\ufffe");
    expect(stored.get(numbers[1]!)!.title.length).toBeGreaterThan(50_000);
  });

  it("CSV: parses, every row has every column, the text survives, and no cell starts with = @ + -", async () => {
    const response = await get(getCsv, "/api/v1/commitments.csv");
    expect(response.status).toBe(200);
    const body = await response.text();
    const rows = parse(body, { bom: true, relax_quotes: false }) as string[][];
    const width = rows[0]!.length;
    for (const row of rows) {
      expect(row).toHaveLength(width);
      for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
    }
    const titles = rows.map((r) => r[1]);
    expect(titles).toContain(stored.get(numbers[0]!)!.title);
    // a reader that takes a lone CR or LF for the end of a record as well still meets every line break in quotes
    const loose = parse(body, { bom: true, record_delimiter: ["\r\n", "\r", "\n"] }) as string[][];
    expect(loose).toHaveLength(rows.length);
    for (const row of loose) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
  });

  it("XLSX: exceljs opens it and the title is there without the characters XML forbids", async () => {
    const response = await get(getXlsx, "/api/v1/commitments.xlsx");
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet("Toezeggingen")!;
    const titles: string[] = [];
    sheet.eachRow((row) => titles.push(String(row.getCell(2).value)));
    const hostile = titles.find((t) => t.includes("HYPERLINK"))!;
    expect(hostile).toContain('=HYPERLINK("http://example.org","klik")');
    expect(hostile).toContain("c\tc\nc"); // tab and newline stay
    expect(hostile).not.toMatch(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(titles.some((t) => t.startsWith("Lange titel") && t.length > 50_000)).toBe(true);
  });

  it("ICS: ical.js parses it, lines are at most 75 octets, and no control character is left in it", async () => {
    const read = async (query: string) => {
      const response = await get(getIcs, `/api/v1/commitments.ics${query}`);
      expect(response.status).toBe(200);
      const body = await response.text();
      for (const line of body.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(body.replace(/\r\n/g, "")).not.toMatch(/[\r\n\u0000-\u0008\u000b-\u001f\ufffe\uffff]/);
      return new ICAL.Component(ICAL.parse(body));
    };
    const summaries = (await read("")).getAllSubcomponents("vevent").map((e) => new ICAL.Event(e).summary);
    const hostile = summaries.find((s) => s.includes("HYPERLINK"))!;
    expect(hostile).toContain("Titel\n=HYPERLINK");
    expect(summaries.some((s) => s.includes("Lange titel") && s.length > 50_000)).toBe(true);
    // the search term goes into the calendar's name; ical.js does not know X-WR-CALNAME's type and keeps the escapes
    const named = await read(`?q=${encodeURIComponent("titel; ë€😀,".repeat(12))}`);
    expect(String(named.getFirstPropertyValue("x-wr-calname"))).toContain("titel\\; ë€😀\\,titel");
  });

  it("Atom: well-formed XML that a feed parser reads, the hostile title in its entry", async () => {
    const response = await get(getAtom, "/api/v1/changes.atom");
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(XMLValidator.validate(body)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" }).parse(body).feed as {
      entry: Array<{ title: { "#text": string } }>;
    };
    const titles = feed.entry.map((e) => e.title["#text"]);
    expect(titles.some((t) => t.includes("=HYPERLINK(&quot;http://example.org&quot;"))).toBe(true);
    expect(titles.some((t) => t.includes("Lange titel"))).toBe(true);
  });

  it("JSON: the list and the commitment parse and give back exactly what is stored", async () => {
    const list = await get(getList, "/api/v1/commitments?limit=100");
    expect(list.status).toBe(200);
    const items = (JSON.parse(await list.text()) as { items: Array<{ number: string; title: string }> }).items;
    for (const number of numbers) expect(items.find((i) => i.number === number)?.title).toBe(stored.get(number)!.title);
    const one = await getCommitment(new Request(`${ORIGIN}/api/v1/commitments/${numbers[0]}`), { params: Promise.resolve({ number: numbers[0]! }) });
    expect(one.status).toBe(200);
    const parsed = JSON.parse(await one.text()) as { title: string; text: string };
    expect(parsed.title).toBe(stored.get(numbers[0]!)!.title);
    expect(parsed.text).toBe(stored.get(numbers[0]!)!.text);
  });
});
