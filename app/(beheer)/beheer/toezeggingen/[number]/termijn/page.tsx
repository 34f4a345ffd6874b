import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeadlineSummary } from "@/components/commitments/deadline-summary";
import { DeadlineResetForm } from "@/components/commitments/deadline-reset-form";
import { decide } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { today } from "@/lib/data/clock";
import { getCommitment } from "@/lib/data/commitments";
import { isCommitmentNumber } from "@/lib/validation/commitment-number";
import { resetDeadlineAction } from "../../actions";

export const metadata: Metadata = { title: "Termijn opnieuw vaststellen" };

export default async function DeadlineResetPage({ params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  if (!isCommitmentNumber(number)) notFound();
  const user = await requireUser(`/beheer/toezeggingen/${number}/termijn`);
  const commitment = await getCommitment(number);
  if (!commitment) notFound();
  const decision = decide(user, "commitment.deadline.reset", { ministryCode: commitment.ministry.code });
  return (
    <div className="max-w-2xl">
      <p className="text-sm">
        <Link href={`/toezeggingen/${number}`}>← Terug naar {number}</Link>
      </p>
      <h1 className="mb-2 mt-2 text-2xl font-semibold">Termijn opnieuw vaststellen</h1>
      <p className="mb-1">{commitment.title}</p>
      <p className="mb-4 text-sm">
        Huidige termijn: <DeadlineSummary commitment={commitment} />
      </p>
      {decision.allowed ? (
        <DeadlineResetForm action={resetDeadlineAction} number={number} version={commitment.version} today={today()} />
      ) : (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-overdue">
          {decision.message}
        </p>
      )}
    </div>
  );
}
