import type { Metadata } from "next";
import { CommitmentForm } from "@/components/commitments/commitment-form";
import { requireUser } from "@/lib/auth/session";
import { decide } from "@/lib/auth/permissions";
import { listFilterOptions } from "@/lib/data/reference-data";
import { createCommitmentAction } from "../actions";

export const metadata: Metadata = { title: "Nieuwe toezegging" };

export default async function NewCommitmentPage() {
  const user = await requireUser("/beheer/toezeggingen/nieuw");
  const allowed = decide(user, "commitment.create", { ministryCode: user.ministryCode ?? "" });
  const options = await listFilterOptions();
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-2xl font-semibold">Nieuwe toezegging</h1>
      {!allowed.allowed && user.role === "editor" ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-overdue">
          {allowed.message}
        </p>
      ) : (
        <CommitmentForm
          mode="create"
          action={createCommitmentAction}
          initial={{ ministry: user.ministryCode ?? "", references: [] }}
          ministries={user.role === "editor" ? options.ministries.filter((m) => m.code === user.ministryCode) : options.ministries}
          ministers={options.ministers}
        />
      )}
    </div>
  );
}
