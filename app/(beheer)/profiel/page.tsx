import type { Metadata } from "next";
import { ApiTokenCreateForm } from "@/components/profile/api-token-create-form";
import { ApiTokenList } from "@/components/profile/api-token-list";
import { NewPasswordForm } from "@/components/auth/new-password-form";
import { ProfileDetails } from "@/components/profile/profile-details";
import type { ApiTokenRow } from "@/components/profile/token-form-state";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/options";
import { requireUser } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/data/api-tokens";
import { formatDateTime } from "@/lib/format/dates";
import { hasPassword } from "@/lib/data/users";
import { changePasswordAction, createApiTokenAction, revokeApiTokenAction } from "./actions";

export const metadata: Metadata = { title: "Mijn profiel" };

export default async function ProfilePage() {
  const user = await requireUser("/profiel");
  const tokens: ApiTokenRow[] = (await listApiTokens(user)).map((t) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: formatDateTime(t.createdAt),
    lastUsedAt: t.lastUsedAt ? formatDateTime(t.lastUsedAt) : null,
    revokedAt: t.revokedAt ? formatDateTime(t.revokedAt) : null,
  }));
  const hours = Math.round(SESSION_MAX_AGE_SECONDS / 3600);
  const withPassword = await hasPassword(user.id);

  return (
    <div className="max-w-4xl space-y-8">
      <h1 className="text-2xl font-semibold">Mijn profiel</h1>

      <section aria-labelledby="gegevens" className="space-y-2">
        <h2 id="gegevens" className="text-lg font-semibold">
          Gegevens
        </h2>
        <ProfileDetails user={user} />
        <p className="text-sm text-muted">Uw rol en ministerie worden ingesteld door een beheerder.</p>
      </section>

      <section aria-labelledby="sessie" className="space-y-2">
        <h2 id="sessie" className="text-lg font-semibold">
          Sessie
        </h2>
        <p>
          U blijft maximaal {hours} uur ingelogd; daarna vraagt het register u opnieuw in te loggen. Op een gedeelde computer logt u uit met de knop Uitloggen
          bovenaan. Uitloggen beëindigt uw sessies op al uw apparaten, net als een nieuw wachtwoord of een andere rol.
        </p>
      </section>

      <section aria-labelledby="wachtwoord" className="space-y-2">
        <h2 id="wachtwoord" className="text-lg font-semibold">
          Wachtwoord
        </h2>
        {withPassword ? (
          <NewPasswordForm action={changePasswordAction} withCurrent submitLabel="Wachtwoord wijzigen" />
        ) : (
          <p>Uw account logt in via SSO en heeft hier geen wachtwoord. Uw wachtwoord wijzigt u bij uw SSO-dienst.</p>
        )}
      </section>

      <section aria-labelledby="api-tokens" className="space-y-4">
        <h2 id="api-tokens" className="text-lg font-semibold">
          API-tokens
        </h2>
        <p className="text-sm">
          Met een API-token kan een programma namens u toezeggingen bijwerken via de <a href="/api/v1/openapi.json">JSON-API</a>. Een token heeft dezelfde
          rechten als uw account. Trek een token in zodra u het niet meer gebruikt of als het bij iemand anders terecht kan zijn gekomen.
        </p>
        <ApiTokenCreateForm action={createApiTokenAction} />
        <h3 className="pt-2 font-semibold">Uw tokens</h3>
        <ApiTokenList tokens={tokens} action={revokeApiTokenAction} />
      </section>
    </div>
  );
}
