import { ROLE_LABELS, ROLES } from "@/lib/auth/permissions";

/** What each role may do, in the words the refusals use (see decide() in lib/auth/permissions.ts). */
export const ROLE_HINT =
  "Redacteur: houdt de toezeggingen van één ministerie bij. Coördinator: alle ministeries, ook afsluiten en termijnen. Beheerder: daarnaast gebruikers beheren.";

export function RoleOptions() {
  return (
    <>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </>
  );
}

export function MinistryOptions({ ministries, emptyLabel }: { ministries: Array<{ code: string; name: string }>; emptyLabel: string }) {
  return (
    <>
      <option value="">{emptyLabel}</option>
      {ministries.map((m) => (
        <option key={m.code} value={m.code}>
          {m.name.replace(/^Ministerie van /, "")} ({m.code})
        </option>
      ))}
    </>
  );
}
