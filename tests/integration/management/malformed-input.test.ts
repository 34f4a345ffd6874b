// Hundreds of bad payloads against every write route (with a valid coordinator token) and the same payloads against
// the data-layer functions the server actions call. Whatever arrives: no 5xx, no exception, a 4xx that names the
// problem (`detail`, and for a 400 on a field `errors` with that field), and a database exactly as it was.
import { beforeAll, describe, expect, it } from "vitest";
import { settle } from "@/lib/data/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { createCommitment } from "@/lib/data/commitment-create";
import { resetCommitmentDeadline } from "@/lib/data/commitment-changes";
import { changeCommitmentStatus } from "@/lib/data/commitment-changes";
import { updateCommitment } from "@/lib/data/commitment-changes";
import type { MutationResult } from "@/lib/data/mutation-result";
import type { Settled } from "@/lib/data/errors";
import { addProgressNote } from "@/lib/data/commitment-changes";
import {
  callApi,
  databaseForBlock,
  editPayload,
  freshCommitment,
  makeCast,
  newCommitmentInput,
  registerSnapshot,
  testDatabaseKinds,
  useManagementDatabase,
  type Cast,
  type RegisterSnapshot,
  type WriteRoute,
} from "../../support/management-fixtures";

type Channel = "both" | "api" | "data";

interface Case {
  label: string;
  /** the JSON body (built with the commitment's current version), or raw text, or raw text built with the version */
  body?: (version: number) => unknown;
  rawBody?: string;
  rawFor?: (version: number) => string;
  contentType?: string | null;
  /** a bad commitment number for the URL (API only: the server actions pass numbers through isCommitmentNumber first) */
  number?: string;
  /** the data layer's edit takes the whole record: merge this body into the commitment's current values */
  merge?: boolean;
  /** the errors key (or its prefix) a 400 must name; null when the problem is the body as a whole */
  field: string | null;
  /** acceptable statuses; default [400] */
  status?: number[];
  channel?: Channel;
}

const NUL = "\u0000";
const SQL = "'; DROP TABLE commitment; --";
const LONG = "x".repeat(100_000);
const WRONG_TYPES: Array<[string, unknown]> = [
  ["null", null],
  ["number", 123],
  ["boolean", true],
  ["array", ["tekst"]],
  ["object", { $ne: null }],
];
const PROTO_KEYS = ["constructor", "toString", "hasOwnProperty", "valueOf", "__proto__"];

/** A JSON text with an own key that an object literal cannot express (e.g. "__proto__"). */
function rawWithKey(base: Record<string, unknown>, key: string, value: unknown): string {
  return `{${JSON.stringify(key)}: ${JSON.stringify(value)}, ${JSON.stringify(base).slice(1)}`;
}

/** Cases every route shares: the body as a whole is wrong. */
function bodyCases(): Case[] {
  const raw = (label: string, rawBody: string): Case => ({ label: `raw ${label}`, rawBody, field: null });
  return [
    raw("empty", ""),
    raw("truncated", '{"title": "abc'),
    raw("single quotes", "{'title': 'abc'}"),
    raw("trailing comma", '{"title": "abc",}'),
    raw("NaN literal", '{"version": NaN}'),
    raw("just text", "hallo"),
    raw("array", "[]"),
    raw("array of object", '[{"title": "abc"}]'),
    raw("string", '"toezegging"'),
    raw("number", "42"),
    raw("null", "null"),
    raw("true", "true"),
    raw("deep nesting", `${"[".repeat(5000)}${"]".repeat(5000)}`),
    raw("NUL byte", `{"title": "a${NUL}b"`),
    { label: "content-type text/plain", rawBody: "{}", contentType: "text/plain", field: null, status: [415], channel: "api" },
    { label: "content-type form", rawBody: "title=abc", contentType: "application/x-www-form-urlencoded", field: null, status: [415], channel: "api" },
    { label: "content-type multipart", rawBody: "--x--", contentType: "multipart/form-data; boundary=x", field: null, status: [415], channel: "api" },
    { label: "no content-type", rawBody: "{}", contentType: null, field: null, status: [415], channel: "api" },
    { label: "empty object", body: () => ({}), field: null },
    { label: "wrapped object", body: (v) => ({ data: { title: "Titel van de toezegging", version: v } }), field: "data" },
  ];
}

/** Bad values for one field of a valid body. */
function fieldCases(
  base: (v: number) => Record<string, unknown>,
  field: string,
  values: Array<[string, unknown]>,
  options: { missing?: boolean; channel?: Channel; status?: number[] } = {},
): Case[] {
  const cases: Case[] = values.map(([label, value]) => ({
    label: `${field}: ${label}`,
    body: (v) => ({ ...base(v), [field]: value }),
    field,
    channel: options.channel,
    status: options.status,
    merge: true,
  }));
  if (options.missing) {
    cases.push({
      label: `${field}: missing`,
      body: (v) => {
        const b = { ...base(v) };
        delete b[field];
        return b;
      },
      field,
      channel: options.channel,
      merge: true,
    });
  }
  return cases;
}

function unknownFieldCases(base: (v: number) => Record<string, unknown>, keys: string[]): Case[] {
  return [
    ...keys.map((key): Case => ({ label: `unknown field ${key}`, body: (v) => ({ ...base(v), [key]: "waarde" }), field: key, merge: true })),
    // keys that name members of Object.prototype, sent as JSON text (an object literal cannot hold "__proto__")
    ...PROTO_KEYS.map(
      (key): Case => ({ label: `unknown field ${key} (an Object.prototype name)`, rawFor: (v) => rawWithKey(base(v), key, 1), field: key, merge: true }),
    ),
  ];
}

const versionValues: Array<[string, unknown]> = [
  ["null", null],
  ["zero", 0],
  ["negative", -1],
  ["float", 1.5],
  ["text", "abc"],
  ["empty text", ""],
  ["array", []],
  ["object", {}],
  ["huge", 1e20],
  ["beyond safe integer", Number.MAX_SAFE_INTEGER + 2],
  ["SQL", `1${SQL}`],
  ["Infinity text", "Infinity"],
  ["boolean", true],
  ["array holding the version", [1]],
];

const titleValues: Array<[string, unknown]> = [
  ...WRONG_TYPES,
  ["empty", ""],
  ["spaces", "   "],
  ["two characters", "ab"],
  ["201 characters", "t".repeat(201)],
  ["100 000 characters", LONG],
  ["201 emoji", "🚓".repeat(201)],
  ["NUL byte", `Titel met een ${NUL} erin`],
];

const dateValues: Array<[string, unknown]> = [
  ...WRONG_TYPES,
  ["30 February", "2022-02-30"],
  ["29 February, no leap year", "2023-02-29"],
  ["month 13", "2024-13-01"],
  ["month 00", "2024-00-10"],
  ["Dutch order", "14-03-2024"],
  ["slashes", "2024/03/14"],
  ["a word", "gisteren"],
  ["timestamp", "2024-03-14T00:00:00Z"],
  ["full-width digits", "２０２４-03-14"],
  ["SQL", `2024-03-14${SQL}`],
  ["year 0000", "0000-01-01"],
  ["number", 20240314],
];

const citationValues: Array<[string, unknown]> = [
  ["a string, not a list", "Kamerstuk 29 628, nr. 1030"],
  ["an object", {}],
  ["an empty row", [{}]],
  ["unparseable citation", [{ citation: "Kamerstuk abc", role: "source" }]],
  ["unknown role", [{ citation: "Kamerstuk 29 628, nr. 1030", role: "eigenaar" }]],
  ["empty citation", [{ citation: "", role: "source" }]],
  ["citation as number", [{ citation: 1030, role: "source" }]],
  ["pair instead of object", [["Kamerstuk 29 628, nr. 1030", "source"]]],
  [
    "duplicate",
    [
      { citation: "Kamerstuk 29 628, nr. 1030", role: "source" },
      { citation: "Kamerstuk 29628, nr. 1030", role: "source" },
    ],
  ],
  ["51 references", Array.from({ length: 51 }, (_, i) => ({ citation: `Kamerstuk 29 628, nr. ${i + 1}`, role: "related" }))],
  ["dossier number too long", [{ citation: "Kamerstuk 99999999999, nr. 1", role: "source" }]],
  ["item number too long", [{ citation: "Handelingen II 2020/21, nr. 36, item 99999999999", role: "related" }]],
  ["SQL", [{ citation: `Kamerstuk 29 628, nr. 1030${SQL}`, role: "source" }]],
  ["emoji", [{ citation: "Kamerstuk 🙂, nr. 1", role: "source" }]],
];

const BAD_NUMBERS: Array<[string, number[]]> = [
  ["TZ-2021-1", [400]],
  ["tz-2021-0001", [400]],
  ["TZ-2021-0001 ", [400, 404]],
  [`TZ-2021-0001${SQL}`, [400, 404]],
  ["../../etc/passwd", [400, 404]],
  ["TZ-2021-0001\u0000", [400, 404]],
  ["🙂", [400, 404]],
  ["TZ-9999-9999", [404]],
  [`TZ-2021-${"9".repeat(1000)}`, [404]],
];

function numberCases(body: (v: number) => unknown): Case[] {
  return BAD_NUMBERS.map(([number, status]) => ({
    label: `URL number ${JSON.stringify(number.slice(0, 30))}`,
    number,
    body,
    field: status.includes(400) ? "number" : null,
    status,
    channel: "api",
  }));
}

type RouteCases = { route: WriteRoute; cases: Case[] };

function createCases(): RouteCases {
  const base = () => newCommitmentInput();
  return {
    route: "create",
    cases: [
      ...bodyCases(),
      ...fieldCases(base, "title", titleValues, { missing: true }),
      ...fieldCases(
        base,
        "text",
        [
          ...WRONG_TYPES,
          ["empty", ""],
          ["short", "kort"],
          ["20 001 characters", "x".repeat(20_001)],
          ["NUL byte", `Ik zal uw Kamer ${NUL} informeren over de voortgang.`],
        ],
        { missing: true },
      ),
      // without a deadline phrase, so that nothing but madeOn itself can object to the date
      ...fieldCases(
        () => newCommitmentInput({ deadlinePhrase: null }),
        "madeOn",
        [...dateValues, ["empty", ""], ["year 999 (no four-digit year for the number)", "0999-06-01"]],
        { missing: true },
      ),
      ...fieldCases(base, "activity", [...WRONG_TYPES, ["empty", ""], ["short", "ab"], ["301 characters", "a".repeat(301)]], { missing: true }),
      ...fieldCases(
        base,
        "ministerName",
        [
          ["empty", ""],
          ["one letter", "x"],
          ["121 characters", "n".repeat(121)],
          ["object", {}],
        ],
        { missing: true },
      ),
      ...fieldCases(
        base,
        "ministerFunction",
        [
          ["empty", ""],
          ["short", "ab"],
          ["array", []],
        ],
        { missing: true },
      ),
      ...fieldCases(
        base,
        "ministry",
        [
          ["empty", ""],
          ["unknown", "XYZ"],
          ["wrong case", "jenv"],
          ["SQL", `JenV${SQL}`],
          ["21 characters", "m".repeat(21)],
          ["number", 7],
          ["emoji", "🏛️"],
        ],
        { missing: true },
      ),
      ...fieldCases(base, "committee", [
        ["number", 123],
        ["object", {}],
        ["201 characters", "c".repeat(201)],
      ]),
      ...fieldCases(base, "addressee", [
        ["array", []],
        ["201 characters", "a".repeat(201)],
      ]),
      ...fieldCases(base, "deadlinePhrase", [
        ["30 February", "30 februari 2023"],
        ["gibberish", "ergens binnenkort-achtig"],
        ["before it was made", "in 2020"],
        ["number", 2025],
        ["201 characters", "d".repeat(201)],
        ["only emoji", "🙂🙂"],
      ]),
      ...fieldCases(base, "references", [...citationValues, ["null", null]]),
      ...unknownFieldCases(base, ["foo", "status", "version", "number", "id"]),
    ],
  };
}

function editCases(): RouteCases {
  const base = (v: number) => ({ title: "Een nieuwe, geldige titel", version: v });
  return {
    route: "edit",
    cases: [
      ...bodyCases(),
      ...numberCases(base),
      ...fieldCases(base, "title", titleValues),
      ...fieldCases(base, "text", [...WRONG_TYPES, ["empty", ""], ["short", "kort"]]),
      // (null is a valid madeOn for an edit: "date unknown")
      ...fieldCases(
        base,
        "madeOn",
        dateValues.filter(([label]) => label !== "null"),
      ),
      ...fieldCases(base, "activity", [...WRONG_TYPES, ["short", "ab"]]),
      ...fieldCases(base, "ministerName", [
        ["empty", ""],
        ["null", null],
      ]),
      ...fieldCases(base, "ministry", [
        ["unknown", "XYZ"],
        ["SQL", `JenV${SQL}`],
        ["empty", ""],
        ["null", null],
      ]),
      ...fieldCases(base, "committee", [
        ["number", 5],
        ["201 characters", "c".repeat(201)],
      ]),
      ...fieldCases(base, "references", citationValues),
      ...fieldCases(base, "version", versionValues, { missing: true }),
      { label: "stale version", body: (v) => ({ ...base(v), version: v + 1 }), field: null, status: [409], merge: true },
      ...unknownFieldCases(base, ["foo", "deadlinePhrase", "status", "number"]),
    ],
  };
}

function statusCases(): RouteCases {
  const base = (v: number) => ({ to: "lapsed", reason: "Het wetsvoorstel is ingetrokken.", version: v });
  return {
    route: "status",
    cases: [
      ...bodyCases(),
      ...numberCases(base),
      ...fieldCases(
        base,
        "to",
        [
          ...WRONG_TYPES,
          ["upper case", "LAPSED"],
          ["Dutch", "vervallen"],
          ["unknown", "closed"],
          ["empty", ""],
          ["SQL", `lapsed${SQL}`],
          ["the current status", "open"],
        ],
        { missing: true },
      ),
      { label: "partially fulfilled without a note", body: (v) => ({ to: "partially_fulfilled", version: v }), field: "note" },
      { label: "partially fulfilled with a short note", body: (v) => ({ to: "partially_fulfilled", note: "  kort   ", version: v }), field: "note" },
      { label: "fulfilled without a document", body: (v) => ({ to: "fulfilled", version: v }), field: "fulfilledBy" },
      ...fieldCases((v) => ({ to: "fulfilled", version: v }), "fulfilledBy", [
        ["unparseable", "Kamerstuk abc"],
        ["half an id", "kst-"],
        ["number", 5],
        ["301 characters", "k".repeat(301)],
        ["SQL", `kst-29628-1030${SQL}`],
        ["object", {}],
      ]),
      ...fieldCases(base, "reason", [
        ["number", 5],
        ["2001 characters", "r".repeat(2001)],
        ["short", "te kort"],
        ["nine emoji", "🙂".repeat(9)],
        ["NUL byte", `Het wetsvoorstel ${NUL} is ingetrokken.`],
        ["array", ["reden"]],
      ]),
      ...fieldCases(base, "note", [
        ["object", {}],
        ["2001 characters", "n".repeat(2001)],
      ]),
      ...fieldCases(base, "version", versionValues, { missing: true }),
      { label: "stale version", body: (v) => ({ ...base(v), version: v + 1 }), field: null, status: [409], merge: true },
      ...unknownFieldCases(base, ["foo", "status", "title"]),
    ],
  };
}

function deadlineCases(): RouteCases {
  const base = (v: number) => ({ deadlinePhrase: "uiterlijk in 2090", reason: "De planning is door de Raad van State vertraagd.", version: v });
  return {
    route: "deadline",
    cases: [
      ...bodyCases(),
      ...numberCases(base),
      ...fieldCases(
        base,
        "deadlinePhrase",
        [
          ...WRONG_TYPES,
          ["empty", ""],
          ["spaces", "   "],
          ["30 February", "30 februari 2093"],
          ["in the past", "in 2020"],
          ["gibberish", "ergens binnenkort-achtig"],
          ["201 characters", "d".repeat(201)],
          ["SQL", `uiterlijk in 2090${SQL}`],
          ["the current deadline", "voor de zomer van 2024"],
        ],
        { missing: true },
      ),
      ...fieldCases(
        base,
        "reason",
        [
          ...WRONG_TYPES,
          ["empty", ""],
          ["short", "later"],
          ["nine emoji", "   🙂🙂🙂🙂🙂🙂🙂🙂🙂   "],
          ["2001 characters", "r".repeat(2001)],
          ["NUL byte", `De planning ${NUL} is door de Raad van State vertraagd.`],
        ],
        { missing: true },
      ),
      ...fieldCases(base, "version", versionValues, { missing: true }),
      { label: "stale version", body: (v) => ({ ...base(v), version: v + 1 }), field: null, status: [409], merge: true },
      ...unknownFieldCases(base, ["foo", "deadlineLatest", "precision"]),
    ],
  };
}

function noteCases(): RouteCases {
  const base = () => ({ date: "2025-01-15", text: "Eerste gesprekken met de politie zijn gevoerd." });
  return {
    route: "notes",
    cases: [
      ...bodyCases(),
      ...numberCases(base),
      ...fieldCases(base, "date", [...dateValues, ["empty", ""], ["no leading zeros", "2025-1-5"]], { missing: true }),
      ...fieldCases(
        base,
        "text",
        [...WRONG_TYPES, ["empty", ""], ["short", "kort"], ["5001 characters", "t".repeat(5001)], ["NUL byte", `Eerste gesprekken ${NUL} zijn gevoerd.`]],
        { missing: true },
      ),
      ...unknownFieldCases(base, ["foo", "version", "author"]),
    ],
  };
}

interface Finding {
  route: WriteRoute;
  channel: "api" | "data";
  label: string;
  problem: string;
}

describe.each(testDatabaseKinds)("malformed input on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useManagementDatabase(kind));
  let cast: Cast;
  let coordinator: CurrentUser;
  const findings: Record<"crash" | "unnamed" | "changed" | "accepted", Finding[]> = { crash: [], unnamed: [], changed: [], accepted: [] };
  let total = 0;

  beforeAll(async () => {
    cast = await makeCast();
    coordinator = cast.coordinator.user!;
  });

  const records = new Map<string, Record<string, unknown>>();
  /** The edit form's values of a commitment at `version` (cached: refused cases change nothing). */
  async function currentRecord(number: string, version: number): Promise<Record<string, unknown>> {
    const key = `${number}@${version}`;
    if (!records.has(key)) records.set(key, await editPayload(number));
    return { ...records.get(key)! };
  }

  /**
   * Runs one case against the database as `before` shows it; returns the snapshot after, and whether it differs (the
   * caller then takes a fresh target).
   */
  async function runCase(
    route: WriteRoute,
    c: Case,
    channel: "api" | "data",
    target: string,
    before: RegisterSnapshot,
  ): Promise<{ changed: boolean; after: RegisterSnapshot }> {
    const number = route === "create" ? "" : (c.number ?? target);
    const realNumber = route === "create" ? null : target;
    const version = before.commitment ? (before.commitment.version as number) : 1;
    const payload = c.rawFor ? JSON.parse(c.rawFor(version)) : c.body ? c.body(version) : c.rawBody;
    const note = (bucket: keyof typeof findings, problem: string) => findings[bucket].push({ route, channel, label: c.label, problem });
    total += 1;

    let status: number;
    let detail: unknown;
    let errors: Record<string, string[]> | undefined;
    let current: unknown;
    if (channel === "api") {
      const rawBody = c.rawFor ? c.rawFor(version) : c.body ? JSON.stringify(c.body(version)) : c.rawBody;
      let answer: Awaited<ReturnType<typeof callApi>>;
      try {
        answer = await callApi(route, { token: cast.coordinator.token, number, rawBody, contentType: c.contentType });
      } catch (error) {
        note("crash", `route threw ${String(error).slice(0, 160)}`);
        const after = await registerSnapshot(realNumber ?? undefined);
        return { changed: JSON.stringify(after) !== JSON.stringify(before), after };
      }
      status = answer.status;
      detail = answer.body?.detail;
      errors = answer.body?.errors;
      current = answer.body?.current;
    } else {
      let result: MutationResult<unknown> | Settled<unknown>;
      try {
        switch (route) {
          case "create":
            result = await settle(createCommitment(coordinator, payload));
            break;
          case "edit": {
            // the data layer takes the whole record: the form's values with the bad one in place
            const full = c.merge && realNumber ? { ...(await currentRecord(realNumber, version)), ...(payload as object) } : payload;
            if (full && typeof full === "object" && c.label.endsWith(": missing")) delete (full as Record<string, unknown>)[c.field!];
            result = await settle(updateCommitment(coordinator, number, full));
            break;
          }
          case "status":
            result = await settle(changeCommitmentStatus(coordinator, number, payload));
            break;
          case "deadline":
            result = await settle(resetCommitmentDeadline(coordinator, number, payload));
            break;
          case "notes":
            result = await settle(addProgressNote(coordinator, number, payload));
            break;
        }
      } catch (error) {
        note("crash", `threw ${String(error).split("\n")[0]!.slice(0, 160)}`);
        const after = await registerSnapshot(realNumber ?? undefined);
        const changed = JSON.stringify(after) !== JSON.stringify(before);
        if (changed) note("changed", "the database changed");
        return { changed, after };
      }
      status = result.ok ? 200 : result.status;
      detail = result.ok ? undefined : result.message;
      errors = result.ok ? undefined : result.errors;
      current = result.ok ? undefined : result.current;
    }

    // the data functions do not check the number's form: an unknown number is simply not found (or the partial body
    // of the API case is incomplete for them)
    const urlCase = c.label.startsWith("URL number");
    if (status >= 500) note("crash", `HTTP ${status}`);
    else if (status < 400) note("accepted", `answered ${status}`);
    else {
      const allowed = urlCase && channel === "data" ? [400, 404] : (c.status ?? [400]);
      if (!allowed.includes(status)) note("unnamed", `status ${status}, expected ${allowed.join("/")}: ${String(detail).slice(0, 120)}`);
      if (typeof detail !== "string" || detail.trim().length < 5) note("unnamed", `no detail (status ${status})`);
      if (status === 400 && c.field && !(urlCase && channel === "data")) {
        const keys = Object.keys(errors ?? {});
        if (!keys.some((k) => k === c.field || k.startsWith(`${c.field}.`))) note("unnamed", `errors name ${JSON.stringify(keys)}, not ${c.field}`);
      }
      if (status === 409 && !current) note("unnamed", "409 without the current commitment");
    }
    const after = await registerSnapshot(realNumber ?? undefined);
    if (JSON.stringify(after) !== JSON.stringify(before)) {
      note(
        "changed",
        `counts ${JSON.stringify(before.counts)} → ${JSON.stringify(after.counts)}${JSON.stringify(before.commitment) !== JSON.stringify(after.commitment) ? "; the commitment row changed" : ""}`,
      );
      return { changed: true, after };
    }
    return { changed: false, after };
  }

  const routeCases: Array<{ route: WriteRoute; build: () => RouteCases }> = [
    { route: "create", build: createCases },
    { route: "edit", build: editCases },
    { route: "status", build: statusCases },
    { route: "deadline", build: deadlineCases },
    { route: "notes", build: noteCases },
  ];

  for (const { route, build } of routeCases) {
    it(`sends every bad payload to ${route}, through the API and the data layer`, async () => {
      // a JenV commitment, open, with a deadline ("voor de zomer van 2024") and one reference; replaced by a fresh one
      // whenever a case did change it, so that one wrongly accepted payload cannot colour the cases after it
      const fresh = () => freshCommitment(coordinator, { title: `Doelwit voor ${route}` });
      let target = await fresh();
      let snapshot = await registerSnapshot(route === "create" ? undefined : target);
      const { cases } = build();
      for (const c of cases) {
        const channels = c.channel === "api" ? (["api"] as const) : c.channel === "data" ? (["data"] as const) : (["api", "data"] as const);
        for (const channel of channels) {
          const { changed, after } = await runCase(route, c, channel, target, snapshot);
          snapshot = after;
          if (changed) {
            target = await fresh();
            snapshot = await registerSnapshot(route === "create" ? undefined : target);
          }
        }
      }
      console.log(`[malformed ${kind}] ${route}: ${cases.length} payloads`);
      expect(cases.length).toBeGreaterThan(40);
    });
  }

  const show = (list: Finding[]) => list.map((f) => `${f.route} ${f.channel} · ${f.label}: ${f.problem}`);

  it("sent a few hundred payloads", () => {
    console.log(`[malformed ${kind}] ${total} requests and data-layer calls`);
    expect(total).toBeGreaterThan(500);
  });

  it("never answers 5xx or throws", () => {
    expect(show(findings.crash)).toEqual([]);
  });

  it("accepts none of them", () => {
    expect(show(findings.accepted)).toEqual([]);
  });

  it("names the problem in every refusal (detail, and the field for a 400)", () => {
    expect(show(findings.unnamed)).toEqual([]);
  });

  it("leaves the database exactly as it was", () => {
    expect(show(findings.changed)).toEqual([]);
  });
});
