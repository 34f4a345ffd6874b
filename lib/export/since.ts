// The feed's `since`: a date (from the start of that day in the Netherlands, where the register's days fall) or
// a moment with its time zone (as a feed reader remembers the last <updated>).
import { isValidIsoDate, MAX_YEAR, MIN_YEAR } from "@/lib/validation/primitives";

export type ParsedSince = { ok: true; value: Date | undefined } | { ok: false; message: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const MESSAGE = "verwacht een datum (JJJJ-MM-DD) of een tijdstip met tijdzone (JJJJ-MM-DDTuu:mm:ssZ)";

const offsetFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", timeZoneName: "longOffset" });

/** Midnight in Amsterdam as a moment; DST switches there at 02:00/03:00, never at midnight. */
export function amsterdamMidnight(isoDate: string): Date {
  const utcMidnight = Date.parse(`${isoDate}T00:00:00Z`);
  const name = offsetFormat.formatToParts(new Date(utcMidnight)).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  const minutes = match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(utcMidnight - minutes * 60_000);
}

export function parseSince(values: string[] | undefined): ParsedSince {
  if (!values?.length) return { ok: true, value: undefined };
  if (values.length > 1) return { ok: false, message: "geef één waarde" };
  const raw = values[0]!.trim();
  if (DATE.test(raw)) {
    if (!isValidIsoDate(raw)) return { ok: false, message: `bestaat niet of ligt buiten ${MIN_YEAR}–${MAX_YEAR}` };
    return { ok: true, value: amsterdamMidnight(raw) };
  }
  const moment = DATE_TIME.test(raw) ? new Date(raw) : null;
  if (!moment || Number.isNaN(moment.getTime())) return { ok: false, message: MESSAGE };
  const year = moment.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, message: `ligt buiten ${MIN_YEAR}–${MAX_YEAR}` };
  return { ok: true, value: moment };
}
