import { STATUS_LABELS } from "@/lib/commitment/labels";
import type { CommitmentFilters } from "@/lib/validation/commitment-filters";
import { COMMITMENT_STATUSES } from "@/lib/commitment/status";

/** The choices of the form's selects (lib/data/reference-data.ts listFilterOptions). */
export interface FilterOptions {
  ministries: Array<{ code: string; name: string }>;
  ministers: Array<{ id: number; name: string; function: string }>;
}

const SORT_LABELS = {
  deadline: "Termijn (vroegste eerst)",
  "-deadline": "Termijn (laatste eerst)",
  "-made": "Gedaan (nieuwste eerst)",
  made: "Gedaan (oudste eerst)",
  number: "Nummer",
  relevance: "Relevantie (bij zoeken)",
} as const;

const field = "block w-full rounded border border-gray-400 bg-white px-2 py-1.5 text-sm";
const label = "block text-sm font-medium";

interface FormVariant {
  /** where the form goes: the list, or a page that shows the same selection differently (the dashboard) */
  action: string;
  label: string;
  submitLabel: string;
  clearHref: string;
  /** status and sort are the list's own: the dashboard splits by status itself */
  withStatusAndSort: boolean;
  hidden?: Record<string, string>;
}

const LIST_FORM: FormVariant = {
  action: "/toezeggingen",
  label: "Toezeggingen zoeken en filteren",
  submitLabel: "Toon resultaten",
  clearHref: "/toezeggingen",
  withStatusAndSort: true,
};

// A plain GET form: every filter ends up in the URL, so each view can be bookmarked and shared, and it works
// without JavaScript. The same parameter names everywhere, so a selection can move between list and dashboard.
export type { FormVariant as FilterFormVariant };

export function CommitmentFilterForm({
  filters,
  options,
  variant = LIST_FORM,
}: {
  filters: Partial<CommitmentFilters>;
  options: FilterOptions;
  variant?: FormVariant;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a GET form is the search landmark; <search> around it would add a second one
    <form
      method="get"
      action={variant.action}
      role="search"
      aria-label={variant.label}
      className="grid gap-3 rounded border border-gray-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 print:hidden"
    >
      {Object.entries(variant.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="sm:col-span-2 lg:col-span-4">
        <label htmlFor="f-q" className={label}>
          Zoeken in toezeggingen
        </label>
        <input
          id="f-q"
          name="q"
          type="search"
          defaultValue={filters.q ?? ""}
          className={field}
          placeholder="bijvoorbeeld: Schneiders, stroomstootwapen, wijkagent"
        />
      </div>
      {variant.withStatusAndSort ? (
        <div>
          <label htmlFor="f-status" className={label}>
            Status
          </label>
          <select id="f-status" name="status" defaultValue={filters.status?.[0] ?? ""} className={field}>
            <option value="">Alle</option>
            <option value="overdue">Over de termijn</option>
            {COMMITMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div>
        <label htmlFor="f-ministry" className={label}>
          Ministerie
        </label>
        <select id="f-ministry" name="ministry" defaultValue={filters.ministry?.[0] ?? ""} className={field}>
          <option value="">Alle</option>
          {options.ministries.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-minister" className={label}>
          Bewindspersoon
        </label>
        <select id="f-minister" name="minister" defaultValue={filters.minister?.[0]?.toString() ?? ""} className={field}>
          <option value="">Alle</option>
          {options.ministers.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({m.function})
            </option>
          ))}
        </select>
      </div>
      <div>
        {/* A number to type, not a list to scroll: a register holds hundreds of dossiers, and people quote them by
            number ("Kamerstuk 29 628"). */}
        <label htmlFor="f-dossier" className={label}>
          Dossier
        </label>
        <input
          id="f-dossier"
          name="dossier"
          type="text"
          defaultValue={filters.dossier?.join(", ") ?? ""}
          className={field}
          aria-describedby="f-dossier-hint"
          autoComplete="off"
          spellCheck={false}
        />
        <span id="f-dossier-hint" className="mt-0.5 block text-xs text-muted">
          Nummer, bijvoorbeeld 29 628 of 36 200-VI
        </span>
      </div>
      <div>
        <label htmlFor="f-from" className={label}>
          Uiterste termijn vanaf
        </label>
        <input id="f-from" name="deadlineFrom" type="date" defaultValue={filters.deadlineFrom ?? ""} className={field} />
      </div>
      <div>
        <label htmlFor="f-to" className={label}>
          Uiterste termijn tot en met
        </label>
        <input id="f-to" name="deadlineTo" type="date" defaultValue={filters.deadlineTo ?? ""} className={field} />
      </div>
      {variant.withStatusAndSort ? (
        <div>
          <label htmlFor="f-sort" className={label}>
            Sorteren op
          </label>
          <select id="f-sort" name="sort" defaultValue={filters.sort ?? ""} className={field}>
            <option value="">Standaard</option>
            {Object.entries(SORT_LABELS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded bg-rijks px-4 py-1.5 text-sm font-medium text-white hover:bg-rijks/90">
          {variant.submitLabel}
        </button>
        <a href={variant.clearHref} className="text-sm">
          Wis filters
        </a>
      </div>
    </form>
  );
}
