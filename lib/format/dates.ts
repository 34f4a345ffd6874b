// Dutch date formatting ("21 juni 2022"). ISO calendar dates are formatted in UTC so they never shift a day.
const long = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dateTime = new Intl.DateTimeFormat("nl-NL", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Amsterdam",
});

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "onbekend";
  return long.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

export function formatDateTime(value: Date | string): string {
  return dateTime.format(typeof value === "string" ? new Date(value) : value);
}

/** "1 maart 2022 – 31 mei 2022", or one date when both ends are equal. */
export function formatRange(earliest: string | null, latest: string | null): string {
  if (earliest && latest) return earliest === latest ? formatDate(latest) : `${formatDate(earliest)} – ${formatDate(latest)}`;
  if (latest) return `uiterlijk ${formatDate(latest)}`;
  if (earliest) return `vanaf ${formatDate(earliest)}`;
  return "geen datum";
}

export function formatDays(n: number): string {
  return n === 1 ? "1 dag" : `${n.toLocaleString("nl-NL")} dagen`;
}
