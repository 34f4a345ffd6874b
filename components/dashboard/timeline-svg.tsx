// The drawn parts of the timeline: the month axis and one bar per row. Plain SVG rendered on the server, only
// attributes (no style attributes, which the Content-Security-Policy refuses), and aria-hidden: every row says
// its dates in text next to the bar.
import type { TimelineAxis, TimelineBar } from "@/lib/dashboard/timeline";

/** The width the geometry is computed in; the SVGs scale to their column. */
export const AXIS_WIDTH = 520;
const ROW_HEIGHT = 18;
const BAR_Y = 4;
const BAR_HEIGHT = 10;
const ARROW = 6;

export const TIMELINE_COLORS = {
  due: "#154273",
  overdue: "#a4262c",
  grid: "#d1d5db",
  today: "#b45309",
} as const;

export function AxisSvg({ axis }: { axis: TimelineAxis }) {
  const height = 36;
  return (
    <svg aria-hidden="true" viewBox={`0 0 ${AXIS_WIDTH} ${height}`} className="block h-auto w-full" focusable="false">
      {/* the legend names this line; a label here would collide with the month and year labels */}
      {axis.todayX !== null ? <line x1={axis.todayX} x2={axis.todayX} y1={0} y2={height} stroke={TIMELINE_COLORS.today} strokeWidth={2} /> : null}
      {axis.ticks.map((tick) =>
        tick.label ? (
          <g key={tick.month}>
            <line x1={tick.x} x2={tick.x} y1={height - 8} y2={height} stroke="#6b7280" />
            {/* a white halo keeps the label legible where the line of today crosses it */}
            <text x={tick.x + 2} y={height - 10} fontSize={12} fill="#374151" stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
              {tick.label}
              {tick.year ? (
                <tspan x={tick.x + 2} dy={-13} fontWeight={600}>
                  {tick.year}
                </tspan>
              ) : null}
            </text>
          </g>
        ) : (
          <line key={tick.month} x1={tick.x} x2={tick.x} y1={height - 4} y2={height} stroke="#9ca3af" />
        ),
      )}
    </svg>
  );
}

/** A diamond for a deadline of one day (earliest = latest), as a milestone in a planning; a bar for a range. */
function Milestone({ bar }: { bar: TimelineBar }) {
  const cx = bar.x + bar.width / 2;
  const cy = BAR_Y + BAR_HEIGHT / 2;
  const r = BAR_HEIGHT / 2 + 2;
  return <polygon points={`${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`} />;
}

export function BarSvg({ axis, bar, overdue, oneDay }: { axis: TimelineAxis; bar: TimelineBar | null; overdue: boolean; oneDay: boolean }) {
  const color = overdue ? TIMELINE_COLORS.overdue : TIMELINE_COLORS.due;
  const mid = BAR_Y + BAR_HEIGHT / 2;
  let x1 = bar?.x ?? 0;
  let x2 = bar ? bar.x + bar.width : 0;
  // leave room for the arrowheads inside the axis
  if (bar?.continuesLeft) x1 = Math.min(x1 + ARROW, x2);
  if (bar?.continuesRight) x2 = Math.max(x2 - ARROW, x1);
  return (
    <svg aria-hidden="true" viewBox={`0 0 ${AXIS_WIDTH} ${ROW_HEIGHT}`} className="block h-auto w-full" focusable="false">
      {axis.ticks
        .filter((t) => t.label)
        .map((t) => (
          <line key={t.month} x1={t.x} x2={t.x} y1={0} y2={ROW_HEIGHT} stroke={TIMELINE_COLORS.grid} strokeDasharray="2 3" />
        ))}
      {bar && oneDay && !bar.continuesLeft && !bar.continuesRight ? (
        <g fill={color}>
          <Milestone bar={bar} />
        </g>
      ) : bar ? (
        <g fill={color}>
          <rect x={x1} y={BAR_Y} width={Math.max(1, x2 - x1)} height={BAR_HEIGHT} rx={bar.continuesLeft || bar.continuesRight ? 0 : 2} />
          {bar.continuesLeft ? <polygon points={`${x1},${BAR_Y - 2} ${x1 - ARROW},${mid} ${x1},${BAR_Y + BAR_HEIGHT + 2}`} /> : null}
          {bar.continuesRight ? <polygon points={`${x2},${BAR_Y - 2} ${x2 + ARROW},${mid} ${x2},${BAR_Y + BAR_HEIGHT + 2}`} /> : null}
        </g>
      ) : null}
      {axis.todayX !== null ? <line x1={axis.todayX} x2={axis.todayX} y1={0} y2={ROW_HEIGHT} stroke={TIMELINE_COLORS.today} strokeWidth={2} /> : null}
    </svg>
  );
}
