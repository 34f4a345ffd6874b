// What a letter may be uploaded as, and how its bytes become text. Shared by the browser (which reads .txt files
// itself) and the server (which reads PDFs), so both refuse the same files with the same words.
import { sanitiseText } from "@/lib/validation/primitives";

/** 10 MB. Also the most Next.js lets through its proxy to a route handler (proxyClientMaxBodySize). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * The most letter text analysed and saved at once, in UTF-8 bytes. Server actions accept 1 MB per request (the
 * Next.js default) and the save form sends the text along with every field; 600 kB is some 200 pages, far more than
 * a Kamerbrief without its annexes.
 */
export const MAX_TEXT_BYTES = 600 * 1024;

export type UploadKind = "txt" | "pdf";

export type UploadCheck = { ok: true; kind: UploadKind } | { ok: false; message: string };

const nlNumber = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });

/** "2,4 MB", "512 kB", "12 bytes" */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${nlNumber.format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${nlNumber.format(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** Whether a chosen file is one we can read, judged by its name, type and size (the content is checked later). */
export function checkUpload(file: { name: string; type: string; size: number }): UploadCheck {
  const ext = extensionOf(file.name);
  const type = file.type.toLowerCase();
  let kind: UploadKind | null = null;
  if (ext === "pdf" || type === "application/pdf") kind = "pdf";
  else if (ext === "txt" || type === "text/plain") kind = "txt";
  if (!kind) {
    const what = ext ? `.${ext}-bestanden` : "dit soort bestanden";
    return { ok: false, message: `${file.name}: ${what} kunnen niet worden ingelezen. Kies een .txt- of .pdf-bestand, of plak de tekst van de brief.` };
  }
  if (file.size === 0) return { ok: false, message: `${file.name} is leeg (0 bytes). Kies het bestand met de brief.` };
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, message: `${file.name} is te groot (${formatBytes(file.size)}); het maximum is ${formatBytes(MAX_FILE_BYTES)}.` };
  }
  return { ok: true, kind };
}

/** PDF files start with "%PDF-" (allowing for a few bytes of junk before it, as readers do). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}

// Windows-1252's characters at 0x80–0x9F (elsewhere it equals Latin-1). Spelled out because Node's TextDecoder
// decodes "windows-1252" as Latin-1, which would turn "€" and curly quotes into control characters on the server.
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/**
 * The text of a .txt file: UTF-8 (with or without byte order mark), else Windows-1252, which older Windows tools
 * still write. Characters no text field accepts (NUL, other control characters, a lone CR) are cleaned away.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  return sanitiseText(text.replace(/^\uFEFF/, ""));
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Null when the text can be analysed, else why not. */
export function checkLetterText(text: string): string | null {
  if (!text.trim()) return "Er is geen tekst om te analyseren. Kies een bestand of plak de tekst van de brief.";
  const bytes = utf8Length(text);
  if (bytes > MAX_TEXT_BYTES) {
    return `De tekst is te lang (${formatBytes(bytes)}); het maximum is ${formatBytes(MAX_TEXT_BYTES)}, zo'n 200 bladzijden. Laat bijlagen weg en importeer alleen de brief zelf.`;
  }
  return null;
}
