import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommitmentTable } from "@/components/commitments/commitment-table";
import { getDocument } from "@/lib/data/documents";
import { formatDate } from "@/lib/format/dates";
import { tryParseDocumentId } from "@/lib/validation/document-id";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const parsed = tryParseDocumentId((await params).id);
  return { title: parsed ? parsed.label : "Niet gevonden" };
}

export default async function DocumentPage({ params }: { params: Params }) {
  const parsed = tryParseDocumentId((await params).id);
  if (!parsed) notFound();
  const doc = await getDocument(parsed.id);
  if (!doc) notFound();
  return (
    <article>
      <p className="text-sm">
        <Link href="/toezeggingen">← Alle toezeggingen</Link>
      </p>
      <h1 className="mt-3 text-2xl font-semibold">{doc.label}</h1>
      {doc.title ? <p className="mt-1 text-lg">{doc.title}</p> : null}
      <dl className="mt-4 grid max-w-3xl gap-x-6 gap-y-2 rounded border border-gray-200 bg-white p-4 sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium">Datum</dt>
        <dd>{formatDate(doc.date)}</dd>
        {doc.vergaderjaar ? (
          <>
            <dt className="font-medium">Vergaderjaar</dt>
            <dd>{doc.vergaderjaar}</dd>
          </>
        ) : null}
        <dt className="font-medium">Dossier</dt>
        <dd>
          {doc.dossiers.length
            ? doc.dossiers.map((d, i) => (
                <span key={d.key}>
                  {i > 0 ? ", " : null}
                  <Link href={`/dossiers/${d.key}`}>{d.key}</Link>
                </span>
              ))
            : "—"}
        </dd>
        <dt className="font-medium">Officiële publicatie</dt>
        <dd>
          <a href={doc.url} rel="external noopener">
            {doc.url}
          </a>
        </dd>
      </dl>
      <section aria-labelledby="toezeggingen" className="mt-6">
        <h2 id="toezeggingen" className="text-lg font-semibold">
          Toezeggingen die naar dit stuk verwijzen ({doc.commitments.length})
        </h2>
        {doc.commitments.length ? (
          <div className="mt-2">
            <CommitmentTable commitments={doc.commitments} caption={`Toezeggingen die naar ${doc.label} verwijzen`} />
          </div>
        ) : (
          <p className="mt-2 text-muted">Geen toezeggingen verwijzen naar dit stuk.</p>
        )}
      </section>
    </article>
  );
}
