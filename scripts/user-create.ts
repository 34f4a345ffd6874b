// npm run user:create -- --email a@b.nl --name "Naam" --role admin [--ministry JenV] [--password …]
// Makes an account (the first admin, typically). Without --password a strong one is generated and shown once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { createUser } from "@/lib/data/user-admin";
import { withCliDatabase } from "./cli-database";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string" },
    ministry: { type: "string" },
    password: { type: "string" },
  },
});

const generated = values.password ? null : randomBytes(15).toString("base64url");
const result = await withCliDatabase(() =>
  createUser("system", {
    email: values.email,
    name: values.name,
    role: values.role,
    ministry: values.ministry ?? null,
    password: values.password ?? generated,
  }),
);
if (!result.ok) {
  console.error(`Account niet aangemaakt: ${result.message}`);
  for (const [field, messages] of Object.entries(result.errors ?? {})) console.error(`  --${field}: ${messages.join("; ")}`);
  process.exit(1);
}
console.log(`Account aangemaakt voor ${values.email} (${values.role}).`);
if (generated) console.log(`Wachtwoord (wordt niet opnieuw getoond): ${generated}`);
