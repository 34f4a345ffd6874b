import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/import/import-form";
import { requireUser } from "@/lib/auth/session";
import { mayImport } from "@/lib/data/import-csv";
import { MAX_IMPORT_ROWS_LABEL, MAX_IMPORT_SIZE_LABEL } from "@/lib/import/limits";
import { STATUS_LABELS } from "@/lib/commitment/labels";
import { TK_STATUS_MAPPING } from "@/lib/import/tk-record";
import { tkImportAction } from "./actions";

export const metadata: Metadata = { title: "Importeren uit de Tweede Kamer" };

export default async function TkImportPage() {
  const user = await requireUser("/beheer/import/tweede-kamer");
  const refused = mayImport(user);
  return (
    <div className="max-w-5xl space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold">Importeren uit de Tweede Kamer</h1>
        <p>
          Neem toezeggingen over uit de open data van de Tweede Kamer: een JSON-bestand van de entiteit <strong>Toezegging</strong>, zoals de OData-API het
          geeft (<code>{'{ "value": [ … ] }'}</code>) of als lijst. Elke toezegging wordt herkend aan het nummer van de Kamer: opnieuw importeren maakt niets
          dubbel en verandert alleen wat bij de Kamer is veranderd (tekst, status, datum nakoming, bewindspersoon, ministerie, kamerbrief). Titel en activiteit
          worden alleen bij het aanmaken gezet.
        </p>
        <details className="rounded border border-gray-200 bg-white p-3 text-sm">
          <summary className="cursor-pointer font-medium">Hoe de velden worden gelezen</summary>
          <table className="mt-2 border-collapse text-left">
            <caption className="py-1 text-left font-medium">Status bij de Tweede Kamer en in het register</caption>
            <thead>
              <tr>
                <th scope="col" className="pr-6">
                  Tweede Kamer
                </th>
                <th scope="col">Register</th>
              </tr>
            </thead>
            <tbody>
              {TK_STATUS_MAPPING.map((m) => (
                <tr key={m.tk}>
                  <th scope="row" className="pr-6 font-normal">
                    {m.tk}
                  </th>
                  <td>{STATUS_LABELS[m.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>Een andere status wordt gemeld en die toezegging wordt niet geïmporteerd.</li>
            <li>DatumNakoming wordt de termijn (‘1 juli 2022’); 0001-01-01 betekent: geen termijn.</li>
            <li>Het ministerie moet in het register bestaan (‘Justitie en Veiligheid’ mag, zonder ‘Ministerie van’).</li>
            <li>KamerbriefNakoming wordt als Kamerstuk gekoppeld als het een herkenbaar Kamerstuk is; anders volgt een melding.</li>
            <li>
              Verwijderde toezeggingen worden overgeslagen. Ten hoogste {MAX_IMPORT_SIZE_LABEL} en {MAX_IMPORT_ROWS_LABEL} toezeggingen per bestand.
            </li>
            <li>
              Op de server kan het ook: <code>npm run import:tk -- bestand.json --dry-run</code>.
            </li>
          </ul>
        </details>
        <p className="text-sm">
          Eerst controleert u het bestand: dan verandert er nog niets. Een eigen spreadsheet importeert u op{" "}
          <Link href="/beheer/import/csv">Toezeggingen importeren (CSV)</Link>.
        </p>
      </div>
      {refused && !refused.ok ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-overdue">
          {refused.message}
        </p>
      ) : (
        <ImportForm
          action={tkImportAction}
          accept=".json,application/json"
          label="JSON-bestand van de Tweede Kamer"
          hint="Het antwoord van de OData-API voor Toezegging."
          columnName="Veld"
        />
      )}
    </div>
  );
}
