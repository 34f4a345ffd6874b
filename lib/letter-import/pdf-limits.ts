// How large a letter PDF may be, judged before its text is read: the number of pages and what its compressed
// streams inflate to. A 1.5 MB file can hold 10,000 pages, and 500 kB can inflate to gigabytes (a "flate bomb");
// both are refused with a message before any page is read.
import zlib from "node:zlib";
import { formatBytes } from "./upload";

/** Far more than a Kamerbrief with its annexes; the text limit (MAX_TEXT_BYTES) is some 200 pages. */
export const MAX_PDF_PAGES = 500;

/** What all streams of one PDF may inflate to together. */
export const MAX_INFLATED_BYTES = 150 * 1024 * 1024;

const nl = new Intl.NumberFormat("nl-NL");

export function tooManyPagesMessage(pages: number): string {
  return `Deze pdf heeft ${nl.format(pages)} bladzijden; het maximum is ${nl.format(MAX_PDF_PAGES)}. Importeer alleen de brief zelf, zonder bijlagen, of plak de tekst.`;
}

export const TOO_MUCH_INFLATED_MESSAGE =
  `Deze pdf pakt uit tot meer dan ${formatBytes(MAX_INFLATED_BYTES)} en is daarom niet gelezen. ` +
  "Gebruik de digitale versie van de brief (bijvoorbeeld van officielebekendmakingen.nl), of plak de tekst.";

const STREAM = /stream\r?\n/g;

/**
 * Whether the Flate-compressed streams of a PDF inflate to more than `budget` bytes together. Each stream is
 * inflated with the remaining budget as its ceiling, so a bomb costs at most `budget` bytes to find out, and the
 * output is thrown away at once. Streams that do not inflate (damaged, or another filter) are left to the reader.
 */
export function inflatesBeyond(bytes: Uint8Array, budget = MAX_INFLATED_BYTES): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  let remaining = budget;
  STREAM.lastIndex = 0;
  for (let match = STREAM.exec(text); match; match = STREAM.exec(text)) {
    const start = match.index + match[0].length;
    if (text.startsWith("end", match.index - 3)) continue; // "endstream\n"
    const end = text.indexOf("endstream", start);
    if (end < 0) break;
    const dictionary = text.slice(Math.max(0, text.lastIndexOf("obj", match.index)), match.index);
    STREAM.lastIndex = end;
    if (!dictionary.includes("/FlateDecode")) continue;
    try {
      const inflated = zlib.inflateSync(bytes.subarray(start, end), { maxOutputLength: Math.max(1, remaining), finishFlush: zlib.constants.Z_SYNC_FLUSH });
      remaining -= inflated.length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return true;
    }
    if (remaining <= 0) return true;
  }
  return false;
}
