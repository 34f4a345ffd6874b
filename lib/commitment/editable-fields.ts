// The fields of a toezegging that an edit changes (the deadline and the status have changes of their own), in the
// order the form shows them, with the names the form and the history use.

export const EDITABLE_FIELDS = [
  "title",
  "text",
  "madeOn",
  "activity",
  "ministerName",
  "ministerFunction",
  "ministry",
  "committee",
  "addressee",
  "references",
] as const;

export type EditableField = (typeof EDITABLE_FIELDS)[number];

export const EDITABLE_FIELD_LABELS: Readonly<Record<EditableField, string>> = {
  title: "Korte titel",
  text: "Letterlijke tekst",
  madeOn: "Gedaan op",
  activity: "Waar (debat of brief)",
  ministerName: "Bewindspersoon",
  ministerFunction: "Functie",
  ministry: "Ministerie",
  committee: "Commissie",
  addressee: "Gedaan aan",
  references: "Kamerstukken",
};

export interface EditableReference {
  citation: string;
  role: string;
}

/** The editable fields as plain values: what a form starts from, what it posts, what the register holds. */
export interface EditableValues {
  title: string;
  text: string;
  madeOn: string | null;
  activity: string;
  ministerName: string;
  ministerFunction: string;
  ministry: string;
  committee: string | null;
  addressee: string | null;
  references: EditableReference[];
}

/** The editable fields that describe the commitment in words and names: all but its Kamerstukken. */
export type DescribingValues = Omit<EditableValues, "references">;

/** Those fields out of any input that carries them (a form, an API body, a CSV row), without the rest. */
export function describingValues<T extends DescribingValues>(input: T): Pick<T, keyof DescribingValues> {
  return {
    title: input.title,
    text: input.text,
    madeOn: input.madeOn,
    activity: input.activity,
    ministerName: input.ministerName,
    ministerFunction: input.ministerFunction,
    ministry: input.ministry,
    committee: input.committee,
    addressee: input.addressee,
  };
}

export function isEditableField(x: unknown): x is EditableField {
  return typeof x === "string" && (EDITABLE_FIELDS as readonly string[]).includes(x);
}

// Line ends, surrounding spaces and an empty optional field are cosmetic: the register never stores them on purpose.
const normText = (v: unknown) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n").trim() : v == null ? "" : String(v));
const normRefs = (v: unknown) =>
  (Array.isArray(v) ? (v as EditableReference[]) : [])
    .map((r) => `${r.role}:${normText(r.citation).replace(/\s+/g, " ").toLowerCase()}`)
    .sort()
    .join("|");

/** Whether two values of one editable field mean the same. */
export function sameFieldValue(field: EditableField, a: unknown, b: unknown): boolean {
  if (field === "references") return normRefs(a) === normRefs(b);
  return normText(a) === normText(b);
}
