/** Dates as letters write them ("2 juli 2021", "02-07-2021") and "today" where deadlines fall. */
import { serverEnv } from "@/lib/env";

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"] as const;

export const MONTH_PATTERN = MONTHS.join("|");

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < 1900 || year > 2199) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "2 juli 2021", "vrijdag 2 juli 2021", "2-7-2021", "02-07-2021", "2021-07-02" → ISO; null when it is not one date. */
export function parseDutchDate(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/[.,]$/, "");
  const named = new RegExp(`^(?:[a-z]+dag\\s+)?(\\d{1,2})\\s+(${MONTH_PATTERN})\\s+(\\d{4})$`).exec(t);
  if (named) return iso(Number(named[3]), MONTHS.indexOf(named[2] as (typeof MONTHS)[number]) + 1, Number(named[1]));
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (numeric) return iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const isoForm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (isoForm) return iso(Number(isoForm[1]), Number(isoForm[2]), Number(isoForm[3]));
  return null;
}

export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && iso(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}

const amsterdam = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/**
 * Today in the Netherlands. TZR_TODAY pins it, as it does for the rest of the app (README, Configuration);
 * read here rather than passed in because the public API has no option for it.
 */
export function todayInAmsterdam(now: Date = new Date()): string {
  return serverEnv().pinnedToday ?? amsterdam.format(now);
}
