import type { CurrentUser } from "@/lib/auth/current-user";
import { isRole, ROLE_LABELS } from "@/lib/auth/permissions";

function ministryText(user: CurrentUser): string {
  if (user.ministryName) return `${user.ministryName} (${user.ministryCode})`;
  // Coordinators and admins work across ministries; an editor without one can change nothing (see decide()).
  return user.role === "editor" ? "Niet gekoppeld — vraag een beheerder dit in te stellen" : "Geen (u werkt voor alle ministeries)";
}

export function ProfileDetails({ user }: { user: CurrentUser }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded border border-gray-200 bg-white p-4 sm:grid-cols-[12rem_1fr]">
      <dt className="font-medium">Naam</dt>
      <dd>{user.name}</dd>
      <dt className="font-medium">E-mailadres</dt>
      <dd>{user.email}</dd>
      <dt className="font-medium">Rol</dt>
      <dd>{isRole(user.role) ? ROLE_LABELS[user.role] : `Onbekende rol (${user.role}): geen rechten`}</dd>
      <dt className="font-medium">Ministerie</dt>
      <dd>{ministryText(user)}</dd>
    </dl>
  );
}
