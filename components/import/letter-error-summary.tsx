const FIELD_LABELS: Record<string, string> = {
  decision: "overnemen of niet",
  fulfils: "nagekomen toezegging",
  title: "korte titel",
  text: "letterlijke tekst",
  deadlinePhrase: "termijn",
  ministry: "ministerie",
  ministerName: "bewindspersoon",
  ministerFunction: "functie",
  _: "Kamerstukken",
};

const LETTER_FIELDS: Record<string, { id: string; label: string }> = {
  "letter.citation": { id: "letter-citation", label: "Kamerstuk van de brief" },
  "letter.date": { id: "letter-date", label: "Datum van de brief" },
  "letter.title": { id: "letter-title", label: "Onderwerp van de brief" },
};

/** Where an error of the save answer belongs: the field's id on the page and how to name it. */
export function locateError(key: string): { id: string | null; label: string } {
  if (LETTER_FIELDS[key]) return LETTER_FIELDS[key];
  const m = /^candidates\.(\d+)\.(.+)$/.exec(key);
  if (!m) return { id: null, label: key === "text" ? "Tekst van de brief" : "Kandidaten" };
  const [, index, field] = m as unknown as [string, string, string];
  const n = Number(index) + 1;
  const ref = /^ref\.(\d+)$/.exec(field);
  if (ref) return { id: `c${index}-heading`, label: `Kandidaat ${n}, aangehaald Kamerstuk ${Number(ref[1]) + 1}` };
  const id = field !== "_" && FIELD_LABELS[field] ? `c${index}-${field}` : `c${index}-heading`;
  return { id, label: `Kandidaat ${n}, ${FIELD_LABELS[field] ?? field}` };
}

/** The save's answer on top of the form: what went wrong, each problem linked to its field. */
export function LetterErrorSummary({ message, errors }: { message: string; errors: Record<string, string[]> }) {
  const entries = Object.entries(errors);
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-4 text-sm text-overdue">
      <p className="font-semibold">{message}</p>
      {entries.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {entries.map(([key, messages]) => {
            const { id, label } = locateError(key);
            return (
              <li key={key}>
                {id ? (
                  <a href={`#${id}`} className="text-overdue">
                    {label}
                  </a>
                ) : (
                  <span>{label}</span>
                )}
                : {messages.join(" ")}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
