import { dashboardHref } from "@/lib/dashboard/links";
import type { DashboardFilters, DashboardView } from "@/lib/dashboard/params";

const LABELS: Record<DashboardView, string> = { overzicht: "Cijfers", tijdlijn: "Tijdlijn" };

/**
 * Two views of the same selection; links, so each view has its own URL and works without JavaScript. Plain links (not
 * next/link): a full page request is answered from the view's last render (lib/page-cache).
 */
export function ViewTabs({ filters, view }: { filters: DashboardFilters; view: DashboardView }) {
  return (
    <nav aria-label="Weergave" className="border-b border-gray-300 print:hidden">
      <ul className="flex gap-1">
        {(Object.keys(LABELS) as DashboardView[]).map((v) => (
          <li key={v}>
            <a
              href={dashboardHref(filters, v)}
              aria-current={v === view ? "page" : undefined}
              className={`-mb-px inline-block rounded-t border px-4 py-2 text-sm no-underline ${
                v === view ? "border-gray-300 border-b-white bg-white font-semibold text-ink" : "border-transparent text-rijks underline hover:bg-white"
              }`}
            >
              {LABELS[v]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
