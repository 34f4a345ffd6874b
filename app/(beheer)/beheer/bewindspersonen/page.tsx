import type { Metadata } from "next";
import Link from "next/link";
import { NotAllowed } from "@/components/auth/not-allowed";
import { MinisterMergeForm } from "@/components/ministers/minister-merge-form";
import { decide } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listMinistersForMerge, type MinisterRow } from "@/lib/data/ministers";
import { mergeMinistersAction } from "./actions";

export const metadata: Metadata = { title: "Bewindspersonen" };

const label = (m: MinisterRow) => `${m.name} — ${m.function} (${m.ministryCode}), ${m.commitments === 1 ? "1 toezegging" : `${m.commitments} toezeggingen`}`;

/** A preset from a proposed pair (?keep=…&merge=…): only ids that exist; anything else is ignored. */
function preset(value: string | string[] | undefined, ids: Set<number>): number | undefined {
  const id = typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
  return id !== undefined && ids.has(id) ? id : undefined;
}

export default async function MinistersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/beheer/bewindspersonen");
  const decision = decide(user, "minister.merge");
  if (!decision.allowed) {
    return <NotAllowed title="Bewindspersonen" message={decision.message} back={{ href: "/toezeggingen", label: "Naar de toezeggingen" }} />;
  }
  const [{ ministers, duplicates }, params] = await Promise.all([listMinistersForMerge(user), searchParams]);
  const ids = new Set(ministers.map((m) => m.id));

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Bewindspersonen</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          Eén persoon hoort één keer in het register te staan. Staat iemand er twee keer in (bijvoorbeeld "Grapperhaus" en "F.B.J. Grapperhaus"), voeg die dan
          samen: de toezeggingen gaan mee en elke toezegging vermeldt de samenvoeging in haar geschiedenis.
        </p>
      </div>

      <section aria-labelledby="dubbel" className="space-y-3">
        <h2 id="dubbel" className="text-lg font-semibold">
          Mogelijk dezelfde persoon
        </h2>
        {duplicates.length === 0 ? (
          <p className="text-sm">Er zijn geen bewindspersonen die op elkaar lijken.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {duplicates.map(([a, b]) => (
              <li key={`${a.id}-${b.id}`}>
                {a.name} en {b.name} ({a.function}, {a.ministryCode}) —{" "}
                <Link
                  href={`/beheer/bewindspersonen?keep=${a.commitments >= b.commitments ? a.id : b.id}&merge=${a.commitments >= b.commitments ? b.id : a.id}#samenvoegen`}
                >
                  kies deze twee om samen te voegen
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="samenvoegen" className="space-y-3">
        <h2 id="samenvoegen" className="text-lg font-semibold">
          Samenvoegen
        </h2>
        <MinisterMergeForm
          key={`${params.keep}-${params.merge}`}
          ministers={ministers.map((m) => ({ id: m.id, label: label(m) }))}
          action={mergeMinistersAction}
          keep={preset(params.keep, ids)}
          merge={preset(params.merge, ids)}
        />
      </section>

      <section aria-labelledby="alle" className="space-y-3">
        <h2 id="alle" className="text-lg font-semibold">
          Alle bewindspersonen ({ministers.length})
        </h2>
        <table className="w-full max-w-4xl text-left text-sm">
          <thead>
            <tr className="border-b border-gray-300">
              <th scope="col" className="py-2 pr-4">
                Naam
              </th>
              <th scope="col" className="py-2 pr-4">
                Functie
              </th>
              <th scope="col" className="py-2 pr-4">
                Ministerie
              </th>
              <th scope="col" className="py-2 text-right">
                Toezeggingen
              </th>
            </tr>
          </thead>
          <tbody>
            {ministers.map((m) => (
              <tr key={m.id} className="border-b border-gray-200">
                <td className="py-2 pr-4">
                  <Link href={`/toezeggingen?minister=${m.id}`}>{m.name}</Link>
                </td>
                <td className="py-2 pr-4">{m.function}</td>
                <td className="py-2 pr-4">{m.ministryCode}</td>
                <td className="py-2 text-right tabular-nums">{m.commitments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
