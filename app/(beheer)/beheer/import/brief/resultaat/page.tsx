import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/commitments/status-badge";
import { requireUser } from "@/lib/auth/session";
import { getCommitment } from "@/lib/data/commitments";
import type { CommitmentView } from "@/lib/data/commitment-view";
import { getDocument } from "@/lib/data/documents";
import { formatDate, formatRange } from "@/lib/format/dates";
import { isCommitmentNumber } from "@/lib/validation/commitment-number";
import { tryParseDocumentId } from "@/lib/validation/document-id";

export const metadata: Metadata = { title: "Brief geïmporteerd" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** "TZ-2022-0001,TZ-2022-0002" → the numbers that look like numbers (the URL is typed by anyone). */
function numbersFrom(value: string | string[] | undefined): string[] {
  const raw = Array.isArray(value) ? value.join(",") : (value ?? "");
  return [
    ...new Set(
      raw
        .split(",")
        .map((s) => s.trim())
        .filter(isCommitmentNumber),
    ),
  ].slice(0, 200);
}

/** "2 nieuwe toezeggingen, 1 nagekomen toezegging en 1 toezegging met een nieuwe termijn". */
function savedSummary(created: number, fulfilled: number, postponed: number): string {
  const parts = [
    created === 1 ? "1 nieuwe toezegging" : `${created} nieuwe toezeggingen`,
    fulfilled === 1 ? "1 nagekomen toezegging" : `${fulfilled} nagekomen toezeggingen`,
    ...(postponed ? [postponed === 1 ? "1 toezegging met een nieuwe termijn" : `${postponed} toezeggingen met een nieuwe termijn`] : []),
  ];
  return `${parts.slice(0, -1).join(", ")} en ${parts.at(-1)}`;
}

function CommitmentList({ items, empty }: { items: CommitmentView[]; empty: string }) {
  if (!items.length) return <p className="text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-gray-200 rounded border border-gray-200 bg-white">
      {items.map((c) => (
        <li key={c.number} className="p-3">
          <Link href={`/toezeggingen/${c.number}`} className="font-semibold">
            {c.number}
          </Link>{" "}
          {c.title} <StatusBadge status={c.status} />
          <p className="text-sm text-muted">
            {c.ministry.name} · {c.deadline ? `termijn: ${c.deadline.phrase} (${formatRange(c.deadline.earliest, c.deadline.latest)})` : "geen termijn"}
            {c.fulfilledOn ? ` · nagekomen op ${formatDate(c.fulfilledOn)}` : ""}
          </p>
        </li>
      ))}
    </ul>
  );
}

export default async function LetterImportResultPage({ searchParams }: { searchParams: SearchParams }) {
  await requireUser("/beheer/import/brief");
  const params = await searchParams;
  const letter = tryParseDocumentId(String(params.brief ?? ""));
  if (!letter) notFound();
  const createdNumbers = numbersFrom(params.nieuw);
  const fulfilledNumbers = numbersFrom(params.nagekomen);
  const postponedNumbers = numbersFrom(params.uitgesteld);
  const [doc, created, fulfilled, postponed] = await Promise.all([
    getDocument(letter.id),
    Promise.all(createdNumbers.map((n) => getCommitment(n))),
    Promise.all(fulfilledNumbers.map((n) => getCommitment(n))),
    Promise.all(postponedNumbers.map((n) => getCommitment(n))),
  ]);
  if (!doc) notFound();
  const present = (list: Array<CommitmentView | null>) => list.filter((c): c is CommitmentView => c !== null);

  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-2xl font-semibold">Brief geïmporteerd</h1>
      <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-ok">
        Vastgelegd: {savedSummary(created.length, fulfilled.length, postponed.length)}, allemaal met de brief als Kamerstuk of als reden.
      </p>
      <section aria-labelledby="brief" className="space-y-1">
        <h2 id="brief" className="text-lg font-semibold">
          De brief
        </h2>
        <p>
          <Link href={`/documenten/${doc.id}`}>{doc.label}</Link>
          {doc.title ? ` · ${doc.title}` : ""} · {formatDate(doc.date)}
        </p>
      </section>
      <section aria-labelledby="nieuw" className="space-y-2">
        <h2 id="nieuw" className="text-lg font-semibold">
          Nieuwe toezeggingen ({created.length})
        </h2>
        <CommitmentList items={present(created)} empty="De brief heeft geen nieuwe toezeggingen opgeleverd." />
      </section>
      <section aria-labelledby="nagekomen" className="space-y-2">
        <h2 id="nagekomen" className="text-lg font-semibold">
          Nagekomen toezeggingen ({fulfilled.length})
        </h2>
        <CommitmentList items={present(fulfilled)} empty="De brief komt geen toezegging uit het register na." />
      </section>
      {postponedNumbers.length ? (
        <section aria-labelledby="uitgesteld" className="space-y-2">
          <h2 id="uitgesteld" className="text-lg font-semibold">
            Nieuwe termijn ({postponed.length})
          </h2>
          <CommitmentList items={present(postponed)} empty="" />
        </section>
      ) : null}
      <p>
        <Link href="/beheer/import/brief">Nog een brief importeren</Link>
      </p>
    </div>
  );
}
