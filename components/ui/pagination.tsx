import Link from "next/link";

export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Paginering" className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev">
          ← Vorige
        </Link>
      ) : (
        <span className="text-muted">← Vorige</span>
      )}
      <span aria-current="page">
        Pagina {page} van {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next">
          Volgende →
        </Link>
      ) : (
        <span className="text-muted">Volgende →</span>
      )}
    </nav>
  );
}
