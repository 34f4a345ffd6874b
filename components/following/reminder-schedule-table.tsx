import { PRECISION_LABELS } from "@/lib/commitment/labels";
import { REMINDER_DAYS_BEFORE } from "@/lib/reminders/schedule";

const ORDER = ["day", "week", "month", "quarter", "season", "half-year", "year", "open"] as const;

/** When reminders come, read from the same table the scheduler uses, so the page cannot tell a different story. */
export function ReminderScheduleTable() {
  return (
    <table className="w-full max-w-xl border-collapse rounded border border-gray-200 bg-white text-left text-sm">
      <caption className="sr-only">Wanneer herinneringen komen, per precisie van de termijn</caption>
      <thead className="bg-gray-50">
        <tr>
          <th scope="col" className="px-3 py-2 font-semibold">
            Termijn genoemd als
          </th>
          <th scope="col" className="px-3 py-2 font-semibold">
            Herinnering
          </th>
        </tr>
      </thead>
      <tbody>
        {ORDER.map((precision) => {
          const days = REMINDER_DAYS_BEFORE[precision];
          return (
            <tr key={precision} className="border-t border-gray-200">
              <th scope="row" className="px-3 py-2 font-medium">
                {PRECISION_LABELS[precision]}
              </th>
              <td className="px-3 py-2">
                {days.length
                  ? `${days.join(" en ")} dagen voor de uiterste datum, en de dag erna als de toezegging dan nog openstaat`
                  : "geen (er is geen datum)"}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
