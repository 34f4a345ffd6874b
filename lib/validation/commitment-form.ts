// FormData from the commitment forms → the plain objects the shared zod schemas parse (the API sends JSON of the
// same shape). Empty reference rows are dropped: the form always shows a spare one.
const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : undefined;
};

export function commitmentFormValues(form: FormData) {
  const citations = form.getAll("refCitation").map(String);
  const roles = form.getAll("refRole").map(String);
  const references = citations.map((citation, i) => ({ citation: citation.trim(), role: roles[i] ?? "related" })).filter((r) => r.citation !== "");
  return {
    title: text(form, "title"),
    text: text(form, "text"),
    madeOn: text(form, "madeOn"),
    activity: text(form, "activity"),
    ministerName: text(form, "ministerName"),
    ministerFunction: text(form, "ministerFunction"),
    ministry: text(form, "ministry"),
    committee: text(form, "committee"),
    addressee: text(form, "addressee"),
    references,
  };
}

export function createFormValues(form: FormData) {
  return { ...commitmentFormValues(form), deadlinePhrase: text(form, "deadlinePhrase") };
}

/** An edit also carries the values the form started from (`base`, JSON) and, after a conflict, `choice.<field>`. */
export function updateFormValues(form: FormData) {
  const choices: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (key.startsWith("choice.") && typeof value === "string") choices[key.slice("choice.".length)] = value;
  const base = text(form, "base");
  return {
    ...commitmentFormValues(form),
    version: text(form, "version"),
    ...(base ? { base } : {}),
    ...(Object.keys(choices).length ? { choices } : {}),
  };
}

export function pickFormValues(form: FormData, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, text(form, k)]));
}
