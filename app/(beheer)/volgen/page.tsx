import type { Metadata } from "next";
import { FollowedCommitments } from "@/components/following/followed-commitments";
import { FollowedFilters } from "@/components/following/followed-filters";
import { OwnerRemindersForm } from "@/components/following/owner-reminders-form";
import { ReminderScheduleTable } from "@/components/following/reminder-schedule-table";
import { requireUser } from "@/lib/auth/session";
import { getFollowingOverview } from "@/lib/data/following";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { STATUS_LABELS } from "@/lib/commitment/labels";
import { followCommitmentAction, setOwnerRemindersAction, unfollowFilterAction } from "./actions";

export const metadata: Metadata = { title: "Volgen" };

// The "beheren" link in every digest mail lands here.
export default async function FollowingPage() {
  const user = await requireUser("/volgen");
  const overview = await getFollowingOverview(user);
  const commitments = overview.commitments.map((c) => ({
    number: c.number,
    title: c.title,
    status: STATUS_LABELS[c.status],
    deadline: c.deadlinePhrase ? `${c.deadlinePhrase}${c.deadlineLatest ? ` (uiterlijk ${formatDate(c.deadlineLatest)})` : ""}` : "geen",
    since: formatDateTime(c.since),
  }));
  const filters = overview.filters.map((f) => ({
    id: f.id,
    name: f.name,
    href: `/toezeggingen${f.query ? `?${f.query}` : ""}`,
    description: f.description,
    since: formatDateTime(f.since),
  }));

  return (
    <div className="max-w-4xl space-y-8">
      <h1 className="text-2xl font-semibold">Volgen</h1>
      <p>
        Wat u volgt, komt in één e-mail per dag naar {user.email}: nieuwe en gewijzigde toezeggingen, nieuwe voortgang, en herinneringen voor naderende en
        verstreken termijnen. Is er niets te melden, dan krijgt u geen e-mail.
      </p>

      <section aria-labelledby="toezeggingen" className="space-y-3">
        <h2 id="toezeggingen" className="text-lg font-semibold">
          Toezeggingen die u volgt
        </h2>
        <FollowedCommitments rows={commitments} action={followCommitmentAction} />
      </section>

      <section aria-labelledby="selecties" className="space-y-3">
        <h2 id="selecties" className="text-lg font-semibold">
          Selecties die u volgt
        </h2>
        <FollowedFilters rows={filters} action={unfollowFilterAction} />
      </section>

      {overview.ownerReminders !== null ? (
        <section aria-labelledby="ministerie" className="space-y-3">
          <h2 id="ministerie" className="text-lg font-semibold">
            Herinneringen voor uw ministerie
          </h2>
          <OwnerRemindersForm on={overview.ownerReminders} ministryName={user.ministryName ?? "uw ministerie"} action={setOwnerRemindersAction} />
        </section>
      ) : null}

      <section aria-labelledby="wanneer" className="space-y-3">
        <h2 id="wanneer" className="text-lg font-semibold">
          Wanneer komen herinneringen?
        </h2>
        <p className="text-sm">
          Zolang een toezegging open of deels nagekomen is. Hoe vroeg hangt af van hoe precies de termijn is genoemd: een toezegging voor &ldquo;in 2025&rdquo;
          krijgt geen maandelijkse herinnering.
        </p>
        <ReminderScheduleTable />
      </section>
    </div>
  );
}
