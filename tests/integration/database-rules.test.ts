// Rules the database itself enforces (triggers and the number sequence), whoever writes to it.
import { describe, expect, it } from "vitest";
import { allocateCommitmentNumber, reserveCommitmentNumber } from "@/lib/data/commitment-numbers";
import { listCommitments } from "@/lib/data/commitments";
import { db } from "@/lib/db";
import { countRows, databaseForBlock, numbers, testDatabaseKinds, useSeededDatabase } from "../support/register-fixtures";

const allocate = (year: number) => db().$transaction((tx) => allocateCommitmentNumber(tx, year));

describe.each(testDatabaseKinds)("database rules on %s PostgreSQL", (kind) => {
  databaseForBlock(() => useSeededDatabase(kind));

  describe("the audit trail is append-only", () => {
    it("refuses an UPDATE of an audit event", async () => {
      await expect(db().$executeRawUnsafe(`UPDATE audit_event SET actor_name = 'iemand anders'`)).rejects.toThrow(
        /audit_event is append-only \(UPDATE refused\)/,
      );
      expect(await db().auditEvent.count({ where: { actorName: "iemand anders" } })).toBe(0);
    });

    it("refuses a DELETE of an audit event", async () => {
      const before = await countRows();
      await expect(db().$executeRawUnsafe(`DELETE FROM audit_event WHERE action = 'commitment.created'`)).rejects.toThrow(
        /audit_event is append-only \(DELETE refused\)/,
      );
      await expect(db().auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
      expect((await countRows()).audit_event).toBe(before.audit_event);
      expect(before.audit_event).toBe(36);
    });

    it("still accepts new events", async () => {
      const before = (await countRows()).audit_event;
      await db().$executeRawUnsafe(
        `INSERT INTO audit_event (actor_name, action, entity_type, entity_id, changes) VALUES ('Test', 'test.appended', 'test', 'x', '[]')`,
      );
      expect((await countRows()).audit_event).toBe(before + 1);
    });

    // Fails today (see the report): the trigger is FOR EACH ROW on UPDATE/DELETE, so TRUNCATE empties the trail.
    it("refuses a TRUNCATE of the audit trail", async () => {
      const before = (await countRows()).audit_event;
      await expect(db().$executeRawUnsafe(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
      expect((await countRows()).audit_event).toBe(before);
    });
  });

  describe("the search vector", () => {
    it("follows a changed title, dropping the old words", async () => {
      expect(numbers((await listCommitments({ q: "doxing" })).items)).toEqual(["TZ-2021-0001"]);
      expect((await listCommitments({ q: "persoonsgegevens" })).items).toEqual([]);
      await db().commitment.update({
        where: { number: "TZ-2021-0001" },
        data: {
          title: "Wetsvoorstel strafbaarstelling misbruik persoonsgegevens in consultatie brengen",
          text: "Tevens breng ik op korte termijn het wetsvoorstel in consultatie.",
        },
      });
      expect(numbers((await listCommitments({ q: "persoonsgegevens" })).items)).toEqual(["TZ-2021-0001"]);
      expect((await listCommitments({ q: "doxing" })).items).toEqual([]);
    });

    it("follows a title changed with plain SQL too", async () => {
      await db().$executeRawUnsafe(`UPDATE commitment SET title = title || ' (wijkteams)' WHERE number = 'TZ-2021-0002'`);
      expect(numbers((await listCommitments({ q: "wijkteams" })).items)).toEqual(["TZ-2021-0002"]);
    });
  });

  describe("commitment numbers", () => {
    it("continue after the numbers the seed reserved, and are never handed out twice", async () => {
      expect(await allocate(2021)).toBe("TZ-2021-0016");
      expect(await allocate(2021)).toBe("TZ-2021-0017");
      // a later reservation below the sequence does not turn it back
      await db().$transaction((tx) => reserveCommitmentNumber(tx, 2021, 3));
      expect(await allocate(2021)).toBe("TZ-2021-0018");
      // a reservation above it moves it on
      await db().$transaction((tx) => reserveCommitmentNumber(tx, 2021, 40));
      expect(await allocate(2021)).toBe("TZ-2021-0041");
    });

    it("start at 0001 in a year without commitments", async () => {
      expect(await allocate(2027)).toBe("TZ-2027-0001");
      expect(await allocate(2027)).toBe("TZ-2027-0002");
    });

    it("are not consumed by a transaction that rolls back", async () => {
      await expect(
        db().$transaction(async (tx) => {
          expect(await allocateCommitmentNumber(tx, 2028)).toBe("TZ-2028-0001");
          throw new Error("aangemaakte toezegging afgebroken");
        }),
      ).rejects.toThrow("afgebroken");
      expect(await allocate(2028)).toBe("TZ-2028-0001");
    });

    it("are distinct when 10 transactions allocate at the same time", async () => {
      const allocated = await Promise.all(Array.from({ length: 10 }, () => allocate(2030)));
      expect(new Set(allocated).size).toBe(10);
      expect([...allocated].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `TZ-2030-${String(i + 1).padStart(4, "0")}`));
      expect(await db().commitmentNumberSequence.findUnique({ where: { year: 2030 } })).toEqual({ year: 2030, last: 10 });
    });
  });
});
