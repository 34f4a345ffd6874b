import { EDITABLE_FIELD_LABELS, type EditableField, type EditableValues } from "@/lib/commitment/editable-fields";
import type { MergeNotice as Merge } from "@/lib/commitment/merge";
import { formatDate, formatDateTime } from "@/lib/format/dates";

function shown(field: EditableField, values: EditableValues): string {
  const value = values[field];
  if (field === "references") return (value as EditableValues["references"]).map((r) => r.citation).join("; ") || "(geen)";
  if (field === "madeOn") return value ? formatDate(value as string) : "(onbekend)";
  return typeof value === "string" && value.trim() !== "" ? value : "(leeg)";
}

function who(merge: Merge, field: EditableField): string {
  const by = merge.changedBy[field];
  return by ? `${by.by}, ${formatDateTime(by.at)}` : "een ander";
}

/**
 * After someone else saved first: what a re-save keeps of theirs, and — side by side — every field you both changed,
 * to choose. The form below already holds the merged values; the choices travel as `choice.<field>`.
 */
export function MergeNotice({ merge }: { merge: Merge }) {
  return (
    <section aria-labelledby="merge-heading" className="space-y-3 rounded border border-amber-400 bg-amber-50 p-4 text-sm">
      <h2 id="merge-heading" className="font-semibold">
        Samenvoegen met versie {merge.version}
      </h2>
      {merge.kept.length ? (
        <div>
          <p>Overgenomen uit de wijziging van de ander (u had deze velden niet aangepast):</p>
          <ul className="mt-1 list-disc pl-5">
            {merge.kept.map((field) => (
              <li key={field}>
                <span className="font-medium">{EDITABLE_FIELD_LABELS[field]}</span>: {shown(field, merge.theirs)}{" "}
                <span className="text-gray-700">({who(merge, field)})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {merge.conflicts.map((field) => (
        <fieldset key={field} className="rounded border border-amber-300 bg-white p-3">
          <legend className="px-1 font-medium">{EDITABLE_FIELD_LABELS[field]}: door u beiden gewijzigd — kies</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            <label className="flex gap-2">
              <input type="radio" name={`choice.${field}`} value="theirs" />
              <span>
                <span className="block font-medium">Waarde van {who(merge, field)}</span>
                <span className="whitespace-pre-line">{shown(field, merge.theirs)}</span>
              </span>
            </label>
            <label className="flex gap-2">
              <input type="radio" name={`choice.${field}`} value="mine" defaultChecked />
              <span>
                <span className="block font-medium">Uw waarde (staat in het formulier)</span>
                <span className="whitespace-pre-line">{shown(field, merge.merged)}</span>
              </span>
            </label>
          </div>
        </fieldset>
      ))}
      <p>
        {merge.conflicts.length
          ? "Kies per veld welke waarde blijft en sla opnieuw op; de overige velden worden samengevoegd."
          : "Er is niets tegenstrijdigs: sla opnieuw op om uw wijzigingen en die van de ander samen te bewaren."}
      </p>
    </section>
  );
}
