// CSV (RFC 4180: comma, CRLF, quoted where needed) streamed batch by batch, so memory stays bounded however
// many rows an export has.
import { stringify } from "csv-stringify/sync";
import type { CommitmentView } from "@/lib/data/commitment-view";
import { EXPORT_COLUMNS } from "./columns";

const OPTIONS = {
  record_delimiter: "windows",
  // Excel runs a cell that starts with = + - @ as a formula; the register is public and its text typed by many
  // people, so such values get a leading apostrophe (OWASP "CSV injection"). The import strips it again.
  escape_formulas: true,
  // csv-stringify quotes a field holding the record delimiter (CRLF), not one holding a lone CR or LF; a reader that
  // breaks lines on either would then start a new row inside the field, where the formula guard does not reach.
  quoted_match: /[\r\n]/,
} as const;

/** The header line, after a UTF-8 byte order mark: without it Excel reads the file as Windows-1252. */
export function csvHeader(): string {
  return stringify([EXPORT_COLUMNS.map((c) => c.name)], { ...OPTIONS, bom: true });
}

export function csvRows(views: CommitmentView[]): string {
  if (!views.length) return "";
  return stringify(
    views.map((view) =>
      EXPORT_COLUMNS.map((c) => {
        const value = c.value(view);
        return value === null ? "" : String(value);
      }),
    ),
    OPTIONS,
  );
}

/** A byte stream of the whole CSV; each pull reads one more batch, so a slow client slows the database reads. */
export function csvStream(batches: AsyncGenerator<CommitmentView[]>, onError: (error: unknown) => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvHeader()));
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(csvRows(next.value)));
      } catch (error) {
        // The status line has gone out already; all we can do is break the download and log why.
        onError(error);
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
