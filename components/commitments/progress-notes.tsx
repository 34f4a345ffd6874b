import type { CurrentUser } from "@/lib/auth/current-user";
import { decide } from "@/lib/auth/permissions";
import type { CommitmentView } from "@/lib/data/commitment-view";
import { today } from "@/lib/data/clock";
import type { ProgressNoteView } from "@/lib/data/progress-notes";
import { formatDate } from "@/lib/format/dates";
import type { FormState } from "@/lib/validation/form-state";
import { ProgressNoteForm } from "./progress-note-form";

interface Props {
  notes: ProgressNoteView[];
  user: CurrentUser | null;
  commitment: CommitmentView;
  /** the server action that records a note (pages pass it in; components do not import actions) */
  addNote: (state: FormState, form: FormData) => Promise<FormState>;
}

export function ProgressNotes({ notes, user, commitment, addNote }: Props) {
  const canAdd = user ? decide(user, "commitment.note", { ministryCode: commitment.ministry.code }).allowed : false;
  if (!notes.length && !canAdd) return null;
  return (
    <section aria-labelledby="voortgang" className="mt-6">
      <h2 id="voortgang" className="text-lg font-semibold">
        Voortgang
      </h2>
      {notes.length ? (
        <ol className="mt-2 space-y-2">
          {notes.map((n, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: notes are rendered once on the server, in order, and never reordered
            <li key={i} className="rounded border border-gray-200 bg-white p-3 text-sm">
              <p className="font-medium">
                <time dateTime={n.date}>{formatDate(n.date)}</time> · {n.author}
              </p>
              <p className="mt-1 whitespace-pre-line">{n.text}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm text-muted">Nog geen voortgang vastgelegd.</p>
      )}
      {canAdd ? (
        <div className="mt-3">
          <ProgressNoteForm action={addNote} number={commitment.number} today={today()} />
        </div>
      ) : null}
    </section>
  );
}
