// GET /api/v1/changes.atom, read back with fast-xml-parser.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { settle } from "@/lib/data/errors";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/v1/changes.atom/route";
import type { CurrentUser } from "@/lib/auth/current-user";
import { resetCommitmentDeadline } from "@/lib/data/commitment-changes";
import { changeCommitmentStatus } from "@/lib/data/commitment-changes";
import { addCommitmentOfAnotherMinistry, databaseForBlock, testDatabaseKinds, useSeededDatabase } from "../../support/register-fixtures";
import { get, makeCoordinator, ORIGIN, version } from "./export-fixtures";

interface Entry {
  id: string;
  title: string;
  updated: string;
  link: { "@_href": string };
  author: { name: string };
  content: string;
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "link" });

type HtmlText = { "#text": string; "@_type": string };
/** title and content are type="html": what a feed reader shows is the HTML decoded */
function htmlText(value: HtmlText): string {
  expect(value["@_type"]).toBe("html");
  return value["#text"]
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

async function feedFor(query: string) {
  const response = await get(GET, `/api/v1/changes.atom${query}`);
  const text = await response.text();
  expect(XMLValidator.validate(text)).toBe(true);
  type RawEntry = Omit<Entry, "link" | "title" | "content"> & { link: Entry["link"][]; title: HtmlText; content: HtmlText };
  const feed = parser.parse(text).feed as {
    title: string;
    id: string;
    updated: string;
    link: Array<{ "@_rel": string; "@_href": string }>;
    entry?: RawEntry[];
  };
  const entries: Entry[] = (feed.entry ?? []).map((e) => ({ ...e, link: e.link[0]!, title: htmlText(e.title), content: htmlText(e.content) }));
  return { response, text, feed, entries };
}

const TITLE_0010 = "Advies externe adviescommissie-Schneiders over programmatische aanpak LE";
const JENV = "Ministerie van Justitie en Veiligheid";

describe.each(testDatabaseKinds)("Atom feed of changes on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useSeededDatabase(kind));
  let coordinator: CurrentUser;
  beforeAll(async () => {
    vi.stubEnv("NEXTAUTH_URL", ""); // absolute URLs from the request (see lib/export/origin.ts)
    coordinator = await makeCoordinator("Coördinator Pietje Puk");
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
  });

  it("is valid Atom of the seeded commitments, newest first, each entry with id, link, updated and the ministry as author", async () => {
    const { response, feed, entries } = await feedFor("");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(feed.title).toBe("Wijzigingen: Alle toezeggingen");
    expect(feed.id).toBe(`${ORIGIN}/api/v1/changes.atom`);
    expect(feed.link.find((l) => l["@_rel"] === "self")!["@_href"]).toBe(`${ORIGIN}/api/v1/changes.atom`);
    expect(entries).toHaveLength(17);
    expect(new Set(entries.map((e) => e.id)).size).toBe(17);
    for (const entry of entries) {
      expect(entry.title).toMatch(/^Nieuwe toezegging: /);
      expect(entry.link["@_href"]).toMatch(new RegExp(`^${ORIGIN}/toezeggingen/TZ-\\d{4}-\\d{4}$`));
      expect(entry.author.name).toBe(JENV);
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    }
    const updated = entries.map((e) => e.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(feed.updated).toBe(updated[0]);
  });

  it("puts a status change on top, in Dutch, naming the ministry and not the coordinator who made it", async () => {
    const result = await settle(
      changeCommitmentStatus(coordinator, "TZ-2021-0010", {
        to: "fulfilled",
        fulfilledBy: "Kamerstuk 29 628, nr. 1030",
        reason: "Het advies is op 31 mei 2022 aangeboden.",
        version: await version("TZ-2021-0010"),
      }),
    );
    expect(result.ok).toBe(true);
    const { text, entries } = await feedFor("");
    const [newest] = entries;
    expect(newest!.title).toBe(`Status gewijzigd naar Nagekomen: ${TITLE_0010}`);
    expect(newest!.link["@_href"]).toBe(`${ORIGIN}/toezeggingen/TZ-2021-0010`);
    expect(newest!.author.name).toBe(JENV);
    expect(newest!.content).toContain("status: Open → Nagekomen");
    expect(newest!.content).toContain("nagekomen met: kst-29628-1030");
    expect(newest!.content).toContain("Toelichting: Het advies is op 31 mei 2022 aangeboden.");
    expect(text).not.toContain("Pietje Puk");
    expect(text).not.toContain(coordinator.email);
  });

  it("describes a deadline re-set with the old and new phrase and dates", async () => {
    const result = await settle(
      resetCommitmentDeadline(coordinator, "TZ-2021-0005", {
        deadlinePhrase: "uiterlijk 1 juli 2031",
        reason: "Het onderzoek van de Inspectie loopt uit.",
        version: await version("TZ-2021-0005"),
      }),
    );
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const [newest] = (await feedFor("")).entries;
    expect(newest!.title).toMatch(/^Termijn opnieuw vastgesteld: /);
    expect(newest!.content).toContain("termijn: ‘najaar 2021’ → ‘uiterlijk 1 juli 2031’");
    expect(newest!.content).toContain("uiterste datum: 30 november 2021 → 1 juli 2031");
  });

  it("applies the list's filters to the commitments concerned", async () => {
    await addCommitmentOfAnotherMinistry(); // created by the editor "Jan Jansen" of BZK
    const bzk = await feedFor("?ministry=BZK");
    expect(bzk.feed.title).toBe("Wijzigingen: Toezeggingen – Ministerie van Binnenlandse Zaken en Koninkrijksrelaties");
    expect(bzk.entries.map((e) => e.title)).toEqual(["Nieuwe toezegging: Voortgang invoering Wet open overheid bij gemeenten"]);
    expect(bzk.entries[0]!.author.name).toBe("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties");
    expect(bzk.text).not.toContain("Jan Jansen");

    const schneiders = await feedFor("?q=Schneiders");
    expect(schneiders.entries.map((e) => e.title)).toEqual([`Status gewijzigd naar Nagekomen: ${TITLE_0010}`, `Nieuwe toezegging: ${TITLE_0010}`]);
    expect(schneiders.feed.link.find((l) => l["@_rel"] === "alternate")!["@_href"]).toBe(`${ORIGIN}/toezeggingen?q=Schneiders`);
    expect((await feedFor("?status=fulfilled")).entries.map((e) => e.link["@_href"])).toContain(`${ORIGIN}/toezeggingen/TZ-2021-0010`);
    expect((await feedFor("?q=ruimtevaart")).entries).toEqual([]);
  });

  it("links to the configured public address, not the server's own", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://toezeggingen.example.nl");
    try {
      const { feed, entries } = await feedFor("?q=Schneiders");
      expect(feed.id).toBe("https://toezeggingen.example.nl/api/v1/changes.atom?q=Schneiders");
      expect(entries[0]!.link["@_href"]).toBe("https://toezeggingen.example.nl/toezeggingen/TZ-2021-0010");
    } finally {
      vi.stubEnv("NEXTAUTH_URL", "");
    }
  });

  it("gives every change since a moment, or since the start of a day in the Netherlands", async () => {
    const all = (await feedFor("")).entries;
    const [newest, second] = all;
    expect((await feedFor(`?since=${encodeURIComponent(newest!.updated)}`)).entries.map((e) => e.id)).toEqual([newest!.id]);
    const sinceSecond = (await feedFor(`?since=${encodeURIComponent(second!.updated)}`)).entries.map((e) => e.id);
    expect(sinceSecond.slice(0, 2)).toEqual([newest!.id, second!.id]);
    expect((await feedFor("?since=2199-12-31")).entries).toEqual([]);
    expect((await feedFor("?since=2000-01-01")).entries).toHaveLength(all.length);
  });
});
