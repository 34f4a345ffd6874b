import type { DossierView } from "@/lib/data/commitment-view";
import { dashboardHref } from "@/lib/dashboard/links";
import type { DashboardFilters, DashboardView } from "@/lib/dashboard/params";

export interface FilterOptions {
  ministries: Array<{ code: string; name: string }>;
  ministers: Array<{ id: number; name: string; function: string }>;
  dossiers: DossierView[];
}

const field = "block w-full rounded border border-gray-400 bg-white px-2 py-1.5 text-sm";
const label = "block text-sm font-medium";

// The public list's filters (same parameter names, so a link can go either way), minus status and sort: the
// dashboard itself splits by status. A plain GET form to /overzicht: every filter ends up in the URL.
export function DashboardFilterForm({ filters, options, view }: { filters: DashboardFilters; options: FilterOptions; view: DashboardView }) {
  return (
    <form method="get" action="/overzicht" role="search" aria-label="Overzicht filteren" className="grid gap-3 rounded border border-gray-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3 print:hidden">
      {view !== "overzicht" ? <input type="hidden" name="weergave" value={view} /> : null}
      <div>
        <label htmlFor="o-ministry" className={label}>Ministerie</label>
        <select id="o-ministry" name="ministry" defaultValue={filters.ministry?.[0] ?? ""} className={field}>
          <option value="">Alle</option>
          {options.ministries.map((m) => (
            <option key={m.code} value={m.code}>{m.name}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="o-minister" className={label}>Bewindspersoon</label>
        <select id="o-minister" name="minister" defaultValue={filters.minister?.[0]?.toString() ?? ""} className={field}>
          <option value="">Alle</option>
          {options.ministers.map((m) => (
            <option key={m.id} value={m.id}>{m.name} ({m.function})</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="o-dossier" className={label}>Dossier</label>
        <select id="o-dossier" name="dossier" defaultValue={filters.dossier?.[0] ?? ""} className={field}>
          <option value="">Alle</option>
          {options.dossiers.map((d) => (
            <option key={d.key} value={d.key}>{d.key.replace(/^(\d{2})(\d{3})/, "$1 $2")}{d.title ? ` – ${d.title.slice(0, 50)}` : ""}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="o-q" className={label}>Zoeken in toezeggingen</label>
        <input id="o-q" name="q" type="search" defaultValue={filters.q ?? ""} className={field} />
      </div>
      <div>
        <label htmlFor="o-from" className={label}>Uiterste termijn vanaf</label>
        <input id="o-from" name="deadlineFrom" type="date" defaultValue={filters.deadlineFrom ?? ""} className={field} />
      </div>
      <div>
        <label htmlFor="o-to" className={label}>Uiterste termijn tot en met</label>
        <input id="o-to" name="deadlineTo" type="date" defaultValue={filters.deadlineTo ?? ""} className={field} />
      </div>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-3">
        <button type="submit" className="rounded bg-rijks px-4 py-1.5 text-sm font-medium text-white hover:bg-rijks/90">Toon overzicht</button>
        <a href={dashboardHref({}, view)} className="text-sm">Wis filters</a>
      </div>
    </form>
  );
}
