// FormData from the commitment forms → the plain objects the shared zod schemas parse (the API sends JSON of the
// same shape). Empty reference rows are dropped: the form always shows a spare one.
const text = (form: FormData, key: string) => {
  const value = form.get(key);
  return typeof value === "string" ? value : undefined;
};

export function commitmentFormValues(form: FormData) {
  const citations = form.getAll("refCitation").map(String);
  const roles = form.getAll("refRole").map(String);
  const references = citations
    .map((citation, i) => ({ citation: citation.trim(), role: roles[i] ?? "related" }))
    .filter((r) => r.citation !== "");
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

export function updateFormValues(form: FormData) {
  return { ...commitmentFormValues(form), version: text(form, "version") };
}

export function pickFormValues(form: FormData, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, text(form, k)]));
}
