// "Today" as a calendar date in the Netherlands, where deadlines fall. TZR_TODAY (YYYY-MM-DD) pins it, for demos
// and tests that need a fixed date.
const amsterdam = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

export function today(now: Date = new Date()): string {
  const pinned = process.env.TZR_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return amsterdam.format(now);
}
