import "server-only";
import type { Tx } from "@/lib/db";
import type { FieldChange } from "@/lib/format/field-change";

export interface Actor {
  id: string | null;
  name: string;
  ministry: string | null;
}

// The shape is the pure module's, so that wording a change needs nothing from lib/data.
export type { FieldChange };

/** Writes one append-only audit event inside the caller's transaction. */
export async function recordAuditEvent(
  tx: Tx,
  event: { actor: Actor; action: string; entityType: string; entityId: string; commitmentId?: number; changes: FieldChange[]; reason?: string | null },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actor.id,
      actorName: event.actor.name,
      actorMinistry: event.actor.ministry,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      commitmentId: event.commitmentId ?? null,
      changes: JSON.parse(JSON.stringify(event.changes)),
      reason: event.reason ?? null,
    },
  });
}

/** The changes that creating an entity makes: every field from nothing to its value. */
export function creationChanges(fields: Record<string, unknown>): FieldChange[] {
  return Object.entries(fields)
    .filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([field, after]) => ({ field, before: null, after }));
}
