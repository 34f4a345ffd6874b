import "server-only";
// Carries out planned import rows inside the import's one transaction, through the one write path of a
// commitment (commitment-writes.ts). The checks themselves ran when the row was planned (lib/import).
import type { Tx } from "@/lib/db";
import type { CreatePlan, UpdatePlan } from "@/lib/import/plan";
import type { Actor } from "./audit";
import { applyCommitmentChange, recordNewCommitment } from "./commitment-writes";
import { Conflict } from "./errors";

export interface ImportWriteContext {
  tx: Tx;
  actor: Actor;
  today: string;
  /** a Tweede Kamer import: remember the version it leaves, so a later deletion there can tell a local change */
  fromTweedeKamer: boolean;
}

async function markSynced(ctx: ImportWriteContext, id: number): Promise<void> {
  if (!ctx.fromTweedeKamer) return;
  const { version } = await ctx.tx.commitment.findUniqueOrThrow({ where: { id }, select: { version: true } });
  await ctx.tx.commitment.update({ where: { id }, data: { tkSyncedVersion: version } });
}

export async function writeCreate(ctx: ImportWriteContext, plan: CreatePlan): Promise<string> {
  const { id, number } = await recordNewCommitment(ctx.tx, plan.record, ctx);
  await markSynced(ctx, id);
  return number;
}

export async function writeUpdate(ctx: ImportWriteContext, plan: UpdatePlan): Promise<void> {
  try {
    await applyCommitmentChange(
      ctx.tx,
      { id: plan.id, number: plan.number, version: plan.version, ministry: plan.ministry },
      { ...plan, note: plan.status?.kind === "progress" && plan.status.note ? { date: ctx.today, text: plan.status.note } : null },
      ctx,
    );
    await markSynced(ctx, plan.id);
  } catch (error) {
    if (error instanceof Conflict)
      throw new Conflict(
        `Toezegging ${plan.number} is tijdens het importeren door iemand anders gewijzigd. Er is niets geïmporteerd; controleer het bestand opnieuw.`,
      );
    throw error;
  }
}
