import "server-only";
import { db } from "@/lib/db";

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
