import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { progressNoteSchema } from "@/lib/validation/commitment";
import { mutateCommitment } from "./commitment-mutation";
import type { MutationResult } from "./mutation-result";

/** Records progress on a commitment; a note changes no field of it, so it names no version. */
export async function addProgressNote(user: CurrentUser | null, number: string, raw: unknown): Promise<MutationResult> {
  return mutateCommitment(user, number, raw, {
    schema: progressNoteSchema,
    loginMessage: "Log in om voortgang vast te leggen.",
    permission: () => "commitment.note",
    audit: "commitment.note_added",
    apply: async (tx, current, input, actor) => {
      await tx.progressNote.create({
        data: { commitmentId: current.id, date: new Date(`${input.date}T00:00:00Z`), text: input.text, authorId: actor.id, authorName: actor.name, authorMinistry: actor.ministry },
      });
      return { changes: [{ field: "note", before: null, after: `${input.date}: ${input.text}` }] };
    },
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
