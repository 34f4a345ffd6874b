import type { CommitmentView } from "@/lib/data/commitment-view";

/** Shown when an edit was refused because someone else saved first: what the commitment looks like now. */
export function ConflictNotice({ current }: { current: unknown }) {
  const c = current as CommitmentView | null | undefined;
  if (!c) return null;
  return (
    <section aria-labelledby="conflict-heading" className="rounded border border-amber-400 bg-amber-50 p-4 text-sm">
      <h2 id="conflict-heading" className="font-semibold">
        De huidige versie (versie {c.version})
      </h2>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
        <dt className="font-medium">Titel</dt>
        <dd>{c.title}</dd>
        <dt className="font-medium">Status</dt>
        <dd>{c.status}</dd>
        <dt className="font-medium">Waar</dt>
        <dd>{c.activity}</dd>
        <dt className="font-medium">Tekst</dt>
        <dd className="whitespace-pre-line">{c.text}</dd>
      </dl>
      <p className="mt-2">Uw eigen invoer staat nog in het formulier hieronder; slaat u opnieuw op, dan geldt uw versie.</p>
    </section>
  );
}
