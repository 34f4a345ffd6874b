import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { CurrentUser } from "./current-user";
import { authOptions } from "./options";

/**
 * The signed-in, active user of this request, or null. Once per request: the layout (the menu) and the page both ask,
 * and each answer would otherwise decrypt the session and query the user again.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // The session callback (lib/auth/options.ts) has checked the account and the session generation, and hands over
  // the user it read: one lookup per request.
  const session = (await getServerSession(authOptions)) as { current?: CurrentUser } | null;
  return session?.current ?? null;
});

/** For pages that need a signed-in user: sends everyone else to the sign-in page and back. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
