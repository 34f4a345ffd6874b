import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/import/import-form";
import { requireUser } from "@/lib/auth/session";
import { mayImport } from "@/lib/data/import-csv";
import { REQUIRED_COLUMNS } from "@/lib/import/csv-columns";
import { MAX_IMPORT_ROWS_LABEL, MAX_IMPORT_SIZE_LABEL } from "@/lib/import/limits";
import { csvImportAction } from "./actions";

export const metadata: Metadata = { title: "Toezeggingen importeren (CSV)" };

export default async function CsvImportPage() {
  const user = await requireUser("/beheer/import/csv");
  const refused = mayImport(user);
  return (
    <div className="max-w-5xl space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold">Toezeggingen importeren (CSV)</h1>
        <p>
          Wijzig of voeg toezeggingen toe in een spreadsheet. Begin met de <a href="/api/v1/commitments.csv">CSV-export van de lijst</a> (of van een selectie op{" "}
          <Link href="/toezeggingen">Toezeggingen</Link>), pas die aan in Excel en sla op als CSV (‘CSV UTF-8’, of met puntkomma’s zoals de Nederlandse Excel
          doet).
        </p>
        <details className="rounded border border-gray-200 bg-white p-3 text-sm">
          <summary className="cursor-pointer font-medium">Hoe het bestand wordt gelezen</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>
              De kolommen zijn die van de export, met de korte of de Nederlandse namen. Verplicht: {REQUIRED_COLUMNS.join(", ")}. Ontbreekt een andere kolom,
              dan blijft dat veld zoals het is.
            </li>
            <li>
              Een rij met een <strong>nummer</strong> werkt die toezegging bij. De <strong>versie</strong> moet die van de export zijn: is de toezegging
              intussen gewijzigd, dan is de rij een conflict en wordt ze niet overschreven.
            </li>
            <li>Een rij zonder nummer wordt een nieuwe toezegging.</li>
            <li>
              Een andere <strong>status</strong> volgt de gewone regels: ‘nagekomen’ vraagt het Kamerstuk dat haar nakomt in de kolom kamerstukken (‘fulfilment:
              Kamerstuk 29 628, nr. 1030’); vervallen, intrekken, heropenen en deels nagekomen vragen een toelichting in een extra kolom <strong>reden</strong>.
            </li>
            <li>
              Een andere <strong>termijn</strong> is een nieuwe termijn en vraagt ook een reden in de kolom reden.
            </li>
            <li>
              Termijn vroegst en uiterlijk, precisie, over de termijn, nagekomen op en dossiers leidt het register zelf af; die kolommen worden genegeerd.
            </li>
            <li>Als redacteur kunt u alleen toezeggingen van uw eigen ministerie wijzigen of toevoegen.</li>
            <li>
              Ten hoogste {MAX_IMPORT_SIZE_LABEL} en {MAX_IMPORT_ROWS_LABEL} rijen per bestand.
            </li>
          </ul>
        </details>
        <p className="text-sm">
          Eerst controleert u het bestand: dan verandert er nog niets. Importeren gebeurt in één keer: alle rijen of geen, en elke gewijzigde toezegging krijgt
          één regel in haar geschiedenis. Toezeggingen uit de open data van de Tweede Kamer importeert u op{" "}
          <Link href="/beheer/import/tweede-kamer">Importeren uit de Tweede Kamer</Link>.
        </p>
      </div>
      {refused && !refused.ok ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-overdue">
          {refused.message}
        </p>
      ) : (
        <ImportForm action={csvImportAction} accept=".csv,text/csv" label="CSV-bestand" hint="Een CSV met de kolommen van de export." columnName="Kolom" />
      )}
    </div>
  );
}
