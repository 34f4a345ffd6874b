// An iCalendar (RFC 5545) of commitment deadlines: one all-day event per commitment with a date to show
// (lib/export/ics-writer writes the lines).
import type { CommitmentView } from "@/lib/data/commitment-view";
import { formatDate, formatRange } from "@/lib/format/dates";
import { STATUS_LABELS } from "@/lib/commitment/labels";
import { calendarPlacement } from "./calendar-event";
import { type AllDayEvent, CALENDAR_END, calendarStart, eventLines } from "./ics-writer";
import { plainText } from "./xml-text";

export interface CalendarContext {
  /** "https://toezeggingen.example.nl": for the event URL */
  origin: string;
  /** X-WR-CALNAME: the filters in Dutch */
  name: string;
}

/** Lapsed and withdrawn commitments stay in the feed as cancelled, so subscribed calendars strike them out. */
function eventStatus(status: CommitmentView["status"]): AllDayEvent["status"] {
  return status === "lapsed" || status === "withdrawn" ? "CANCELLED" : "CONFIRMED";
}

export function commitmentEvent(view: CommitmentView, context: CalendarContext): AllDayEvent | null {
  const placement = calendarPlacement(view.deadline);
  if (!placement || !view.deadline) return null;
  const url = `${context.origin}/toezeggingen/${encodeURIComponent(view.number)}`;
  const { phrase, earliest, latest } = view.deadline;
  const status = view.status === "fulfilled" && view.fulfilledOn ? `${STATUS_LABELS.fulfilled} op ${formatDate(view.fulfilledOn)}` : STATUS_LABELS[view.status];
  // iCalendar text holds no control characters
  const title = plainText(view.title);
  const description = [
    `${view.number}: ${title}`,
    `Toegezegd: '${plainText(phrase)}' (${formatRange(earliest, latest)})`,
    placement.kind === "latest" ? "In de agenda staat de uiterste datum van deze termijn." : null,
    `Status: ${status}`,
    `Bewindspersoon: ${plainText(view.minister.name)} (${plainText(view.minister.function)})`,
    `Ministerie: ${plainText(view.ministry.name)}`,
    url,
  ].filter((line): line is string => line !== null);
  return {
    uid: `${view.number}@${new URL(context.origin).hostname}`,
    summary: placement.kind === "latest" ? `Uiterste termijn: ${title}` : `Termijn: ${title}`,
    description: description.join("\n"),
    start: placement.start,
    endExclusive: placement.endExclusive,
    url,
    status: eventStatus(view.status),
    categories: [STATUS_LABELS[view.status]],
    lastModified: view.updatedAt,
  };
}

export async function buildCalendar(batches: AsyncIterable<CommitmentView[]>, context: CalendarContext): Promise<string> {
  const parts = [calendarStart({ productId: "-//Toezeggingenregister//Termijnen//NL", name: plainText(context.name) })];
  const stamp = new Date();
  for await (const batch of batches) {
    for (const view of batch) {
      const event = commitmentEvent(view, context);
      if (event) parts.push(eventLines(event, stamp));
    }
  }
  parts.push(CALENDAR_END);
  return parts.join("");
}
