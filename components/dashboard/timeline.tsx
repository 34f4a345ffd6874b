import type { DashboardItem, Timeline as TimelineData, TimelineGroup } from "@/lib/data/dashboard";
import { listHref } from "@/lib/dashboard/links";
import type { DashboardFilters } from "@/lib/dashboard/params";
import { timelineAxis, timelineBar, type TimelineAxis } from "@/lib/dashboard/timeline";
import { formatDate, formatRange } from "@/lib/format/dates";
import { CommitmentCell } from "./commitment-cell";
import { windowLabel } from "./deadline-months";
import { AXIS_WIDTH, AxisSvg, BarSvg, TIMELINE_COLORS } from "./timeline-svg";

const nl = (n: number) => n.toLocaleString("nl-NL");

function rangeText(item: DashboardItem): string {
  if (item.earliest && !item.latest) return `vanaf ${formatDate(item.earliest)}, geen einddatum`;
  return formatRange(item.earliest, item.latest);
}

function Legend({ axis }: { axis: TimelineAxis }) {
  const swatch = (color: string) => (
    <svg aria-hidden="true" width="22" height="12" viewBox="0 0 22 12">
      <rect y="1" width="22" height="10" rx="2" fill={color} />
    </svg>
  );
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Legenda">
      <li className="inline-flex items-center gap-1.5">{swatch(TIMELINE_COLORS.due)} uiterste termijn nog niet verstreken</li>
      <li className="inline-flex items-center gap-1.5">{swatch(TIMELINE_COLORS.overdue)} over de termijn</li>
      <li className="inline-flex items-center gap-1.5">
        <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14">
          <polygon points="7,0 14,7 7,14 0,7" fill={TIMELINE_COLORS.due} />
        </svg>
        één vaste dag
      </li>
      <li className="inline-flex items-center gap-1.5">
        <svg aria-hidden="true" width="22" height="12" viewBox="0 0 22 12">
          <g fill={TIMELINE_COLORS.due}>
            <rect y="1" width="15" height="10" />
            <polygon points="15,0 21,6 15,12" />
          </g>
        </svg>
        loopt door buiten het venster, of heeft geen einddatum
      </li>
      {axis.todayX !== null ? (
        <li className="inline-flex items-center gap-1.5">
          <svg aria-hidden="true" width="10" height="14" viewBox="0 0 10 14">
            <line x1="5" x2="5" y1="0" y2="14" stroke={TIMELINE_COLORS.today} strokeWidth="2" />
          </svg>
          vandaag
        </li>
      ) : null}
    </ul>
  );
}

function GroupTable({
  group,
  axis,
  today,
  filters,
  headingId,
}: {
  group: TimelineGroup;
  axis: TimelineAxis;
  today: string;
  filters: DashboardFilters;
  headingId: string;
}) {
  const more = group.inWindow - group.items.length;
  return (
    <section aria-labelledby={headingId} className="space-y-1">
      <h3 id={headingId} className="font-semibold">
        {group.ministry.name}{" "}
        <span className="text-sm font-normal text-muted">
          ({more > 0 ? `de eerste ${nl(group.items.length)} van ${nl(group.inWindow)}` : nl(group.inWindow)})
        </span>
      </h3>
      <div className="overflow-x-auto rounded border border-gray-200 bg-white">
        <table aria-labelledby={headingId} className="w-full min-w-[56rem] table-fixed border-collapse text-left text-sm print:min-w-0">
          <colgroup>
            <col className="w-[30%]" />
            <col className="w-[16%]" />
            <col />
          </colgroup>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className="px-3 py-1.5 align-bottom font-semibold">
                Toezegging
              </th>
              <th scope="col" className="px-3 py-1.5 align-bottom font-semibold">
                Termijn
              </th>
              <th scope="col" className="px-3 pb-0 pt-1.5 align-bottom font-semibold">
                <span className="sr-only">Op de tijdas</span>
                <AxisSvg axis={axis} />
              </th>
            </tr>
          </thead>
          <tbody>
            {group.items.map((item) => {
              const overdue = item.latest !== null && item.latest < today;
              return (
                <tr key={item.number} className="border-t border-gray-200 align-middle print:break-inside-avoid">
                  <td className="px-3 py-1.5">
                    <CommitmentCell item={item} showMinistry={false} />
                  </td>
                  <td className="px-3 py-1.5">
                    {rangeText(item)}
                    {overdue ? <span className="block text-xs font-medium text-overdue">over de termijn</span> : null}
                  </td>
                  <td className="px-3 py-1.5">
                    <BarSvg
                      axis={axis}
                      bar={timelineBar(axis, item.earliest, item.latest)}
                      overdue={overdue}
                      oneDay={item.earliest !== null && item.earliest === item.latest}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {more > 0 ? (
        <p className="text-sm">
          En nog {nl(more)} in dit venster.{" "}
          <a href={listHref({ ...filters, ministry: [group.ministry.code] }, { status: ["open", "partially_fulfilled"], sort: "deadline" })}>
            Alle openstaande toezeggingen van dit ministerie in de lijst
          </a>
        </p>
      ) : null}
    </section>
  );
}

/** Outstanding commitments as bars from earliest to latest deadline on a month axis, grouped by ministry. */
export function Timeline({ timeline, filters }: { timeline: TimelineData; filters: DashboardFilters }) {
  const axis = timelineAxis(timeline.window, AXIS_WIDTH, timeline.today);
  const outside = timeline.outstanding - timeline.inWindow - timeline.undated;
  return (
    <div className="space-y-4">
      <div className="space-y-2 text-sm">
        <p>
          {windowLabel(timeline.window)}
          {timeline.window.source === "filter" ? " (het termijnvenster van de filters)" : null}. <strong>{nl(timeline.inWindow)}</strong> van de{" "}
          {nl(timeline.outstanding)} openstaande toezeggingen {timeline.inWindow === 1 ? "heeft" : "hebben"} een termijn in dit venster.
          {timeline.undated
            ? ` ${nl(timeline.undated)} ${timeline.undated === 1 ? "heeft geen datum (zoals ‘op korte termijn’) en staat" : "hebben geen datum (zoals ‘op korte termijn’) en staan"} niet op de tijdlijn.`
            : null}
          {outside > 0 ? ` ${nl(outside)} ${outside === 1 ? "valt" : "vallen"} helemaal buiten het venster.` : null}
          {axis.todayX === null ? ` Vandaag (${formatDate(timeline.today)}) valt buiten dit venster.` : null}
        </p>
        <Legend axis={axis} />
      </div>
      {timeline.groups.length ? (
        timeline.groups.map((group) => (
          <GroupTable
            key={group.ministry.code}
            group={group}
            axis={axis}
            today={timeline.today}
            filters={filters}
            headingId={`tijdlijn-${group.ministry.code}`}
          />
        ))
      ) : (
        <p className="rounded border border-gray-200 bg-white p-4">Geen openstaande toezeggingen met een termijn in dit venster.</p>
      )}
    </div>
  );
}
