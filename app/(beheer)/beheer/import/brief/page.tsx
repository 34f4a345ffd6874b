import type { Metadata } from "next";
import { LetterImport } from "@/components/import/letter-import";
import { decide } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listFilterOptions } from "@/lib/data/reference-data";
import { analyseLetterAction, saveLetterImportAction } from "./actions";

export const metadata: Metadata = { title: "Brief importeren" };

export default async function LetterImportPage() {
  const user = await requireUser("/beheer/import/brief");
  const allowed = decide(user, "commitment.create", { ministryCode: user.ministryCode ?? "" });
  const { ministries } = await listFilterOptions();
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-semibold">Brief importeren</h1>
      <p className="text-sm">
        Lees een Kamerbrief in: het register zoekt de toezeggingen die de brief doet en de toezeggingen die hij nakomt. U beoordeelt elke kandidaat voordat er
        iets wordt vastgelegd.
      </p>
      {!allowed.allowed ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-overdue">
          {allowed.message}
        </p>
      ) : (
        <LetterImport
          ministries={user.role === "editor" ? ministries.filter((m) => m.code === user.ministryCode) : ministries}
          actor={{ id: user.id, role: user.role, ministryCode: user.ministryCode }}
          analyse={analyseLetterAction}
          save={saveLetterImportAction}
        />
      )}
    </div>
  );
}
