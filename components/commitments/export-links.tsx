import { filtersToSearchParams, type CommitmentFilters } from "@/lib/validation/commitment-filters";

/**
 * Downloads and feeds of the current selection. Paging is left out (an export holds every matching commitment,
 * and the routes refuse page/limit/cursor). `origin` ("https://host") makes the webcal:// link absolute, which a
 * calendar subscription needs.
 */
export function ExportLinks({ filters, origin }: { filters: CommitmentFilters; origin: string }) {
  const query = filtersToSearchParams({ ...filters, page: undefined, limit: undefined, cursor: undefined }).toString();
  const withQuery = (path: string) => (query ? `${path}?${query}` : path);
  const calendar = withQuery("/api/v1/commitments.ics");
  const webcal = `${origin.replace(/^https?:/, "webcal:")}${calendar}`;
  const link = "underline underline-offset-2";
  return (
    <section aria-labelledby="export-links-title" className="mt-4 text-sm">
      <h2 id="export-links-title" className="font-medium">
        Deze selectie downloaden of volgen
      </h2>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        <li>
          <a href={withQuery("/api/v1/commitments.csv")} type="text/csv" download aria-label="Download als CSV (Excel)" className={link}>
            CSV
          </a>
        </li>
        <li>
          <a
            href={withQuery("/api/v1/commitments.xlsx")}
            type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            download
            aria-label="Download als Excel-bestand (.xlsx)"
            className={link}
          >
            Excel
          </a>
        </li>
        <li>
          <a href={calendar} type="text/calendar" aria-label="Agenda (iCal) met de termijnen downloaden" className={link}>
            Agenda (iCal)
          </a>
          {" · "}
          <a href={webcal} aria-label="Abonneren op de agenda met de termijnen (webcal, bijvoorbeeld in Outlook)" className={link}>
            abonneren
          </a>
        </li>
        <li>
          <a
            href={withQuery("/api/v1/changes.atom")}
            type="application/atom+xml"
            aria-label="Atom-feed van wijzigingen in deze toezeggingen volgen"
            className={link}
          >
            Atom-feed van wijzigingen
          </a>
        </li>
      </ul>
    </section>
  );
}
