import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// localhost, not 127.0.0.1: session cookies are set for the host in NEXTAUTH_URL.
const baseURL = `http://localhost:${PORT}`;
const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? "data/e2e";

// Debian's Chromium where it is installed (no browser download is possible on locked-down machines, and .ci/run
// installs it); otherwise Playwright's own browser. Detected, not assumed.
function chromiumExecutable(): string | undefined {
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
}

export default defineConfig({
  testDir: "e2e",
  outputDir: `test-results/run-${PORT}`,
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumExecutable() },
  },
  // Sign in once per role (e2e/auth.setup.ts), then the tests, which reuse those sessions through storageState.
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium", dependencies: ["setup"], use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: {
    // `npm start` as a user runs it, on a fresh embedded database of its own, with SSO through a test OpenID
    // Connect provider that e2e/serve.ts starts first.
    command: "npx tsx e2e/serve.ts",
    url: `${baseURL}/toezeggingen`,
    env: { PORT: String(PORT), TZR_DATA_DIR: E2E_DATA_DIR },
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
