// An iCalendar (RFC 5545) of commitment deadlines: one all-day event per commitment with a date to show.
import { createEventsAsync, type DateArray, type EventAttributes } from "ics";
import type { CommitmentView } from "@/lib/data/commitment-view";
import { formatDate, formatRange } from "@/lib/format/dates";
import { STATUS_LABELS } from "@/lib/commitment/labels";
import { calendarPlacement } from "./calendar-event";
import { refoldCalendar } from "./ics-fold";
import { plainText } from "./xml-text";

export interface CalendarContext {
  /** "https://toezeggingen.example.nl": for the event URL */
  origin: string;
  /** X-WR-CALNAME: the filters in Dutch */
  name: string;
}

const toDateArray = (iso: string): DateArray => {
  const [y, m, d] = iso.split("-").map(Number);
  return [y!, m!, d!];
};

// ics escapes SUMMARY and DESCRIPTION but not the calendar name; a search term may hold "," or ";".
const escapeText = (text: string) => plainText(text).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,");

/** Lapsed and withdrawn commitments stay in the feed as cancelled, so subscribed calendars strike them out. */
function eventStatus(status: CommitmentView["status"]): EventAttributes["status"] {
  return status === "lapsed" || status === "withdrawn" ? "CANCELLED" : "CONFIRMED";
}

export function commitmentEvent(view: CommitmentView, context: CalendarContext): EventAttributes | null {
  const placement = calendarPlacement(view.deadline);
  if (!placement || !view.deadline) return null;
  const url = `${context.origin}/toezeggingen/${encodeURIComponent(view.number)}`;
  const { phrase, earliest, latest } = view.deadline;
  const status = view.status === "fulfilled" && view.fulfilledOn ? `${STATUS_LABELS.fulfilled} op ${formatDate(view.fulfilledOn)}` : STATUS_LABELS[view.status];
  // iCalendar text holds no control characters, and the library escapes LF but not a lone CR
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
    title: placement.kind === "latest" ? `Uiterste termijn: ${title}` : `Termijn: ${title}`,
    description: description.join("\n"),
    start: toDateArray(placement.start),
    end: toDateArray(placement.endExclusive),
    url,
    status: eventStatus(view.status),
    categories: [STATUS_LABELS[view.status]],
    // a deadline is not an appointment: it must not make anyone look busy
    transp: "TRANSPARENT",
    busyStatus: "FREE",
    lastModified: Date.parse(view.updatedAt),
  };
}

export async function buildCalendar(batches: AsyncIterable<CommitmentView[]>, context: CalendarContext): Promise<string> {
  const events: EventAttributes[] = [];
  for await (const batch of batches) {
    for (const view of batch) {
      const event = commitmentEvent(view, context);
      if (event) events.push(event);
    }
  }
  // ics validates every event (about half a millisecond each); the async form yields to the event loop in between,
  // so a large calendar does not stall every other request
  const result = await createEventsAsync(events, { productId: "-//Toezeggingenregister//Termijnen//NL", method: "PUBLISH", calName: escapeText(context.name) });
  if (result.error || result.value === null) throw result.error ?? new Error("ics: geen uitvoer");
  return refoldCalendar(result.value);
}
