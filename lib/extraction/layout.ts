/**
 * First pass over a letter's plain text: splits it into body lines, blank lines and page breaks, takes out
 * page headers, footers and page numbers, and lifts footnote blocks out of the body.
 */
import { footnoteStart, markerCandidates } from "./footnotes";
import { MONTH_PATTERN } from "./dutch-dates";

export type LayoutItem = { kind: "line"; text: string; raw: number } | { kind: "blank" } | { kind: "break" };

export interface RawFootnote {
  number: number;
  lines: string[];
  /** Index into `items` where the block stood: its marker must come before. */
  itemIndex: number;
}

export interface Layout {
  items: LayoutItem[];
  footnotes: RawFootnote[];
  /** Page footers as printed ("Tweede Kamer, vergaderjaar 2020–2021, 29 628, nr. 1030 13"). */
  footers: string[];
  /** Lines of the letterhead (address, Datum, Onderwerp, …), for the letter's identity. */
  head: string[];
}

const FOOTER = /^(?:tweede|eerste) kamer,? vergaderjaar \d{4}\s*[–-]\s*\d{2,4},/i;
const PAGE_NUMBER = /^(?:-\s*)?\d{1,3}(?:\s*-)?$|^pagina \d+ (?:van|\/) \d+$/i;
/** Running heads repeated at the top of each page of a Rijksoverheid letter. */
const RUNNING_HEAD = new RegExp(
  `^(?:datum\\s*:?\\s+\\d{1,2}\\s+(?:${MONTH_PATTERN})\\s+\\d{4}|(?:ons |uw )?kenmerk\\s*:?\\s+\\S{1,40}|onze referentie\\s*:?\\s+\\S.{0,40})$`,
  "i",
);
const SALUTATION = /^(?:geachte|hooggeachte)\b.{0,60},?$/i;
const HEAD_LINE = new RegExp(
  [
    "^>?\\s*retouradres\\b",
    "^aan de (?:voorzitter|leden)\\b",
    "^(?:van de )?(?:tweede|eerste) kamer der staten-generaal(?:\\s+\\d{1,3})?$",
    "^der staten-generaal$",
    "^postbus \\d+",
    "^\\d{4}\\s?[a-z]{2}\\s+\\S+",
    "^(?:datum|onderwerp|ons kenmerk|uw kenmerk|kenmerk|uw brief|bijlage\\(?n?\\)?|contactpersoon|doorkiesnummer|telefoon|e-?mail|www\\.)\\b",
    "^(?:den haag|'s-gravenhage),",
    "^vergaderjaar \\d{4}",
    "^\\d{2}\\s?\\d{3}(?:[- ][a-z]{1,4})?\\s+\\S",
    "^nr\\.\\s*\\S+\\s+brief van\\b",
  ].join("|"),
  "i",
);

/** The letterhead: everything up to the salutation, or the leading run of address and label lines. */
function headLength(lines: string[]): number {
  const limit = Math.min(lines.length, 80);
  for (let i = 0; i < limit; i++) if (SALUTATION.test(lines[i]?.trim() ?? "")) return i + 1;
  let n = 0;
  while (n < limit) {
    const t = lines[n]?.trim() ?? "";
    if (t !== "" && !HEAD_LINE.test(t)) break;
    n++;
  }
  // Leading blank lines alone are no letterhead.
  return lines.slice(0, n).some((l) => l.trim() !== "") ? n : 0;
}

export function layoutLines(text: string): Layout {
  const rawLines: Array<{ text: string; raw: number; pageBreakBefore: boolean }> = [];
  let offset = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const parts = line.split("\f");
    let partOffset = offset;
    parts.forEach((part, i) => {
      rawLines.push({ text: part, raw: partOffset, pageBreakBefore: i > 0 });
      partOffset += part.length + 1;
    });
    offset += line.length + 1;
  }
  const head = headLength(rawLines.map((l) => l.text));
  const layout: Layout = { items: [], footnotes: [], footers: [], head: rawLines.slice(0, head).map((l) => l.text.trim()) };
  const { items, footnotes } = layout;

  let current: RawFootnote | null = null;
  let blankInNote = false;
  /** Footnote numbers whose marker has been seen in the body since the last footnote block. */
  let seen = new Set<number>();

  const endNote = (then: "break" | "blank") => {
    current = null;
    blankInNote = false;
    seen = new Set();
    items.push({ kind: then });
  };

  for (const line of rawLines.slice(head)) {
    const trimmed = line.text.trim().replace(/\s+/g, " ");
    if (line.pageBreakBefore) {
      if (current) endNote("break");
      else items.push({ kind: "break" });
    }
    if (FOOTER.test(trimmed)) {
      layout.footers.push(trimmed);
      if (current) endNote("break");
      else items.push({ kind: "break" });
      continue;
    }
    if (PAGE_NUMBER.test(trimmed) || RUNNING_HEAD.test(trimmed)) {
      if (current) endNote("break");
      else items.push({ kind: "break" });
      continue;
    }
    if (current !== null) {
      const note: RawFootnote = current;
      if (trimmed === "") {
        blankInNote = true;
        continue;
      }
      // pdftotext starts every page with a space: the body resumes.
      if (/^\s/.test(line.text)) {
        endNote("break");
      } else {
        const start = footnoteStart(trimmed);
        // The next number in sequence starts a footnote even when its marker was lost in the conversion.
        if (start && start.number !== note.number && (seen.has(start.number) || start.number === note.number + 1)) {
          current = { number: start.number, lines: [start.text], itemIndex: note.itemIndex };
          footnotes.push(current);
          blankInNote = false;
          continue;
        }
        const last = note.lines[note.lines.length - 1] ?? "";
        if (blankInNote && /[.!?]$/.test(last)) {
          endNote("blank");
        } else {
          if (blankInNote) note.lines.push("");
          note.lines.push(trimmed);
          blankInNote = false;
          continue;
        }
      }
    }
    if (trimmed === "") {
      items.push({ kind: "blank" });
      continue;
    }
    const previous = items[items.length - 1];
    const afterGap = previous === undefined || previous.kind !== "line";
    const start = afterGap ? footnoteStart(trimmed) : null;
    if (start && seen.has(start.number)) {
      current = { number: start.number, lines: [start.text], itemIndex: items.length };
      footnotes.push(current);
      blankInNote = false;
      continue;
    }
    items.push({ kind: "line", text: trimmed, raw: line.raw + (line.text.length - line.text.trimStart().length) });
    for (const c of markerCandidates(trimmed)) seen.add(c.number);
  }
  return layout;
}
