// npm run token:create -- --email a@b.nl --name "Nachtelijke export"
// Makes an API token for an existing, active account, as "API-tokens" on /profiel does (with its audit event and
// the account's permissions), and prints it this once: only its hash is stored. For scripts and operations.
import { parseArgs } from "node:util";
import { createApiToken } from "@/lib/data/api-tokens";
import { AppError } from "@/lib/data/errors";
import { getActiveUserByEmail } from "@/lib/data/users";
import { withCliDatabase } from "./cli-database";

const USAGE = 'npm run token:create -- --email <e-mailadres> --name "<waarvoor het token is>"';
const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } }, strict: true });
const { email, name } = values;
if (!email || name === undefined) {
  console.error(`Geef --email en --name op.\n  ${USAGE}`);
  process.exit(2);
}

const outcome = await withCliDatabase(async () => {
  const user = await getActiveUserByEmail(email);
  if (!user) return { ok: false as const, message: `Er is geen actief account met e-mailadres ${email}.` };
  try {
    return { ok: true as const, user, ...(await createApiToken(user, name)) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const fields = Object.values(error.errors ?? {}).flat();
    return { ok: false as const, message: fields.length ? fields.join(" ") : error.message };
  }
});
if (!outcome.ok) {
  console.error(`Geen token gemaakt: ${outcome.message}`);
  process.exit(1);
}
console.error(`API-token "${outcome.name}" gemaakt voor ${outcome.user.name} (${outcome.user.email}, ${outcome.user.role}). Het wordt niet opnieuw getoond:`);
console.log(outcome.token);
