"use client";

import { useActionState, useState } from "react";
import { Field, FormMessage, inputClass, SubmitButton } from "@/components/forms/field";
import { isRole, ROLE_LABELS } from "@/lib/auth/permissions";
import type { FormState } from "@/lib/validation/form-state";
import { PasswordResetForm, type ResetAction } from "./password-reset-form";
import { MinistryOptions, RoleOptions } from "./role-options";
import type { MinistryOption, UserRowData } from "./user-row-data";

export const USER_TABLE_COLUMNS = 7;

/** One user: a row of facts, and below it (on request) the small form that changes role, ministry and status. */
export function UserRow({
  user,
  ministries,
  action,
  resetAction,
}: {
  user: UserRowData;
  ministries: MinistryOption[];
  action: (state: FormState, form: FormData) => Promise<FormState>;
  resetAction: ResetAction;
}) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  const typed = state.values as { role?: string; ministry?: string; disabled?: boolean } | undefined;
  const values = { role: typed?.role ?? user.role, ministry: typed?.ministry ?? user.ministryCode ?? "", disabled: typed?.disabled ?? user.disabled };
  const errors = state.errors ?? {};
  const formId = `user-${user.id}`;
  const ministryName = ministries.find((m) => m.code === user.ministryCode)?.name;

  return (
    <>
      <tr className={`border-t border-gray-200 align-top ${user.disabled ? "bg-gray-50" : ""}`}>
        <th scope="row" className="break-all px-3 py-2 font-medium">
          {user.email}
        </th>
        <td className="px-3 py-2">
          {user.name}
          {user.isSelf ? <span className="block text-xs text-muted">Dit bent u</span> : null}
        </td>
        <td className="px-3 py-2">{isRole(user.role) ? ROLE_LABELS[user.role] : `Onbekend (${user.role})`}</td>
        <td className="px-3 py-2">{user.ministryCode ? <span title={ministryName}>{user.ministryCode}</span> : <span className="text-muted">Geen</span>}</td>
        <td className="px-3 py-2">{user.ssoLinked ? "Ja" : "Nee"}</td>
        <td className="px-3 py-2">
          {user.disabled ? (
            <span className="inline-block rounded border border-gray-400 bg-gray-100 px-2 py-0.5 text-xs font-medium text-gray-800">Uitgeschakeld</span>
          ) : (
            <span className="inline-block rounded border border-green-300 bg-green-50 px-2 py-0.5 text-xs font-medium text-ok">Actief</span>
          )}
        </td>
        <td className="px-3 py-2 text-right">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={open ? formId : undefined}
            onClick={() => setOpen((o) => !o)}
            className="rounded border border-rijks bg-white px-3 py-1 text-sm text-rijks hover:bg-rijks-light aria-expanded:bg-rijks-light aria-expanded:font-medium"
          >
            Wijzigen<span className="sr-only"> ({user.email})</span>
          </button>
        </td>
      </tr>
      {open ? (
        <tr className="bg-rijks-light/60">
          <td colSpan={USER_TABLE_COLUMNS} className="px-3 py-3">
            <form
              id={formId}
              action={formAction}
              key={JSON.stringify([state.values ?? null, user.role, user.ministryCode, user.disabled])}
              className="space-y-3"
              noValidate
            >
              <FormMessage status={state.status} message={state.message} />
              <fieldset>
                <legend className="mb-2 text-sm font-semibold">Account van {user.email} wijzigen</legend>
                <input type="hidden" name="id" value={user.id} />
                <div className="flex flex-wrap items-start gap-4">
                  <div className="w-64">
                    <Field id={`${formId}-role`} label="Rol" errors={errors.role}>
                      {(p) => (
                        <select {...p} name="role" defaultValue={values.role} className={inputClass}>
                          <RoleOptions />
                        </select>
                      )}
                    </Field>
                  </div>
                  <div className="w-72">
                    <Field id={`${formId}-ministry`} label="Ministerie" errors={errors.ministry}>
                      {(p) => (
                        <select {...p} name="ministry" defaultValue={values.ministry} className={inputClass}>
                          <MinistryOptions ministries={ministries} emptyLabel="Geen ministerie" />
                        </select>
                      )}
                    </Field>
                  </div>
                  <div className="pt-6">
                    <label className="flex items-center gap-2 text-sm">
                      <input
                        type="checkbox"
                        name="disabled"
                        defaultChecked={values.disabled}
                        aria-describedby={errors.disabled ? `${formId}-disabled-error` : undefined}
                        className="h-4 w-4"
                      />
                      Account uitgeschakeld (kan niet inloggen, tokens werken niet)
                    </label>
                    {errors.disabled ? (
                      <p id={`${formId}-disabled-error`} className="text-sm font-medium text-overdue">
                        {errors.disabled.join(" ")}
                      </p>
                    ) : null}
                  </div>
                  <div className="pt-5">
                    <SubmitButton pending={pending}>Opslaan</SubmitButton>
                  </div>
                </div>
              </fieldset>
            </form>
            {!user.disabled && !user.isSelf ? (
              <div className="mt-4 border-t border-gray-300 pt-3">
                <PasswordResetForm userId={user.id} email={user.email} action={resetAction} />
              </div>
            ) : null}
          </td>
        </tr>
      ) : null}
    </>
  );
}
