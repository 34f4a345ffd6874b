// The text of an uploaded PDF, for the letter import. A route handler rather than a server action: actions take at
// most 1 MB per request, a PDF may be 10 MB. The answer is streamed as one JSON object per line (NDJSON), so the
// browser can show which page is being read:
//   {"type":"received","bytes":123456}  {"type":"page","page":3,"pages":13}  …  {"type":"done","text":"…","pages":13}
//   or {"type":"error","message":"…"}
import { decide } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { permissionActor } from "@/lib/data/actor";
import { readPdfTextOffThread } from "@/lib/letter-import/off-thread";
import { checkLetterText, formatBytes, MAX_FILE_BYTES } from "@/lib/letter-import/upload";

export const dynamic = "force-dynamic";

const json = (status: number, message: string) =>
  new Response(JSON.stringify({ type: "error", message }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });

/** Server actions get Next.js's Origin check; a route handler does its own, so another site cannot post here. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function POST(request: Request): Promise<Response> {
  if (!sameOrigin(request)) return json(403, "Dit verzoek komt niet van deze site en is geweigerd.");
  const user = await getCurrentUser();
  if (!user) return json(401, "Log in om een brief te importeren.");
  const decision = decide(permissionActor(user), "commitment.create", { ministryCode: user.ministryCode ?? "" });
  if (!decision.allowed) return json(decision.status, decision.message);

  const declared = Number(request.headers.get("content-length") ?? 0);
  const tooBig = (n: number) => `Het bestand is te groot (${formatBytes(n)}); het maximum is ${formatBytes(MAX_FILE_BYTES)}.`;
  if (declared > MAX_FILE_BYTES) return json(413, tooBig(declared));
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > MAX_FILE_BYTES) return json(413, tooBig(bytes.length));
  if (bytes.length === 0) return json(400, "Het bestand is leeg (0 bytes). Kies het bestand met de brief.");

  const encoder = new TextEncoder();
  // The reading stops (its child process is killed) when the browser goes away: the request aborts or the
  // response stream is cancelled.
  const stop = new AbortController();
  request.signal.addEventListener("abort", () => stop.abort(), { once: true });
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: object) => {
        if (!stop.signal.aborted) controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`));
      };
      send({ type: "received", bytes: bytes.length });
      try {
        const result = await readPdfTextOffThread(bytes, { signal: stop.signal, onPage: (page, pages) => send({ type: "page", page, pages }) });
        if (stop.signal.aborted) return;
        if (!result.ok) send({ type: "error", message: result.message });
        else {
          const problem = checkLetterText(result.text);
          send(problem ? { type: "error", message: problem } : { type: "done", text: result.text, pages: result.pages });
        }
      } catch (error) {
        console.error("[letter-import] reading a pdf failed", { user: user.id, bytes: bytes.length }, error);
        send({ type: "error", message: "Het lezen van de pdf is mislukt. Probeer het opnieuw, of plak de tekst van de brief." });
      }
      controller.close();
    },
    cancel() {
      stop.abort();
    },
  });
  // no-transform: compression would hold the lines back until the end, and the progress with them.
  return new Response(stream, {
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store, no-transform", "x-content-type-options": "nosniff" },
  });
}
