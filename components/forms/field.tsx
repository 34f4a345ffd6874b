import type { ReactNode } from "react";

export const inputClass =
  "block w-full rounded border border-gray-500 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-overdue aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-overdue";

/** A labelled field with its hint and errors wired to the control through aria-describedby. */
export function Field({
  id,
  label,
  hint,
  errors,
  required,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  required?: boolean;
  children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean; required?: boolean }) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {required ? (
          <span className="text-overdue" aria-hidden="true">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-describedby": describedBy, "aria-invalid": errors?.length ? true : undefined, required })}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-overdue">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The form-level message, announced to screen readers when it changes. */
export function FormMessage({ status, message }: { status?: string; message?: string }) {
  return (
    <div aria-live="polite" role="status">
      {message ? (
        <p className={`rounded border p-3 text-sm ${status === "saved" ? "border-green-300 bg-green-50 text-ok" : "border-red-300 bg-red-50 text-overdue"}`}>
          {message}
        </p>
      ) : null}
    </div>
  );
}

export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="rounded bg-rijks px-4 py-2 text-sm font-medium text-white hover:bg-rijks/90 disabled:opacity-60"
    >
      {pending ? "Bezig met opslaan…" : children}
    </button>
  );
}
