import "server-only";
import { getSessionUser } from "@/lib/data/users";
import type { CurrentUser } from "./current-user";

/**
 * The active user of a decoded session token, or null when its session has ended (no generation in it, an older
 * generation than the account's, or a disabled account). Used by the session callback and by the proxy.
 */
export function sessionUserOf(token: Record<string, unknown> | null): Promise<CurrentUser | null> {
  if (typeof token?.uid !== "string" || typeof token.gen !== "number") return Promise.resolve(null);
  return getSessionUser(token.uid, token.gen);
}
