import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeadlineSummary } from "@/components/commitments/deadline-summary";
import { HistoryList } from "@/components/commitments/history-list";
import { ReferenceList } from "@/components/commitments/reference-list";
import { StatusBadge } from "@/components/commitments/status-badge";
import { addProgressNoteAction } from "@/app/(beheer)/beheer/toezeggingen/actions";
import { followCommitmentAction } from "@/app/(beheer)/volgen/actions";
import { ManagementPanel } from "@/components/commitments/management-panel";
import { FollowButton } from "@/components/following/follow-button";
import { ProgressNotes } from "@/components/commitments/progress-notes";
import { getCurrentUser } from "@/lib/auth/session";
import { getCommitment } from "@/lib/data/commitments";
import { getCommitmentHistory } from "@/lib/data/history";
import { isFollowingCommitment } from "@/lib/data/following";
import { listProgressNotes } from "@/lib/data/progress-notes";
import { formatDate } from "@/lib/format/dates";
import { earlierFulfilments } from "@/lib/commitment/fulfilment";
import { PRECISION_LABELS } from "@/lib/commitment/labels";
import { formatDossierKey, parseDocumentId } from "@/lib/kamerstuk";
import { isCommitmentNumber } from "@/lib/validation/commitment-number";

function documentLabel(id: string): string {
  try {
    return parseDocumentId(id).label;
  } catch {
    return id;
  }
}

type Params = Promise<{ number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { number } = await params;
  return { title: isCommitmentNumber(number) ? number : "Niet gevonden" };
}

export default async function CommitmentPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { number } = await params;
  if (!isCommitmentNumber(number)) notFound();
  const user = await getCurrentUser();
  const showNames = user !== null;
  const [commitment, history, notes, { opgeslagen }, following] = await Promise.all([
    getCommitment(number),
    getCommitmentHistory(number, { showNames }),
    listProgressNotes(number, { showNames }),
    searchParams,
    isFollowingCommitment(user, number),
  ]);
  if (!commitment) notFound();
  const { deadline } = commitment;
  const earlier = earlierFulfilments(
    history,
    commitment.references.filter((r) => r.role === "fulfilment").map((r) => r.id),
  );

  return (
    <article className="max-w-4xl">
      <p className="text-sm">
        <Link href="/toezeggingen">← Alle toezeggingen</Link>
      </p>
      <p className="mt-3 text-sm text-muted">{commitment.number}</p>
      <h1 className="text-2xl font-semibold">{commitment.title}</h1>
      <div className="mt-2">
        <StatusBadge status={commitment.status} overdue={commitment.overdue} />
      </div>
      {opgeslagen ? (
        <p role="status" className="mt-3 rounded border border-green-300 bg-green-50 p-3 text-sm text-ok">
          De wijziging is opgeslagen.
        </p>
      ) : null}
      {user ? <ManagementPanel user={user} commitment={commitment} /> : null}
      {user ? <FollowButton number={commitment.number} following={following} action={followCommitmentAction} /> : null}

      <section aria-labelledby="tekst" className="mt-6">
        <h2 id="tekst" className="text-lg font-semibold">
          Letterlijke tekst
        </h2>
        <blockquote className="mt-2 border-l-4 border-rijks bg-white p-4 leading-relaxed">{commitment.text}</blockquote>
      </section>

      <section aria-labelledby="gegevens" className="mt-6">
        <h2 id="gegevens" className="text-lg font-semibold">
          Gegevens
        </h2>
        <dl className="mt-2 grid gap-x-6 gap-y-2 rounded border border-gray-200 bg-white p-4 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">Termijn</dt>
          <dd>
            <DeadlineSummary commitment={commitment} />
          </dd>
          {deadline?.precision ? (
            <>
              <dt className="font-medium">Precisie</dt>
              <dd>{PRECISION_LABELS[deadline.precision as keyof typeof PRECISION_LABELS] ?? deadline.precision}</dd>
            </>
          ) : null}
          {commitment.fulfilledOn ? (
            <>
              <dt className="font-medium">Nagekomen op</dt>
              <dd>{formatDate(commitment.fulfilledOn)}</dd>
            </>
          ) : null}
          <dt className="font-medium">Gedaan op</dt>
          <dd>{formatDate(commitment.madeOn)}</dd>
          <dt className="font-medium">Waar</dt>
          <dd>{commitment.activity}</dd>
          <dt className="font-medium">Bewindspersoon</dt>
          <dd>
            {commitment.minister.name}, {commitment.minister.function}
          </dd>
          <dt className="font-medium">Ministerie</dt>
          <dd>{commitment.ministry.name}</dd>
          {commitment.committee ? (
            <>
              <dt className="font-medium">Commissie</dt>
              <dd>{commitment.committee}</dd>
            </>
          ) : null}
          {commitment.addressee ? (
            <>
              <dt className="font-medium">Gedaan aan</dt>
              <dd>{commitment.addressee}</dd>
            </>
          ) : null}
          <dt className="font-medium">Dossier</dt>
          <dd>
            {commitment.dossiers.length
              ? commitment.dossiers.map((d, i) => (
                  <span key={d.key}>
                    {i > 0 ? ", " : null}
                    <Link href={`/dossiers/${d.key}`}>
                      {formatDossierKey(d.key)}
                      {d.title ? ` ${d.title}` : ""}
                    </Link>
                  </span>
                ))
              : "—"}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="kamerstukken" className="mt-6">
        <h2 id="kamerstukken" className="text-lg font-semibold">
          Kamerstukken
        </h2>
        <div className="mt-2">
          <ReferenceList references={commitment.references} />
        </div>
        {earlier.length ? (
          <p className="mt-2 text-sm">
            Eerder nagekomen met{" "}
            {earlier.map((id, i) => (
              <span key={id}>
                {i > 0 ? ", " : null}
                <Link href={`/documenten/${id}`}>{documentLabel(id)}</Link>
              </span>
            ))}
            ; de toezegging is daarna heropend.
          </p>
        ) : null}
      </section>

      <ProgressNotes notes={notes} user={user} commitment={commitment} addNote={addProgressNoteAction} />

      <section aria-labelledby="geschiedenis" className="mt-6">
        <h2 id="geschiedenis" className="text-lg font-semibold">
          Geschiedenis
        </h2>
        <div className="mt-2">
          <HistoryList entries={history} />
        </div>
      </section>
    </article>
  );
}
