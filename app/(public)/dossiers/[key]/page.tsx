import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommitmentTable } from "@/components/commitments/commitment-table";
import { listCommitments } from "@/lib/data/commitments";
import { getDossier } from "@/lib/data/dossiers";
import { formatDate } from "@/lib/format/dates";
import { formatDossierKey } from "@/lib/kamerstuk";
import { filtersToSearchParams } from "@/lib/validation/commitment-filters";

/** The most urgent open commitments of the dossier; the list page has them all (a large dossier has thousands). */
const OPEN_SHOWN = 25;
const OPEN = ["open", "partially_fulfilled"] as const;

type Params = Promise<{ key: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Dossier ${formatDossierKey((await params).key)}` };
}

export default async function DossierPage({ params }: { params: Params }) {
  const { key } = await params;
  const dossier = await getDossier(key);
  if (!dossier) notFound();
  const [open, all] = await Promise.all([
    listCommitments({ dossier: [dossier.key], status: [...OPEN], sort: "deadline", limit: OPEN_SHOWN }, { withTotal: true }),
    listCommitments({ dossier: [dossier.key], limit: 1 }, { withTotal: true }),
  ]);
  return (
    <article>
      <p className="text-sm">
        <Link href="/toezeggingen">← Alle toezeggingen</Link>
      </p>
      <h1 className="mt-3 text-2xl font-semibold">
        Dossier {formatDossierKey(dossier.key)}
        {dossier.title ? ` – ${dossier.title}` : ""}
      </h1>
      <p className="mt-2">
        {all.total ?? 0} toezeggingen in dit dossier, waarvan {open.total ?? 0} openstaand.{" "}
        <Link href={`/toezeggingen?dossier=${dossier.key}`}>Alle toezeggingen in dit dossier</Link>
      </p>
      <section aria-labelledby="open" className="mt-6">
        <h2 id="open" className="text-lg font-semibold">
          Openstaande toezeggingen
        </h2>
        {open.items.length ? (
          <div className="mt-2">
            <CommitmentTable commitments={open.items} caption={`Openstaande toezeggingen in dossier ${dossier.key}`} />
          </div>
        ) : (
          <p className="mt-2 text-muted">Geen openstaande toezeggingen.</p>
        )}
        {(open.total ?? 0) > open.items.length ? (
          <p className="mt-2 text-sm">
            De {open.items.length} met de vroegste termijn.{" "}
            <Link href={`/toezeggingen?${filtersToSearchParams({ dossier: [dossier.key], status: [...OPEN], sort: "deadline" })}`}>
              Alle {(open.total ?? 0).toLocaleString("nl-NL")} openstaande toezeggingen in dit dossier
            </Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="stukken" className="mt-6">
        <h2 id="stukken" className="text-lg font-semibold">
          Kamerstukken in het register ({dossier.documentCount.toLocaleString("nl-NL")})
        </h2>
        {dossier.documentCount > dossier.documents.length ? <p className="mt-1 text-sm text-muted">De nieuwste {dossier.documents.length} hiervan.</p> : null}
        <ul className="mt-2 divide-y divide-gray-200 rounded border border-gray-200 bg-white">
          {dossier.documents.map((d) => (
            <li key={d.id} className="px-3 py-2">
              <Link href={`/documenten/${d.id}`}>{d.label}</Link>
              <span className="block text-sm text-muted">{[d.title, d.date ? formatDate(d.date) : null].filter(Boolean).join(", ")}</span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
