import type { Metadata } from "next";
import { NotAllowed } from "@/components/auth/not-allowed";
import { UserCreateForm } from "@/components/users/user-create-form";
import type { UserRowData } from "@/components/users/user-row-data";
import { UserTable } from "@/components/users/user-table";
import { decide } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { listFilterOptions } from "@/lib/data/reference-data";
import { listUsers } from "@/lib/data/user-admin";
import { createUserAction, issuePasswordResetAction, updateUserAction } from "./actions";

export const metadata: Metadata = { title: "Gebruikers" };

export default async function UsersPage() {
  const user = await requireUser("/beheer/gebruikers");
  const decision = decide(user, "user.manage");
  if (!decision.allowed) {
    return (
      <NotAllowed
        title="Gebruikers"
        message={`${decision.message} Vraag een beheerder als u een account wilt laten toevoegen of wijzigen.`}
        back={{ href: "/profiel", label: "Naar uw profiel" }}
      />
    );
  }
  const [users, { ministries }] = await Promise.all([listUsers(user), listFilterOptions()]);
  const rows: UserRowData[] = (users ?? []).map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    ministryCode: u.ministry?.code ?? null,
    ssoLinked: Boolean(u.ssoSubject),
    disabled: u.disabled,
    isSelf: u.id === user.id,
  }));
  const active = rows.filter((r) => !r.disabled).length;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Gebruikers</h1>
        <p className="mt-1 text-sm text-muted">
          {rows.length} {rows.length === 1 ? "account" : "accounts"}, waarvan {active} actief. Een wijziging geldt direct, ook voor wie al is ingelogd.
        </p>
      </div>

      <section aria-labelledby="accounts" className="space-y-3">
        <h2 id="accounts" className="text-lg font-semibold">
          Accounts
        </h2>
        <UserTable users={rows} ministries={ministries} action={updateUserAction} resetAction={issuePasswordResetAction} />
      </section>

      <section aria-labelledby="toevoegen" className="max-w-3xl space-y-3">
        <h2 id="toevoegen" className="text-lg font-semibold">
          Gebruiker toevoegen
        </h2>
        <UserCreateForm action={createUserAction} ministries={ministries} />
      </section>
    </div>
  );
}
