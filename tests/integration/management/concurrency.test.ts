// Optimistic locking under load: 50 writers edit 10 commitments at once through the API, each reading the
// commitment, appending its own marker to the title and PATCHing with the version it read, retrying on 409. No
// update may be lost: every writer that got a 200 has its marker in the final title, once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getCommitmentRoute } from "@/app/api/v1/commitments/[number]/route";
import { db } from "@/lib/db";
import {
  callApi,
  freshCommitment,
  makeCast,
  newCommitmentInput,
  testDatabaseKinds,
  useManagementDatabase,
  type Cast,
  type TestDatabase,
} from "../../support/management-fixtures";

const COMMITMENTS = 10;
const WRITERS = 50;
const MAX_ATTEMPTS = 60;
/** a request that has not answered by then is recorded as hung (the embedded database can stall; see the report) */
const REQUEST_TIMEOUT_MS = 5_000;

class Hung extends Error {}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Hung(`${what}: no answer within ${REQUEST_TIMEOUT_MS} ms`)), REQUEST_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface WriterLog {
  id: number;
  number: string;
  marker: string;
  /** the final answer: 200 when the write landed */
  status: number | null;
  attempts: number;
  conflicts: Array<{ sentVersion: number; current: { version: number; title: string } | null }>;
  other: Array<{ status: number | string; body: unknown }>;
}

async function readCommitment(number: string): Promise<{ title: string; version: number }> {
  const response = await getCommitmentRoute(new Request(`http://test/api/v1/commitments/${number}`), { params: Promise.resolve({ number }) });
  if (response.status !== 200) throw new Error(`GET ${number}: ${response.status}`);
  const body = (await response.json()) as { title: string; version: number };
  return { title: body.title, version: body.version };
}

describe.each(testDatabaseKinds)("concurrent writers on %s PostgreSQL", (kind) => {
  let database: TestDatabase;
  let cast: Cast;
  const numbers: string[] = [];
  const baseTitles = new Map<string, string>();

  beforeAll(async () => {
    database = await useManagementDatabase(kind, { poolSize: 10 });
    cast = await makeCast();
    for (let k = 0; k < COMMITMENTS; k++) {
      const title = `Gelijktijdig ${String(k).padStart(2, "0")}`;
      const number = await freshCommitment(cast.coordinator.user!, { title });
      numbers.push(number);
      baseTitles.set(number, title);
    }
  });
  afterAll(async () => {
    // a stalled embedded database may never let its pool go: do not wait for it forever
    const dropped = await Promise.race([database?.drop().then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000).unref())]);
    if (!dropped) console.warn(`[concurrency ${kind}] the database did not shut down within 5 s`);
  });

  it(`${WRITERS} writers on ${COMMITMENTS} commitments lose no update`, async () => {
    // coordinators, admins and JenV editors may all edit these JenV commitments
    const tokens = [cast.coordinator.token!, cast.admin.token!, cast.editorJenV.token!];
    const logs: WriterLog[] = Array.from({ length: WRITERS }, (_, id) => ({
      id,
      number: numbers[id % COMMITMENTS]!,
      marker: ` w${String(id).padStart(2, "0")}`,
      status: null,
      attempts: 0,
      conflicts: [],
      other: [],
    }));

    const started = Date.now();
    await Promise.all(
      logs.map(async (log) => {
        for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
          log.attempts = attempt;
          let read: { title: string; version: number };
          let answer: Awaited<ReturnType<typeof callApi>>;
          try {
            read = await withTimeout(readCommitment(log.number), `GET ${log.number}`);
            answer = await withTimeout(
              callApi("edit", { token: tokens[log.id % tokens.length], number: log.number, body: { title: read.title + log.marker, version: read.version } }),
              `PATCH ${log.number}`,
            );
          } catch (error) {
            log.other.push({ status: error instanceof Hung ? "hung" : "threw", body: String(error).slice(0, 200) });
            log.status = null;
            return;
          }
          if (answer.status === 200) {
            log.status = 200;
            return;
          }
          if (answer.status === 409) {
            const current = answer.body?.current ? { version: answer.body.current.version as number, title: answer.body.current.title as string } : null;
            log.conflicts.push({ sentVersion: read.version, current });
            // a little jitter so the retries do not march in lockstep
            await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 5)));
            continue;
          }
          log.other.push({ status: answer.status, body: answer.body });
          log.status = answer.status;
          return;
        }
      }),
    );
    const elapsed = Date.now() - started;
    const conflicts = logs.reduce((n, l) => n + l.conflicts.length, 0);
    console.log(
      `[concurrency ${kind}] ${WRITERS} writers, ${conflicts} conflicts (409), max ${Math.max(...logs.map((l) => l.attempts))} attempts, ${elapsed} ms`,
    );

    // first what matters most: whatever got a 200 is in the data, once, and nothing else is
    for (const number of numbers) {
      const mine = logs.filter((l) => l.number === number && l.status === 200);
      const row = await db().commitment.findUniqueOrThrow({ where: { number }, select: { id: true, title: true, version: true } });
      const base = baseTitles.get(number)!;
      // no lost update: each successful writer's marker is there exactly once, and nothing else was added
      expect(row.title.startsWith(base)).toBe(true);
      const markers = row.title.slice(base.length).match(/ w\d\d/g) ?? [];
      expect(markers.sort()).toEqual(mine.map((l) => l.marker).sort());
      expect(row.title.length).toBe(base.length + markers.length * 4);
      // one version step and one audit event per successful update
      expect(row.version).toBe(1 + mine.length);
      const events = await db().auditEvent.findMany({ where: { commitmentId: row.id, action: "commitment.updated" }, orderBy: { id: "asc" } });
      expect(events).toHaveLength(mine.length);
      // the events form one chain: each starts from the title the previous one left
      let title = base;
      for (const event of events) {
        const changes = event.changes as Array<{ field: string; before: unknown; after: unknown }>;
        const titleChange = changes.find((c) => c.field === "title");
        expect(titleChange?.before).toBe(title);
        title = titleChange!.after as string;
      }
      expect(title).toBe(row.title);
    }
    // …and then: nothing but 200 and 409 came back (no 5xx, nothing hung)
    expect(logs.flatMap((l) => l.other)).toEqual([]);
    // every 409 said what the commitment is now, and it was newer than what the writer had read
    const conflictList = logs.flatMap((l) => l.conflicts);
    for (const c of conflictList) {
      expect(c.current).not.toBeNull();
      expect(c.current!.version).toBeGreaterThan(c.sentVersion);
    }
    // with enough retries everyone gets through
    expect(logs.filter((l) => l.status !== 200).map((l) => l.id)).toEqual([]);
  });

  it("20 simultaneous creates get 20 different, consecutive numbers, each with one audit event", async () => {
    const before = await db().commitment.count();
    const tokens = [cast.coordinator.token!, cast.admin.token!, cast.editorJenV.token!];
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        withTimeout(
          callApi("create", { token: tokens[i % tokens.length], body: newCommitmentInput({ madeOn: "2023-05-01", title: `Tegelijk aangemaakt ${i}` }) }),
          `POST #${i}`,
        ).catch((e) => ({ status: String(e), body: null })),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    const created = answers.map((a) => (a.body as { number: string }).number).sort();
    expect(created).toEqual(Array.from({ length: 20 }, (_, i) => `TZ-2023-${String(i + 1).padStart(4, "0")}`));
    expect(await db().commitment.count()).toBe(before + 20);
    expect(await db().auditEvent.count({ where: { action: "commitment.created", entityId: { in: created } } })).toBe(20);
  });

  it("simultaneous creates that name the same new minister and cite the same new Kamerstuk all succeed, sharing one of each", async () => {
    const tokens = [cast.coordinator.token!, cast.admin.token!];
    const minister = { ministerName: "D. Yeşilgöz-Zegerius", ministerFunction: "Minister van Justitie en Veiligheid (nieuw)" };
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        withTimeout(
          callApi("create", {
            token: tokens[i % tokens.length],
            body: newCommitmentInput({
              ...minister,
              madeOn: "2023-09-01",
              title: `Nieuwe minister ${i}`,
              references: [{ citation: "Kamerstuk 36 410, nr. 7", role: "source" }],
            }),
          }),
          `POST #${i}`,
        ).catch((e) => ({ status: String(e), body: null })),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
    expect(await db().minister.count({ where: { name: minister.ministerName } })).toBe(1);
    expect(await db().document.count({ where: { id: "kst-36410-7" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "document.created", entityId: "kst-36410-7" } })).toBe(1);
  });
});
