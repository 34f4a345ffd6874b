import type { CurrentUser } from "@/lib/auth/current-user";
import type { Actor as PermissionActor } from "@/lib/auth/permissions";
import type { Actor as AuditActor } from "./audit";

/** The user as the audit trail records them. */
export function actorOf(user: CurrentUser): AuditActor {
  return { id: user.id, name: user.name, ministry: user.ministryName };
}

export function permissionActor(user: CurrentUser | null): PermissionActor | null {
  return user ? { id: user.id, role: user.role, ministryCode: user.ministryCode } : null;
}
