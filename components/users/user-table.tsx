import type { FormState } from "@/lib/validation/form-state";
import type { ResetAction } from "./password-reset-form";
import { UserRow } from "./user-row";
import type { MinistryOption, UserRowData } from "./user-row-data";

export function UserTable({
  users,
  ministries,
  action,
  resetAction,
}: {
  users: UserRowData[];
  ministries: MinistryOption[];
  action: (state: FormState, form: FormData) => Promise<FormState>;
  resetAction: ResetAction;
}) {
  return (
    <div className="overflow-x-auto rounded border border-gray-200 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Gebruikers van het register</caption>
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              E-mailadres
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Naam
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Rol
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Ministerie
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              SSO-gekoppeld
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Status
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              <span className="sr-only">Acties</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <UserRow key={u.id} user={u} ministries={ministries} action={action} resetAction={resetAction} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
