import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/commitments/status-badge";
import { StatusForm } from "@/components/commitments/status-form";
import { decide, statusChangePermission } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getCommitment } from "@/lib/data/commitments";
import { allowedTransitions } from "@/lib/commitment/transitions";
import { isCommitmentNumber } from "@/lib/validation/commitment-number";
import { changeStatusAction } from "../../actions";

export const metadata: Metadata = { title: "Status wijzigen" };

export default async function StatusPage({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  if (!isCommitmentNumber(number)) notFound();
  const user = await requireUser(`/beheer/toezeggingen/${number}/status`);
  const commitment = await getCommitment(number);
  if (!commitment) notFound();
  // Offer only the changes this user may make from here; the server checks again on saving.
  const targets = allowedTransitions(commitment.status).filter(
    (to) => decide(user, statusChangePermission(to), { ministryCode: commitment.ministry.code }).allowed,
  );
  return (
    <div className="max-w-2xl">
      <p className="text-sm">
        <Link href={`/toezeggingen/${number}`}>← Terug naar {number}</Link>
      </p>
      <h1 className="mb-2 mt-2 text-2xl font-semibold">Status wijzigen</h1>
      <p className="mb-4">
        {commitment.title} <StatusBadge status={commitment.status} overdue={commitment.overdue} />
      </p>
      {targets.length ? (
        <StatusForm action={changeStatusAction} number={number} version={commitment.version} targets={targets} />
      ) : (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-overdue">
          U kunt de status van deze toezegging niet wijzigen.
        </p>
      )}
    </div>
  );
}
