/** A list of problems with the request, each naming the field it concerns. */
export function ErrorSummary({ title, errors }: { title: string; errors: Record<string, string[]> }) {
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-4 text-overdue">
      <h2 className="font-semibold">{title}</h2>
      <ul className="mt-2 list-disc pl-5">
        {Object.entries(errors).map(([field, messages]) => (
          <li key={field}>
            <strong>{field}</strong>: {messages.join("; ")}
          </li>
        ))}
      </ul>
    </div>
  );
}
