import "server-only";
import type { Tx } from "@/lib/db";
import type { CurrentCommitment } from "@/lib/import/plan";
import { deadlineStanding } from "@/lib/commitment/standing";
import type { CommitmentStatus } from "@/lib/commitment/status";
import { isoOf } from "./commitment-support";
import { dossierKey, precisionFromDb, type ReferenceRole } from "./commitment-view";

const CHUNK = 1000;

/**
 * The commitments an import file names, as plain values (lib/import/plan.ts), keyed by our number or by the
 * Tweede Kamer's. In chunks: a file may name 20,000 of them.
 */
export async function loadCurrentCommitments(tx: Tx, key: "number" | "tkNummer", values: string[], today: string): Promise<Map<string, CurrentCommitment>> {
  const out = new Map<string, CurrentCommitment>();
  const unique = [...new Set(values)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    const rows = await tx.commitment.findMany({
      where: key === "number" ? { number: { in: chunk } } : { tkNummer: { in: chunk } },
      include: {
        ministry: { select: { code: true } },
        minister: { select: { name: true, function: true } },
        references: { select: { documentId: true, role: true } },
        dossiers: { select: { dossier: { select: { nummer: true, toevoeging: true } } } },
      },
    });
    for (const row of rows) {
      const status = row.status as CommitmentStatus;
      const latest = isoOf(row.deadlineLatest);
      const current: CurrentCommitment = {
        id: row.id,
        number: row.number,
        version: row.version,
        status,
        title: row.title,
        text: row.text,
        madeOn: isoOf(row.madeOn),
        activity: row.activity,
        ministerName: row.minister.name,
        ministerFunction: row.minister.function,
        ministry: row.ministry.code,
        committee: row.committee,
        addressee: row.addressee,
        deadline: row.deadlinePhrase
          ? { phrase: row.deadlinePhrase, earliest: isoOf(row.deadlineEarliest), latest, precision: precisionFromDb(row.deadlinePrecision) }
          : null,
        fulfilledOn: isoOf(row.fulfilledOn),
        overdue: deadlineStanding(status, latest, today).overdue,
        dossiers: row.dossiers.map((d) => dossierKey(d.dossier.nummer, d.dossier.toevoeging || null)),
        references: row.references.map((r) => ({ documentId: r.documentId, role: r.role as ReferenceRole })),
        tkNummer: row.tkNummer,
        tkSyncedVersion: row.tkSyncedVersion,
      };
      out.set(key === "number" ? row.number : row.tkNummer!, current);
    }
  }
  return out;
}

export async function loadMinistries(tx: Tx) {
  return tx.ministry.findMany({ select: { id: true, code: true, name: true }, orderBy: { code: "asc" } });
}
