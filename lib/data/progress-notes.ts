import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { decide } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { fieldErrors, progressNoteSchema } from "@/lib/validation/commitment";
import { actorOf, permissionActor } from "./actor";
import { recordAuditEvent } from "./audit";
import { invalid, missing, refused, type MutationResult } from "./mutation-result";

export async function addProgressNote(user: CurrentUser | null, number: string, raw: unknown): Promise<MutationResult> {
  if (!user) return refused(401, "Log in om voortgang vast te leggen.");
  const parsed = progressNoteSchema.safeParse(raw);
  if (!parsed.success) return invalid(fieldErrors(parsed.error));
  const input = parsed.data;
  return db().$transaction(async (tx) => {
    const current = await tx.commitment.findUnique({ where: { number }, select: { id: true, ministry: { select: { code: true } } } });
    if (!current) return missing(number);
    const decision = decide(permissionActor(user), "commitment.note", { ministryCode: current.ministry.code });
    if (!decision.allowed) return refused(decision.status, decision.message);
    await tx.progressNote.create({
      data: { commitmentId: current.id, date: new Date(`${input.date}T00:00:00Z`), text: input.text, authorId: user.id, authorName: user.name, authorMinistry: user.ministryName },
    });
    await recordAuditEvent(tx, {
      actor: actorOf(user),
      action: "commitment.note_added",
      entityType: "commitment",
      entityId: number,
      commitmentId: current.id,
      changes: [{ field: "note", before: null, after: `${input.date}: ${input.text}` }],
    });
    return { ok: true as const, value: { number } };
  });
}

export interface ProgressNoteView {
  date: string;
  text: string;
  author: string;
}

export async function listProgressNotes(number: string, options: { showNames: boolean }): Promise<ProgressNoteView[]> {
  const notes = await db().progressNote.findMany({ where: { commitment: { number } }, orderBy: [{ date: "desc" }, { id: "desc" }] });
  return notes.map((n) => ({
    date: n.date.toISOString().slice(0, 10),
    text: n.text,
    author: [options.showNames ? n.authorName : null, n.authorMinistry].filter(Boolean).join(", ") || "Onbekend",
  }));
}
