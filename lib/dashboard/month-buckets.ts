// The deadlines-per-month series of the chart: one bucket for every month of the window, zero where the database
// returned no row, so the axis has no gaps and the text table lists every month.
import { monthName, shortMonthName } from "./calendar";

export interface MonthCount {
  /** "YYYY-MM" */
  month: string;
  /** open or partially fulfilled */
  outstanding: number;
  fulfilled: number;
}

export interface MonthBucket extends MonthCount {
  /** "november 2026" */
  name: string;
  /** "nov" */
  short: string;
  /** "2026" on January and on the first month, else "" */
  year: string;
  /** the month that contains today */
  current: boolean;
}

export function fillMonthBuckets(months: string[], rows: MonthCount[], today: string): MonthBucket[] {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return months.map((month, i) => {
    const row = byMonth.get(month);
    return {
      month,
      outstanding: row?.outstanding ?? 0,
      fulfilled: row?.fulfilled ?? 0,
      name: monthName(month),
      short: shortMonthName(month),
      year: i === 0 || month.endsWith("-01") ? month.slice(0, 4) : "",
      current: today.startsWith(month),
    };
  });
}

export function bucketTotals(buckets: MonthCount[]): { outstanding: number; fulfilled: number } {
  return buckets.reduce((t, b) => ({ outstanding: t.outstanding + b.outstanding, fulfilled: t.fulfilled + b.fulfilled }), { outstanding: 0, fulfilled: 0 });
}
