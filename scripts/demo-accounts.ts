// The embedded demo (npm start without configuration) gets one account per role, so a newcomer can try every
// part of the app. Passwords are random, printed once when the accounts are made, and never stored in clear.
import { randomBytes } from "node:crypto";
import { countUsers, createUser } from "@/lib/data/user-admin";

const DEMO_ACCOUNTS = [
  { email: "beheerder@demo.example", name: "Demo Beheerder", role: "admin", ministry: null },
  { email: "coordinator@demo.example", name: "Demo Coördinator", role: "coordinator", ministry: "JenV" },
  { email: "redacteur.jenv@demo.example", name: "Demo Redacteur JenV", role: "editor", ministry: "JenV" },
  { email: "redacteur.bzk@demo.example", name: "Demo Redacteur BZK", role: "editor", ministry: "BZK" },
] as const;

export async function ensureDemoAccounts(log: (m: string) => void): Promise<void> {
  if ((await countUsers()) > 0) return;
  const lines: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const password = randomBytes(12).toString("base64url");
    const result = await createUser("system", { ...account, password });
    if (!result.ok) throw new Error(`Demo-account ${account.email}: ${result.message}`);
    lines.push(`  ${account.role.padEnd(12)} ${account.email.padEnd(30)} ${password}`);
  }
  log(`demo-accounts aangemaakt (alleen nu getoond; bewaar ze als u ze wilt gebruiken):\n${lines.join("\n")}`);
}
