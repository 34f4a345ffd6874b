import "server-only";
import { readFile } from "node:fs/promises";
import { db } from "@/lib/db";
import { resolveDeadline } from "@/lib/deadline";
import { parseKamerstukCitation } from "@/lib/kamerstuk";
import { seedFileSchema, type SeedFile } from "@/lib/validation/seed";
import type { Actor } from "./audit";
import { recordNewCommitment } from "./commitment-writes";
import { ensureDocument } from "./documents";

export interface SeedResult {
  commitmentsCreated: number;
  documentsCreated: number;
}

/** The register's ministries (prisma/seed/ministries.json); existing ones are left as they are. */
export async function loadMinistries(path: string): Promise<number> {
  const { ministries } = JSON.parse(await readFile(path, "utf8")) as { ministries: Array<{ code: string; name: string }> };
  let created = 0;
  for (const m of ministries) {
    const existing = await db().ministry.findUnique({ where: { code: m.code }, select: { id: true } });
    if (!existing) {
      await db().ministry.create({ data: m });
      created++;
    }
  }
  return created;
}

export async function readSeedFile(path: string): Promise<SeedFile> {
  const parsed = seedFileSchema.safeParse(JSON.parse(await readFile(path, "utf8")));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Seedbestand ${path} is ongeldig: ${first?.path.join(".")}: ${first?.message}`);
  }
  return parsed.data;
}

/**
 * Loads a reviewed seed file. Idempotent: what exists (by commitment number, document id, code) is left as it is,
 * so loading again changes nothing and never overwrites edits made in the register since.
 */
export async function loadSeed(seed: SeedFile): Promise<SeedResult> {
  const letter = parseKamerstukCitation(seed.letter);
  const letterDate = seed.documents.find((d) => parseKamerstukCitation(d.citation).id === letter.id)?.date ?? null;
  const actor: Actor = { id: null, name: `Seed (${letter.label})`, ministry: null };
  // Resolve and parse everything before opening the transaction: bad data fails before anything is written.
  const documents = seed.documents.map((d) => ({ citation: parseKamerstukCitation(d.citation), title: d.title, date: d.date }));
  const commitments = seed.commitments.map((c) => ({
    ...c,
    deadline: c.deadlinePhrase ? resolveDeadline(c.deadlinePhrase, c.madeOn ?? letterDate ?? "2000-01-01") : null,
    references: c.references.map((r) => ({ citation: parseKamerstukCitation(r.citation), role: r.role })),
  }));

  const documentIds = new Set(documents.map((d) => d.citation.id));
  for (const c of commitments) {
    for (const ref of c.references) {
      if (!documentIds.has(ref.citation.id)) throw new Error(`Seed: ${c.number} verwijst naar ${ref.citation.id}, dat niet onder documents staat`);
    }
  }

  return db().$transaction(
    async (tx) => {
      let documentsCreated = 0;
      let commitmentsCreated = 0;
      const ministryIds = new Map<string, number>();
      for (const m of seed.ministries) {
        const row = await tx.ministry.upsert({ where: { code: m.code }, update: {}, create: m });
        ministryIds.set(m.code, row.id);
      }
      const ministers = new Map(seed.ministers.map((m) => [m.key, m]));
      for (const d of seed.dossiers) {
        await tx.dossier.upsert({
          where: { nummer_toevoeging: { nummer: d.nummer, toevoeging: d.toevoeging ?? "" } },
          update: {},
          create: { nummer: d.nummer, toevoeging: d.toevoeging ?? "", title: d.title },
        });
      }
      for (const d of documents) {
        if ((await ensureDocument(tx, d.citation, d, actor)).created) documentsCreated++;
      }
      for (const c of commitments) {
        if (await tx.commitment.findUnique({ where: { number: c.number }, select: { id: true } })) continue;
        const minister = ministers.get(c.minister);
        if (!minister || !ministryIds.has(c.ministry)) throw new Error(`Seed: ${c.number} heeft een onbekende minister of een onbekend ministerie`);
        await recordNewCommitment(
          tx,
          {
            number: c.number,
            title: c.title,
            text: c.text,
            status: c.status,
            deadline: c.deadline,
            madeOn: c.madeOn,
            activity: c.activity,
            ministerName: minister.name,
            ministerFunction: minister.function,
            ministry: c.ministry,
            committee: c.committee,
            addressee: c.addressee,
            references: c.references,
            note: null,
            // A fulfilled commitment without a dated fulfilling document was fulfilled by the letter itself.
            fulfilledOnHint: letterDate,
            tkNummer: null,
          },
          { actor, today: letterDate ?? "2000-01-01" },
        );
        commitmentsCreated++;
      }
      return { commitmentsCreated, documentsCreated };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
