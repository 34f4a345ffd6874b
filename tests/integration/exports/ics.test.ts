// GET /api/v1/commitments.ics, read back with ical.js.
import ICAL from "ical.js";
import { settle } from "@/lib/data/errors";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/v1/commitments.ics/route";
import { changeCommitmentStatus } from "@/lib/data/commitment-changes";
import { databaseForBlock, testDatabaseKinds, useSeededDatabase } from "../../support/register-fixtures";
import { addTrickyCommitments, DUTCH_TITLE, get, makeCoordinator, ORIGIN, version } from "./export-fixtures";

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: ICAL.Time;
  end: ICAL.Time;
  status: string;
  url: string;
  lastModified: unknown;
  dtstamp: unknown;
}

async function calendarFor(query: string) {
  const response = await get(GET, `/api/v1/commitments.ics${query}`);
  const text = await response.text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = new Map<string, ParsedEvent>();
  for (const component of calendar.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(component);
    events.set(event.uid.split("@")[0]!, {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate,
      end: event.endDate,
      status: String(component.getFirstPropertyValue("status")),
      url: String(component.getFirstPropertyValue("url")),
      lastModified: component.getFirstPropertyValue("last-modified"),
      dtstamp: component.getFirstPropertyValue("dtstamp"),
    });
  }
  // calendar clients unescape TEXT; ical.js leaves unknown X- properties as they are
  const name = String(calendar.getFirstPropertyValue("x-wr-calname")).replace(/\\([\\;,])/g, "$1");
  return { response, text, events, name };
}

const iso = (time: ICAL.Time) => time.toString();

describe.each(testDatabaseKinds)("iCalendar of deadlines on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useSeededDatabase(kind));
  let dutchNumber: string;
  beforeAll(async () => {
    vi.stubEnv("NEXTAUTH_URL", ""); // absolute URLs from the request (see lib/export/origin.ts)
    dutchNumber = (await addTrickyCommitments()).dutch;
    const coordinator = await makeCoordinator("Coördinator Kalender");
    const withdrawn = await settle(
      changeCommitmentStatus(coordinator, "TZ-2021-0011", { to: "withdrawn", reason: "Opgegaan in TZ-2021-0015.", version: await version("TZ-2021-0011") }),
    );
    const fulfilled = await settle(
      changeCommitmentStatus(coordinator, "TZ-2021-0013", {
        to: "fulfilled",
        fulfilledBy: "Kamerstuk 29 628, nr. 1030",
        version: await version("TZ-2021-0013"),
      }),
    );
    if (!withdrawn.ok || !fulfilled.ok) throw new Error("status changes failed");
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
  });

  it("is a text/calendar with one all-day event per commitment that has a latest date, fulfilled ones left out", async () => {
    const { response, text, events } = await calendarFor("");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    // outstanding or withdrawn, with a latest date (estimated for "na de zomer"): the 8 seeded ones still outstanding, the withdrawn one, the added one
    expect([...events.keys()].sort()).toEqual(
      ["TZ-2019-0001", "TZ-2021-0004", "TZ-2021-0005", "TZ-2021-0006", "TZ-2021-0008", "TZ-2021-0010", "TZ-2021-0011", "TZ-2021-0015", dutchNumber].sort(),
    );
    for (const event of events.values()) {
      expect(event.start.isDate).toBe(true);
      expect(event.end.isDate).toBe(true);
      expect(event.lastModified).toBeTruthy();
      expect(event.dtstamp).toBeTruthy();
    }
    // open phrases ("nog nader te bepalen") have no date to show; "na de zomer" is shown on its estimated end
    expect(events.has("TZ-2021-0007")).toBe(false);
    expect(iso(events.get("TZ-2021-0008")!.start)).toBe("2021-12-23");
  });

  it("shows a long range as one day on its latest date, with the phrase and the whole range described", async () => {
    const { events } = await calendarFor("?q=Schneiders");
    const event = events.get("TZ-2021-0010")!;
    expect(event.uid).toBe("TZ-2021-0010@localhost");
    expect(event.summary).toBe("Uiterste termijn: Advies externe adviescommissie-Schneiders over programmatische aanpak LE");
    expect(iso(event.start)).toBe("2022-05-31");
    expect(iso(event.end)).toBe("2022-06-01"); // DTEND is exclusive
    expect(event.description).toContain("Toegezegd: 'uiterlijk in het voorjaar van 2022' (29 juni 2021 – 31 mei 2022)");
    expect(event.url).toBe(`${ORIGIN}/toezeggingen/TZ-2021-0010`);
    expect(event.status).toBe("CONFIRMED");
  });

  it("shows a short range (here exactly 31 days) as it is, end exclusive", async () => {
    const { events } = await calendarFor(`?q=${dutchNumber}`);
    const event = events.get(dutchNumber)!;
    expect(event.summary).toBe(`Termijn: ${DUTCH_TITLE}`);
    expect([iso(event.start), iso(event.end)]).toEqual(["2023-03-01", "2023-04-01"]);
    expect(event.description).toContain("Toegezegd: 'in maart 2023' (1 maart 2023 – 31 maart 2023)");
  });

  it("shows a one-day deadline on that day", async () => {
    const { events } = await calendarFor("");
    const event = events.get("TZ-2021-0015")!;
    expect([iso(event.start), iso(event.end)]).toEqual(["2022-05-18", "2022-05-19"]);
    expect(event.summary).toMatch(/^Termijn: /);
  });

  it("marks withdrawn commitments cancelled, and includes fulfilled ones only when the status filter asks", async () => {
    const all = await calendarFor("");
    expect(all.events.get("TZ-2021-0011")!.status).toBe("CANCELLED");
    expect(all.events.has("TZ-2021-0013")).toBe(false);

    const fulfilled = await calendarFor("?status=fulfilled");
    expect([...fulfilled.events.keys()]).toEqual(["TZ-2021-0013"]);
    expect(fulfilled.events.get("TZ-2021-0013")!.status).toBe("CONFIRMED");
    expect(fulfilled.events.get("TZ-2021-0013")!.description).toMatch(/Status: Nagekomen op \d+ \w+ \d{4}/);
  });

  it("names the calendar after the filters, in Dutch", async () => {
    expect((await calendarFor("")).name).toBe("Alle toezeggingen");
    expect((await calendarFor("?status=open,overdue")).name).toBe("Toezeggingen – status open of over de termijn");
    const ministry = await calendarFor("?ministry=JenV&deadlineFrom=2022-01-01&deadlineTo=2022-12-31");
    expect(ministry.name).toBe("Toezeggingen – Ministerie van Justitie en Veiligheid; uiterste termijn van 1 januari 2022 tot en met 31 december 2022");
    expect([...ministry.events.keys()].sort()).toEqual(["TZ-2021-0010", "TZ-2021-0011", "TZ-2021-0015"]);
  });

  it("uses the configured public address for UIDs and URLs, not the server's own", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://toezeggingen.example.nl");
    try {
      const event = (await calendarFor("?q=Schneiders")).events.get("TZ-2021-0010")!;
      expect(event.uid).toBe("TZ-2021-0010@toezeggingen.example.nl");
      expect(event.url).toBe("https://toezeggingen.example.nl/toezeggingen/TZ-2021-0010");
    } finally {
      vi.stubEnv("NEXTAUTH_URL", "");
    }
  });

  it("is a valid, empty calendar for a selection without commitments", async () => {
    const { response, events, text } = await calendarFor("?q=ruimtevaart");
    expect(response.status).toBe(200);
    expect(events.size).toBe(0);
    expect(text).toContain("END:VCALENDAR");
  });
});
