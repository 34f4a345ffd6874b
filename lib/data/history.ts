import "server-only";
import { db } from "@/lib/db";
import type { FieldChange } from "./audit";

export interface HistoryEntry {
  at: string;
  action: string;
  /** who, as far as this viewer may know: readers see the ministry, signed-in users the person too */
  actor: string;
  changes: FieldChange[];
  reason: string | null;
}

/** The audit trail of one commitment, oldest first. `showNames`: the viewer is signed in. */
export async function getCommitmentHistory(number: string, options: { showNames: boolean }): Promise<HistoryEntry[]> {
  const events = await db().auditEvent.findMany({
    where: { commitment: { number } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  return events.map((e) => {
    // System actors (the seed, an import) have no id; their name is not personal data.
    const person = e.actorId === null || options.showNames ? e.actorName : null;
    const actor = [person, e.actorMinistry].filter(Boolean).join(", ") || "Onbekend";
    return {
      at: e.at.toISOString(),
      action: e.action,
      actor,
      changes: Array.isArray(e.changes) ? (e.changes as unknown as FieldChange[]) : [],
      reason: e.reason,
    };
  });
}
