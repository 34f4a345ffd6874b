import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "@/components/auth/login-form";
import { ssoProvider } from "@/lib/auth/sso";

export const metadata: Metadata = { title: "Inloggen" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Only local paths: a sign-in link must never send someone to another site afterwards. */
function safeCallback(value: unknown): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/toezeggingen";
}

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const sso = ssoProvider();
  return (
    <div className="mx-auto max-w-md rounded border border-gray-200 bg-white p-6">
      <h1 className="mb-2 text-2xl font-semibold">Inloggen</h1>
      <p className="mb-6 text-sm text-muted">Voor medewerkers die toezeggingen bijhouden. Lezen kan zonder in te loggen.</p>
      <LoginForm
        callbackUrl={safeCallback(params.callbackUrl)}
        ssoName={sso?.name ?? null}
        initialError={typeof params.error === "string" ? params.error : undefined}
      />
      <p className="mt-4 text-sm">
        <Link href="/wachtwoord-vergeten">Wachtwoord vergeten?</Link>
      </p>
    </div>
  );
}
