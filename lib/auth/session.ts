import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getActiveUser } from "@/lib/data/users";
import type { CurrentUser } from "./current-user";
import { authOptions } from "./options";

/**
 * The signed-in, active user of this request, or null. Once per request: the layout (the menu) and the page both ask,
 * and each answer would otherwise decrypt the session and query the user again.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(authOptions)) as { uid?: string } | null;
  return session?.uid ? getActiveUser(session.uid) : null;
});

/** For pages that need a signed-in user: sends everyone else to the sign-in page and back. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
