"use client";
// The deadlines-per-month bar chart. Drawn in the browser only: recharts measures text and lays out in the DOM, and
// styles React sets from script are allowed by the page's Content-Security-Policy where server-rendered style
// attributes are not. The chart is a picture (role="img" with a summary); the numbers are in the table next to it.
import { useSyncExternalStore } from "react";
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { MonthBucket } from "@/lib/dashboard/month-buckets";
import { CHART_COLORS } from "./chart-colors";

const HEIGHT = 300;

const noSubscription = () => () => {};
function useInBrowser(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

interface TickProps {
  x?: number;
  y?: number;
  payload?: { index: number };
}

function MonthTick({ x = 0, y = 0, payload, buckets }: TickProps & { buckets: MonthBucket[] }) {
  const bucket = payload ? buckets[payload.index] : undefined;
  if (!bucket) return null;
  return (
    <text x={x} y={y + 12} textAnchor="middle" fill="#4b5563" fontSize={12}>
      <tspan x={x} fontWeight={bucket.current ? 700 : 400}>
        {bucket.short}
      </tspan>
      {bucket.year ? (
        <tspan x={x} dy={15}>
          {bucket.year}
        </tspan>
      ) : null}
    </text>
  );
}

export function DeadlineChart({ buckets, summary }: { buckets: MonthBucket[]; summary: string }) {
  const inBrowser = useInBrowser();
  const current = buckets.find((b) => b.current);
  return (
    <div role="img" aria-label={summary} className="w-full">
      {inBrowser ? (
        // responsive: sized to its box in real pixels (so the tooltip follows the pointer); on paper print.css
        // scales the drawing down to the page instead.
        <BarChart
          responsive
          style={{ width: "100%", height: HEIGHT }}
          data={buckets}
          accessibilityLayer={false}
          margin={{ top: 20, right: 8, bottom: 8, left: 0 }}
        >
          <CartesianGrid vertical={false} stroke="#e5e7eb" />
          <XAxis dataKey="month" interval={0} height={40} tickLine={false} axisLine={{ stroke: "#9ca3af" }} tick={<MonthTick buckets={buckets} />} />
          <YAxis allowDecimals={false} width={48} tickLine={false} axisLine={false} tick={{ fill: "#4b5563", fontSize: 12 }} />
          <Tooltip
            cursor={{ fill: "#e8eef5" }}
            labelFormatter={(_, payload) => (payload?.[0]?.payload as MonthBucket | undefined)?.name ?? ""}
            formatter={(value, name) => [Number(value).toLocaleString("nl-NL"), name]}
          />
          <Bar
            dataKey="outstanding"
            name="Openstaand"
            stackId="termijn"
            fill={CHART_COLORS.outstanding}
            stroke="#ffffff"
            strokeWidth={1}
            isAnimationActive={false}
          />
          <Bar
            dataKey="fulfilled"
            name="Nagekomen"
            stackId="termijn"
            fill={CHART_COLORS.fulfilled}
            stroke="#ffffff"
            strokeWidth={1}
            isAnimationActive={false}
          />
          {current ? (
            <ReferenceLine
              x={current.month}
              stroke="#1f2937"
              strokeDasharray="4 3"
              label={{ value: "vandaag", position: "top", fill: "#1f2937", fontSize: 12 }}
            />
          ) : null}
        </BarChart>
      ) : (
        // the same box, so nothing jumps when the chart appears
        <div className="h-[300px] w-full" />
      )}
    </div>
  );
}
