// The months the chart and the timeline show: the twelve months either side of today's month, or the deadline
// window of the filters when one is set (so that a filtered view is never cut off by a window of its own).
import { addMonths, firstDayOf, lastDayOf, monthOf, monthsBetween } from "./calendar";

/** Months either side of today's month when no deadline window is set. */
export const MONTHS_AROUND_TODAY = 12;
/** A longer window than this is cut off at its start plus this many months: beyond it bars become unreadable. */
export const MAX_MONTHS = 48;

export interface MonthWindow {
  /** first and last month, "YYYY-MM" */
  startMonth: string;
  endMonth: string;
  /** first day of the first month and last day of the last month, "YYYY-MM-DD" */
  start: string;
  end: string;
  months: string[];
  /** where the window comes from */
  source: "today" | "filter";
  /** the filter window was longer than MAX_MONTHS and is shown in part */
  truncated: boolean;
}

export function monthWindow(today: string, filters: { deadlineFrom?: string; deadlineTo?: string }): MonthWindow {
  let startMonth: string;
  let endMonth: string;
  const { deadlineFrom, deadlineTo } = filters;
  if (deadlineFrom && deadlineTo) {
    startMonth = monthOf(deadlineFrom);
    endMonth = monthOf(deadlineTo);
  } else if (deadlineFrom) {
    startMonth = monthOf(deadlineFrom);
    endMonth = addMonths(startMonth, 2 * MONTHS_AROUND_TODAY);
  } else if (deadlineTo) {
    endMonth = monthOf(deadlineTo);
    startMonth = addMonths(endMonth, -2 * MONTHS_AROUND_TODAY);
  } else {
    startMonth = addMonths(monthOf(today), -MONTHS_AROUND_TODAY);
    endMonth = addMonths(monthOf(today), MONTHS_AROUND_TODAY);
  }
  let months = monthsBetween(startMonth, endMonth);
  const truncated = months.length > MAX_MONTHS;
  if (truncated) {
    months = months.slice(0, MAX_MONTHS);
    endMonth = months[months.length - 1]!;
  }
  return {
    startMonth,
    endMonth,
    start: firstDayOf(startMonth),
    end: lastDayOf(endMonth),
    months,
    source: deadlineFrom || deadlineTo ? "filter" : "today",
    truncated,
  };
}
