import Link from "next/link";

/** A page someone's role does not open: its title, why not (the permission's own message), and a way on. */
export function NotAllowed({ title, message, back }: { title: string; message: string; back: { href: string; label: string } }) {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-overdue">
        {message}
      </p>
      <p className="text-sm">
        <Link href={back.href}>{back.label}</Link>
      </p>
    </div>
  );
}
