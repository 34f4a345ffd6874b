import type { OAuthConfig } from "next-auth/providers/oauth";
import { type ServerEnv, serverEnv } from "@/lib/env";

interface OidcProfile {
  sub: string;
  email?: string;
  name?: string;
}

/**
 * A ministry's OpenID Connect provider, when configured by environment:
 * SSO_ISSUER (the issuer URL; discovery at /.well-known/openid-configuration), SSO_CLIENT_ID, SSO_CLIENT_SECRET,
 * and optionally SSO_NAME (the button label). Accounts must be provisioned first; SSO never creates users.
 */
export function ssoProvider(sso: ServerEnv["sso"] = serverEnv().sso): OAuthConfig<OidcProfile> | null {
  if (!sso) return null;
  const { issuer, clientId, clientSecret } = sso;
  return {
    id: "sso",
    name: sso.name,
    type: "oauth",
    wellKnown: `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    issuer,
    clientId,
    clientSecret,
    idToken: true,
    checks: ["pkce", "state"],
    authorization: { params: { scope: "openid email profile" } },
    profile(profile) {
      return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? profile.email ?? profile.sub };
    },
  };
}
