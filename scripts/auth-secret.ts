// next-auth signs sessions with NEXTAUTH_SECRET. A real deployment sets it; the embedded demo gets a random one,
// kept in the data folder (mode 0600) so sessions survive a restart.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function resolveAuthSecret(env: NodeJS.ProcessEnv, embedded: boolean, dataDir: string): string {
  const configured = env.NEXTAUTH_SECRET || env.AUTH_SECRET;
  if (configured) return configured;
  if (!embedded) {
    console.error("NEXTAUTH_SECRET ontbreekt. Zet een geheime waarde van minstens 32 tekens, bijvoorbeeld: openssl rand -base64 32");
    process.exit(1);
  }
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
