import type { Metadata } from "next";
import { headers } from "next/headers";
import { followFilterAction } from "@/app/(beheer)/volgen/actions";
import { CommitmentFilterForm } from "@/components/commitments/commitment-filter-form";
import { FollowFilterForm } from "@/components/following/follow-filter-form";
import { getCurrentUser } from "@/lib/auth/session";
import { canonicalFilterQuery, describeFilters } from "@/lib/reminders/follow-filter";
import { CommitmentTable } from "@/components/commitments/commitment-table";
import { ExportLinks } from "@/components/commitments/export-links";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Pagination } from "@/components/ui/pagination";
import { listCommitments } from "@/lib/data/commitments";
import { listFilterOptions } from "@/lib/data/reference-data";
import { publicOrigin } from "@/lib/export/origin";
import { DEFAULT_LIMIT, filtersToSearchParams, parseCommitmentFilters } from "@/lib/validation/commitment-filters";

export const metadata: Metadata = { title: "Toezeggingen" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CommitmentsPage({ searchParams }: { searchParams: SearchParams }) {
  const parsed = parseCommitmentFilters(await searchParams);
  const [options, user] = await Promise.all([listFilterOptions(), getCurrentUser()]);
  if (!parsed.ok) {
    return (
      <>
        <h1 className="mb-4 text-2xl font-semibold">Toezeggingen</h1>
        <ErrorSummary title="Deze zoekopdracht klopt niet" errors={parsed.errors} />
        <p className="mt-4">
          <a href="/toezeggingen">Begin opnieuw met alle toezeggingen</a>
        </p>
      </>
    );
  }
  const followable = canonicalFilterQuery(filtersToSearchParams(parsed.filters).toString());
  const filters = { ...parsed.filters, cursor: undefined, page: parsed.filters.page ?? 1, limit: parsed.filters.limit ?? DEFAULT_LIMIT };
  const result = await listCommitments(filters, { withTotal: true });
  const total = result.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / filters.limit));
  const h = await headers();
  const origin = publicOrigin(`${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost:3000"}`);
  const hrefFor = (page: number) => `/toezeggingen?${filtersToSearchParams({ ...filters, page, limit: parsed.filters.limit })}`;

  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Toezeggingen</h1>
      <CommitmentFilterForm filters={parsed.filters} options={options} />
      {user && followable.ok ? (
        <FollowFilterForm query={followable.query} suggestedName={describeFilters(followable.filters, options)} action={followFilterAction} />
      ) : null}
      <p className="mt-4 text-sm" aria-live="polite">
        {total === 1 ? "1 toezegging gevonden" : `${total.toLocaleString("nl-NL")} toezeggingen gevonden`}
        {filters.q ? (
          <>
            {" "}
            voor <q>{filters.q}</q>
          </>
        ) : null}
      </p>
      {result.items.length ? (
        <div className="mt-2">
          <CommitmentTable commitments={result.items} caption="Toezeggingen die aan de filters voldoen" />
        </div>
      ) : (
        <p className="mt-2 rounded border border-gray-200 bg-white p-4">Geen toezeggingen gevonden. Pas de filters aan of wis ze.</p>
      )}
      <Pagination page={filters.page} pageCount={pageCount} hrefFor={hrefFor} />
      <ExportLinks filters={parsed.filters} origin={origin} />
    </>
  );
}
