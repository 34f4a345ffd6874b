// Signs in once per role, before the other tests: each role's browser state (the session cookie) and account are
// kept under test-results/.auth/ for the specs that only need "someone with this role" (signedInAs in support.ts).
// Specs about accounts and sessions themselves (sign-out, disabling, SSO) make their own.
import { writeFileSync, mkdirSync } from "node:fs";
import { test as setup } from "@playwright/test";
import { AUTH_DIR, accountFile, createAccount, ROLES, signIn, storageStateFile } from "./support";

mkdirSync(AUTH_DIR, { recursive: true });

for (const [key, { role, ministry, name }] of Object.entries(ROLES)) {
  setup(`sign in once as ${key}`, async ({ page }) => {
    const account = createAccount(role, { ministry, name });
    await signIn(page, account);
    await page.context().storageState({ path: storageStateFile(key as keyof typeof ROLES) });
    writeFileSync(accountFile(key as keyof typeof ROLES), JSON.stringify(account));
  });
}
