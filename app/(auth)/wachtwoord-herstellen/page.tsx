import type { Metadata } from "next";
import Link from "next/link";
import { NewPasswordForm } from "@/components/auth/new-password-form";
import { resetLinkUsable } from "@/lib/data/passwords";
import { resetPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Nieuw wachtwoord kiezen" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && (await resetLinkUsable(token));
  return (
    <div className="mx-auto max-w-md space-y-4 rounded border border-gray-200 bg-white p-6">
      <h1 className="text-2xl font-semibold">Nieuw wachtwoord kiezen</h1>
      {usable ? (
        <NewPasswordForm
          action={resetPasswordAction}
          token={token}
          submitLabel="Wachtwoord instellen"
          after={
            <p className="text-sm">
              <Link href="/login">Naar inloggen</Link>
            </p>
          }
        />
      ) : (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-overdue">
          Deze link is niet meer geldig: hij is al gebruikt, verlopen of ingetrokken. Vraag een nieuwe aan via{" "}
          <Link href="/wachtwoord-vergeten">Wachtwoord vergeten</Link>.
        </p>
      )}
    </div>
  );
}
