import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommitmentForm } from "@/components/commitments/commitment-form";
import { decide } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { editableFields, editableValuesOf } from "@/lib/data/commitment-view";
import { getCommitment } from "@/lib/data/commitments";
import { listFilterOptions } from "@/lib/data/reference-data";
import { isCommitmentNumber } from "@/lib/validation/commitment-number";
import { updateCommitmentAction } from "../../actions";

export const metadata: Metadata = { title: "Toezegging bewerken" };

export default async function EditCommitmentPage({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  if (!isCommitmentNumber(number)) notFound();
  const user = await requireUser(`/beheer/toezeggingen/${number}/bewerken`);
  const [commitment, options] = await Promise.all([getCommitment(number), listFilterOptions()]);
  if (!commitment) notFound();
  const decision = decide(user, "commitment.edit", { ministryCode: commitment.ministry.code });
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={`/toezeggingen/${number}`}>← Terug naar {number}</Link>
      </p>
      <h1 className="mb-4 mt-2 text-2xl font-semibold">{number} bewerken</h1>
      {!decision.allowed ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-overdue">
          {decision.message}
        </p>
      ) : (
        <CommitmentForm
          mode="edit"
          number={number}
          action={updateCommitmentAction}
          initial={{
            ...editableFields(commitment),
            references: commitment.references.map((r) => ({ citation: r.label, role: r.role })),
            version: commitment.version,
          }}
          ministries={user.role === "editor" ? options.ministries.filter((m) => m.code === user.ministryCode) : options.ministries}
          ministers={options.ministers}
          base={editableValuesOf(commitment)}
        />
      )}
    </div>
  );
}
