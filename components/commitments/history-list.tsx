import { COMMITMENT_ACTION_LABELS } from "@/lib/commitment/audit-actions";
import type { HistoryEntry } from "@/lib/data/history";
import { formatDateTime } from "@/lib/format/dates";
import { describeValue, fieldLabel } from "@/lib/format/field-change";

const ACTIONS: Record<string, string> = COMMITMENT_ACTION_LABELS;

function show(field: string, value: unknown): string {
  const text = describeValue(field, value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  if (!entries.length) return <p className="text-muted">Nog geen geschiedenis.</p>;
  return (
    <ol className="space-y-3">
      {entries.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the history is rendered once on the server, in order, and never reordered
        <li key={i} className="rounded border border-gray-200 bg-white p-3">
          <p className="text-sm">
            <strong>{ACTIONS[e.action] ?? e.action}</strong> · <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {e.actor}
          </p>
          {e.reason ? <p className="mt-1 text-sm">Reden: {e.reason}</p> : null}
          {e.changes.length ? (
            <details className="mt-1 text-sm">
              <summary className="cursor-pointer">{e.changes.length === 1 ? "1 veld" : `${e.changes.length} velden`}</summary>
              <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
                {e.changes.map((c) => (
                  <div key={c.field} className="contents">
                    <dt className="font-medium">{fieldLabel(c.field)}</dt>
                    <dd>
                      {c.before === null ? (
                        show(c.field, c.after)
                      ) : (
                        <>
                          {show(c.field, c.before)} → {show(c.field, c.after)}
                        </>
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
