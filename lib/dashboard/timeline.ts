// Geometry of the timeline: a month axis over a window of whole months, and one horizontal bar per commitment from
// its earliest to its latest deadline (both days included). Pure numbers, so the server can draw plain SVG.
import { addDays, daysBetween, monthName, shortMonthName } from "./calendar";
import type { MonthWindow } from "./window";

export interface AxisTick {
  month: string;
  x: number;
  /** "apr"; null for the months between labelled ones */
  label: string | null;
  /** "2026" on January and on the first labelled month, so every stretch of the axis can be read */
  year: string | null;
  /** for the text alternative: "april 2026" */
  name: string;
}

export interface TimelineAxis {
  start: string;
  end: string;
  width: number;
  ticks: AxisTick[];
  /** where today falls (the middle of the day), or null when today lies outside the window */
  todayX: number | null;
}

export interface TimelineBar {
  x: number;
  width: number;
  /** the bar goes on before the window (or has no earliest date): drawn to the left edge with an arrow */
  continuesLeft: boolean;
  /** the bar goes on after the window, or has no end at all: drawn to the right edge with an arrow */
  continuesRight: boolean;
}

/** A one-day deadline is still a visible mark. */
export const MIN_BAR_WIDTH = 3;
/** Roughly the room a short month label with some space needs. */
const LABEL_ROOM = 34;
const LABEL_STEPS = [1, 2, 3, 6, 12];

function dayScale(window: Pick<MonthWindow, "start" | "end">, width: number) {
  const days = daysBetween(window.start, window.end) + 1;
  if (days <= 0) throw new RangeError("het venster eindigt voor het begint");
  return (iso: string) => (daysBetween(window.start, iso) / days) * width;
}

export function timelineAxis(window: Pick<MonthWindow, "start" | "end" | "months">, width: number, today: string): TimelineAxis {
  const x = dayScale(window, width);
  const perMonth = width / Math.max(1, window.months.length);
  const step = LABEL_STEPS.find((s) => s * perMonth >= LABEL_ROOM) ?? 12;
  let yearShown = false;
  const ticks = window.months.map((month): AxisTick => {
    // a label needs room to its right, so none on a month that starts right at the end of the axis
    const labelled = (Number(month.slice(5, 7)) - 1) % step === 0 && x(`${month}-01`) <= width - LABEL_ROOM;
    const year = labelled && (!yearShown || month.endsWith("-01")) ? month.slice(0, 4) : null;
    if (year) yearShown = true;
    return { month, x: x(`${month}-01`), label: labelled ? shortMonthName(month) : null, year, name: monthName(month) };
  });
  const inWindow = today >= window.start && today <= window.end;
  return { start: window.start, end: window.end, width, ticks, todayX: inWindow ? x(today) + x(addDays(window.start, 1)) / 2 : null };
}

/**
 * The bar of a commitment from `earliest` to `latest` (either may be null, not both), clipped to the axis; null when
 * it lies wholly outside the window.
 */
export function timelineBar(axis: Pick<TimelineAxis, "start" | "end" | "width">, earliest: string | null, latest: string | null): TimelineBar | null {
  if (!earliest && !latest) return null;
  if (earliest && latest && earliest > latest) throw new RangeError(`termijn ${earliest} – ${latest} loopt achteruit`);
  if ((latest && latest < axis.start) || (earliest && earliest > axis.end)) return null;
  const x = dayScale(axis, axis.width);
  const continuesLeft = !earliest || earliest < axis.start;
  const continuesRight = !latest || latest > axis.end;
  let x1 = continuesLeft ? 0 : x(earliest!);
  let x2 = continuesRight ? axis.width : x(addDays(latest!, 1));
  if (x2 - x1 < MIN_BAR_WIDTH) {
    x2 = Math.min(axis.width, x1 + MIN_BAR_WIDTH);
    x1 = x2 - MIN_BAR_WIDTH;
  }
  return { x: x1, width: x2 - x1, continuesLeft, continuesRight };
}
