import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-semibold">Niet gevonden</h1>
      <p className="mt-3">Deze pagina bestaat niet (meer). Controleer het adres, of zoek verder in het register.</p>
      <p className="mt-3">
        <Link href="/toezeggingen">Naar alle toezeggingen</Link>
      </p>
    </div>
  );
}
