// The Atom feed of changes. Public: each entry names the ministry responsible for the commitment, never the
// person who made the change (only signed-in users see names, on the commitment page).
import { Feed } from "feed";
import type { CommitmentChange } from "@/lib/data/changes";
import { describeFieldChange } from "@/lib/format/field-change";
import { changeTitle } from "./change-text";
import { xmlSafe } from "./xml-text";

export interface FeedContext {
  origin: string;
  /** this feed's own URL, filters included (the feed's id and rel="self") */
  selfUrl: string;
  /** the list page with the same filters (rel="alternate") */
  listUrl: string;
  /** the filters in Dutch, e.g. "Toezeggingen – status open" */
  selection: string;
}

// feed marks titles and content as type="html": plain text must be escaped to stay plain text.
const html = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function entryContent(change: CommitmentChange): string {
  const rows = change.changes.map((c) => describeFieldChange(c)).map(({ field, text }) => `<li>${html(field)}: ${html(text)}</li>`);
  return [
    `<p>${html(change.number)} · ${html(change.ministryName)}</p>`,
    rows.length ? `<ul>${rows.join("")}</ul>` : "",
    change.reason ? `<p>Toelichting: ${html(change.reason)}</p>` : "",
  ].join("");
}

export function buildChangesFeed(changes: CommitmentChange[], context: FeedContext): string {
  const feed = new Feed({
    id: context.selfUrl,
    title: `Wijzigingen: ${context.selection}`,
    description: "Nieuwe toezeggingen, statuswijzigingen en opnieuw vastgestelde termijnen in het Toezeggingenregister.",
    link: context.listUrl,
    feedLinks: { atom: context.selfUrl },
    language: "nl",
    // the newest change, so that an unchanged feed keeps its <updated>
    updated: changes[0] ? new Date(changes[0].at) : new Date(),
    generator: false,
  });
  for (const change of changes) {
    const page = `${context.origin}/toezeggingen/${encodeURIComponent(change.number)}`;
    feed.addItem({
      // stable and unique per event; a fragment keeps it a URL of the page the entry is about
      id: `${page}#wijziging-${change.id}`,
      link: page,
      title: html(changeTitle(change.action, change.changes, change.title)),
      date: new Date(change.at),
      content: entryContent(change),
      author: [{ name: change.ministryName }],
    });
  }
  // Dropping what XML 1.0 forbids from the whole document is safe: the markup itself holds no such character.
  return xmlSafe(feed.atom1());
}
