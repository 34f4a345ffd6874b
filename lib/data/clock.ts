// "Today" as a calendar date in the Netherlands, where deadlines fall. TZR_TODAY (YYYY-MM-DD) pins it, for demos
// and tests that need a fixed date.
import { serverEnv } from "@/lib/env";
const amsterdam = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

export function today(now: Date = new Date()): string {
  return serverEnv().pinnedToday ?? amsterdam.format(now);
}
