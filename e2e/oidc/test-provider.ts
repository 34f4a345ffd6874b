// A real OpenID Connect provider (npm oidc-provider) for the SSO end-to-end test: the app signs in against it
// exactly as against a ministry's provider. Its development login screen accepts any login; the login is used as
// the subject and, when it is an email address, as the email claim.
import Provider from "oidc-provider";

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

export async function startTestOidcProvider(options: { port: number; appUrl: string }): Promise<TestOidcProvider> {
  const issuer = `http://localhost:${options.port}`;
  const clientId = "toezeggingenregister";
  const clientSecret = "e2e-client-secret-that-is-long-enough";
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${options.appUrl}/api/auth/callback/sso`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    cookies: { keys: ["e2e-cookie-key-1"] },
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: id.includes("@") ? id : undefined, email_verified: true, name: id };
        },
      };
    },
    pkce: { required: () => true },
    // Like the Rijks identity providers (Azure AD, Keycloak), put the requested claims (email) in the ID token.
    conformIdTokenClaims: false,
  });
  provider.proxy = false;
  const server = provider.listen(options.port);
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
