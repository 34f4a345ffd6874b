// Playwright's web server: a test OIDC provider, then `npm start` (the README's command) on a fresh embedded
// database, configured to offer SSO through that provider. Stops both when Playwright stops it.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { startTestOidcProvider } from "./oidc/test-provider";

const port = Number(process.env.PORT ?? 3100);
const dataDir = process.env.TZR_DATA_DIR ?? "data/e2e";
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? port + 99);

rmSync(dataDir, { recursive: true, force: true });
const appUrl = `http://localhost:${port}`;
const oidc = await startTestOidcProvider({ port: oidcPort, appUrl });

const app = spawn("npm", ["start"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PORT: String(port),
    TZR_DATA_DIR: dataDir,
    DATABASE_URL: "",
    NEXTAUTH_URL: appUrl,
    SSO_ISSUER: oidc.issuer,
    SSO_CLIENT_ID: oidc.clientId,
    SSO_CLIENT_SECRET: oidc.clientSecret,
    SSO_NAME: "Test-SSO",
  },
});

async function stop(code: number) {
  if (app.exitCode === null) app.kill("SIGTERM");
  await oidc.close();
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
app.on("exit", (code) => void stop(code ?? 1));
