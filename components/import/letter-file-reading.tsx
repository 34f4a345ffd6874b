// Reading a chosen letter file in the browser: .txt files locally (FileReader, with its progress events), PDFs on
// the server (an XMLHttpRequest, because fetch cannot report upload progress), whose answer streams page progress.
import { decodeText } from "@/lib/letter-import/upload";

export type ReadOutcome = { ok: true; text: string; pages: number | null } | { ok: false; message: string };

export type ProgressReport = { phase: "reading" | "uploading" | "extracting"; fraction: number | null; page?: number; pages?: number };

export function readTextFile(file: File, onProgress: (p: ProgressReport) => void): Promise<ReadOutcome> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress({ phase: "reading", fraction: e.lengthComputable && e.total ? e.loaded / e.total : null });
    reader.onload = () => {
      const text = decodeText(new Uint8Array(reader.result as ArrayBuffer));
      resolve(text.trim() ? { ok: true, text, pages: null } : { ok: false, message: `${file.name} bevat geen tekst, alleen witruimte.` });
    };
    reader.onerror = () => resolve({ ok: false, message: `${file.name} kon niet worden gelezen. Kies het bestand opnieuw.` });
    reader.readAsArrayBuffer(file);
  });
}

const PDF_ENDPOINT = "/beheer/import/brief/pdf";

type Line =
  | { type: "received" }
  | { type: "page"; page: number; pages: number }
  | { type: "done"; text: string; pages: number }
  | { type: "error"; message: string };

export function readPdfOnServer(file: File, onProgress: (p: ProgressReport) => void): Promise<ReadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    let consumed = 0;
    let outcome: ReadOutcome | null = null;
    const consume = () => {
      const body = xhr.responseText;
      for (let nl = body.indexOf("\n", consumed); nl >= 0; nl = body.indexOf("\n", consumed)) {
        const line = body.slice(consumed, nl);
        consumed = nl + 1;
        if (!line.trim()) continue;
        const message = JSON.parse(line) as Line;
        if (message.type === "received") onProgress({ phase: "extracting", fraction: null });
        else if (message.type === "page") onProgress({ phase: "extracting", fraction: message.page / message.pages, page: message.page, pages: message.pages });
        else if (message.type === "done") outcome = { ok: true, text: message.text, pages: message.pages };
        else outcome = { ok: false, message: message.message };
      }
    };
    xhr.open("POST", PDF_ENDPOINT);
    xhr.setRequestHeader("content-type", "application/pdf");
    xhr.upload.onprogress = (e) => onProgress({ phase: "uploading", fraction: e.lengthComputable && e.total ? e.loaded / e.total : null });
    xhr.upload.onload = () => onProgress({ phase: "extracting", fraction: null });
    xhr.onprogress = () => {
      if (xhr.status === 200 && isNdjson(xhr)) consume();
    };
    xhr.onload = () => {
      if (xhr.status === 200 && isNdjson(xhr)) {
        consume();
        resolve(outcome ?? { ok: false, message: "Het lezen van de pdf is onderbroken. Probeer het opnieuw." });
        return;
      }
      resolve({ ok: false, message: errorMessage(xhr) });
    };
    xhr.onerror = () => resolve({ ok: false, message: "De verbinding met de server is verbroken. Controleer de verbinding en probeer het opnieuw." });
    xhr.send(file);
  });
}

function isNdjson(xhr: XMLHttpRequest): boolean {
  return (xhr.getResponseHeader("content-type") ?? "").includes("application/x-ndjson");
}

function errorMessage(xhr: XMLHttpRequest): string {
  try {
    const body = JSON.parse(xhr.responseText) as { message?: string };
    if (body.message) return body.message;
  } catch {
    // not our JSON: most likely the sign-in page after the session expired
  }
  if (xhr.responseURL.includes("/login")) return "Uw sessie is verlopen. Log opnieuw in en kies het bestand nog eens.";
  return `De server kon de pdf niet lezen (fout ${xhr.status}). Probeer het opnieuw, of plak de tekst van de brief.`;
}
