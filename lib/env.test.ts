import { afterEach, describe, expect, it, vi } from "vitest";
import { checkServerEnv, ConfigurationError, serverEnv } from "./env";

describe("checkServerEnv", () => {
  it("gives a bare local run its defaults", () => {
    const checked = checkServerEnv({});
    expect(checked).toMatchObject({
      ok: true,
      env: { publicOrigin: undefined, port: 3000, pageCache: true, trustedProxies: 0, sso: null, pinnedToday: undefined },
    });
  });

  it("reads a deployment's settings", () => {
    const checked = checkServerEnv({
      NEXTAUTH_URL: "https://toezeggingen.minjenv.nl/",
      NEXTAUTH_SECRET: "een-geheim-van-minstens-zestien-tekens",
      DATABASE_URL: "postgres://app@db:5432/register",
      DATABASE_POOL_SIZE: "20",
      TRUSTED_PROXIES: "1",
      TZR_TODAY: "2026-12-07",
      SSO_ISSUER: "https://sso.example.nl/realms/rijk",
      SSO_CLIENT_ID: "register",
      SSO_CLIENT_SECRET: "s",
    });
    expect(checked).toMatchObject({
      ok: true,
      env: {
        publicOrigin: "https://toezeggingen.minjenv.nl",
        https: true,
        databasePoolSize: 20,
        trustedProxies: 1,
        pinnedToday: "2026-12-07",
        sso: { name: "Rijks-SSO" },
      },
    });
  });

  it("names every wrong setting at once", () => {
    const checked = checkServerEnv({
      NEXTAUTH_URL: "toezeggingen.minjenv.nl",
      DATABASE_URL: "mysql://x",
      TRUSTED_PROXIES: "veel",
      TZR_TODAY: "2026-02-30",
      SSO_ISSUER: "https://sso.example.nl",
      SMTP_URL: "smtp://mail.example.nl",
    });
    expect(checked.ok).toBe(false);
    const issues = checked.ok ? [] : checked.issues.join("\n");
    for (const name of ["NEXTAUTH_URL", "DATABASE_URL", "TRUSTED_PROXIES", "TZR_TODAY", "SSO_ISSUER", "MAIL_FROM"]) expect(issues).toContain(name);
  });
});

describe("serverEnv", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("follows a changed variable and throws a ConfigurationError for a wrong one", () => {
    vi.stubEnv("TZR_TODAY", "2030-01-02");
    expect(serverEnv().pinnedToday).toBe("2030-01-02");
    vi.stubEnv("TZR_TODAY", "morgen");
    expect(() => serverEnv()).toThrow(ConfigurationError);
  });
});
