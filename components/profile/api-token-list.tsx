"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import type { FormState } from "@/lib/validation/form-state";
import type { ApiTokenRow } from "./token-form-state";

/** The user's tokens. One message region above the table, so the outcome of a revocation is announced once. */
export function ApiTokenList({ tokens, action }: { tokens: ApiTokenRow[]; action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as FormState);
  return (
    <div className="space-y-3">
      <FormMessage status={state.status} message={state.message} />
      {tokens.length === 0 ? (
        <p className="text-sm text-muted">U heeft nog geen API-tokens.</p>
      ) : (
        <div className="overflow-x-auto rounded border border-gray-200 bg-white">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Uw API-tokens</caption>
            <thead className="bg-gray-50">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Naam
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Begint met
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Aangemaakt
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Laatst gebruikt
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
              {tokens.map((t) => (
                <tr key={t.id} className="border-t border-gray-200 align-top">
                  <th scope="row" className="px-3 py-2 font-medium">
                    {t.name}
                  </th>
                  <td className="px-3 py-2 font-mono text-xs">{t.prefix}…</td>
                  <td className="whitespace-nowrap px-3 py-2">{t.createdAt}</td>
                  <td className="whitespace-nowrap px-3 py-2">{t.lastUsedAt ?? <span className="text-muted">Nooit</span>}</td>
                  <td className="px-3 py-2">
                    {t.revokedAt ? (
                      <>
                        <span className="inline-block rounded border border-gray-400 bg-gray-100 px-2 py-0.5 text-xs font-medium text-gray-800">
                          Ingetrokken
                        </span>
                        <span className="mt-1 block whitespace-nowrap text-xs text-muted">op {t.revokedAt}</span>
                      </>
                    ) : (
                      <span className="inline-block rounded border border-green-300 bg-green-50 px-2 py-0.5 text-xs font-medium text-ok">Actief</span>
                    )}
                  </td>
                  <td className="px-3 py-2 text-right">
                    {t.revokedAt ? null : (
                      <form action={formAction}>
                        <input type="hidden" name="id" value={t.id} />
                        <button
                          type="submit"
                          disabled={pending}
                          className="rounded border border-overdue bg-white px-3 py-1 text-sm font-medium text-overdue hover:bg-red-50 disabled:opacity-60"
                        >
                          Intrekken<span className="sr-only"> (token {t.name})</span>
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
