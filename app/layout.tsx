import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { decide } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Toezeggingenregister", template: "%s · Toezeggingenregister" },
  description: "Toezeggingen van bewindspersonen aan de Staten-Generaal: status, termijn en Kamerstukken.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="nl">
      <body className="min-h-screen font-sans">
        <a href="#inhoud" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Naar de inhoud
        </a>
        <header className="bg-rijks text-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
            <Link href="/toezeggingen" className="text-lg font-semibold text-white no-underline">
              Toezeggingenregister
            </Link>
            <nav aria-label="Hoofdmenu">
              <ul className="flex gap-5 text-sm">
                <li>
                  <Link href="/toezeggingen" className="text-white">
                    Toezeggingen
                  </Link>
                </li>
                <li>
                  <Link href="/toezeggingen?status=overdue" className="text-white">
                    Over de termijn
                  </Link>
                </li>
                <li>
                  <a href="/api/v1/openapi.json" className="text-white">
                    API
                  </a>
                </li>
                {user ? (
                  <>
                    <li>
                      <Link href="/beheer/toezeggingen/nieuw" className="text-white">
                        Nieuwe toezegging
                      </Link>
                    </li>
                    {decide(user, "commitment.create", { ministryCode: user.ministryCode ?? "" }).allowed ? (
                      <li>
                        <Link href="/beheer/import/brief" className="text-white">
                          Brief importeren
                        </Link>
                      </li>
                    ) : null}
                    {decide(user, "commitment.edit", { ministryCode: user.ministryCode ?? "" }).allowed ? (
                      <li>
                        <Link href="/beheer/import/csv" className="text-white">
                          Importeren
                        </Link>
                      </li>
                    ) : null}
                    {decide(user, "user.manage").allowed ? (
                      <li>
                        <Link href="/beheer/gebruikers" className="text-white">
                          Gebruikers
                        </Link>
                      </li>
                    ) : null}
                    {decide(user, "minister.merge").allowed ? (
                      <li>
                        <Link href="/beheer/bewindspersonen" className="text-white">
                          Bewindspersonen
                        </Link>
                      </li>
                    ) : null}
                    <li>
                      {/* A plain link: a full page request is answered from the dashboard's last render (lib/page-cache),
                          a client-side navigation would render it again. */}
                      <a href="/overzicht" className="text-white">
                        Overzicht
                      </a>
                    </li>
                    <li>
                      <Link href="/volgen" className="text-white">
                        Volgen
                      </Link>
                    </li>
                    <li>
                      <Link href="/profiel" className="text-white">
                        {user.name}
                      </Link>
                    </li>
                    <li>
                      <SignOutButton />
                    </li>
                  </>
                ) : (
                  <li>
                    <Link href="/login" className="text-white">
                      Inloggen
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          </div>
        </header>
        <main id="inhoud" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl px-4 py-8 text-sm text-muted">
          Open data: alle gegevens zijn ook beschikbaar via de <a href="/api/v1/openapi.json">JSON-API</a>.
        </footer>
      </body>
    </html>
  );
}
