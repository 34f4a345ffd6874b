// The production server `npm start` runs: Next's request handler behind a plain node:http server, so that every
// request carries the client's address as only this server knows it (the socket's peer, or the hop TRUSTED_PROXIES
// names — lib/auth/client-address). Whatever a client writes in that header itself is dropped first. Requests Next
// would answer with a bare 500 are refused here first, with a message and the security headers (lib/security/request-guard):
// server action calls are read whole and checked (lib/security/action-guard) before Next sees them; requests Node's
// parser rejects and empty 405 answers get a message too.
import { readFileSync } from "node:fs";
import { createServer, IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import path from "node:path";
import next from "next";
import { refusalForActionPost } from "@/lib/security/action-guard";
import { header, isMultipart, MAX_BODY_BYTES, refusalFor, type Refusal } from "@/lib/security/request-guard";
import { securityHeaders } from "@/lib/security/security-headers.js";
import { CLIENT_ADDRESS_ENV, CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/auth/client-address";
import { checkServerEnv, configurationMessage } from "@/lib/env";

const checked = checkServerEnv(process.env);
if (!checked.ok) {
  console.error(configurationMessage(checked.issues));
  process.exit(1);
}
const trustedHops = checked.env.trustedProxies;
const port = checked.env.port;
const hostname = process.env.HOST ?? "0.0.0.0";
process.env[CLIENT_ADDRESS_ENV] = "1";

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

/** The ids of the build's server actions: a call naming any other is refused before Next looks for it. */
function knownActionIds(): Set<string> {
  const manifest = JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as { node?: Record<string, unknown> };
  return new Set(Object.keys(manifest.node ?? {}));
}
const actionIds = knownActionIds();

function setSecurityHeaders(res: ServerResponse) {
  for (const { key, value } of securityHeaders) res.setHeader(key, value);
}

/** A refusal as the API answers it (problem details) or as plain text for pages. */
function refusalBody(url: string, status: number, message: string): { contentType: string; body: string } {
  if (!url.startsWith("/api/")) return { contentType: "text/plain; charset=utf-8", body: `${message}\n` };
  return {
    contentType: "application/problem+json; charset=utf-8",
    body: JSON.stringify({ type: "about:blank", title: "Verzoek geweigerd", status, detail: message }),
  };
}

function refuse(res: ServerResponse, url: string, refusal: Refusal) {
  setSecurityHeaders(res);
  for (const [key, value] of Object.entries(refusal.headers ?? {})) res.setHeader(key, value);
  const { contentType, body } = refusalBody(url, refusal.status, refusal.message);
  res.writeHead(refusal.status, { "Content-Type": contentType, Connection: "close" });
  res.end(body);
}

/** A POST Next may take for a server action call: one naming an action, or a multipart form. */
function mayCallAction(req: IncomingMessage): boolean {
  // Also under /api/: a path no route handler has is answered by the pages, where Next looks for an action.
  if (req.method !== "POST") return false;
  return header(req, "next-action") !== undefined || isMultipart(header(req, "content-type"));
}

/** The whole body, or null when it grows past MAX_BODY_BYTES (a chunked body declares no length up front). */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners("data");
        req.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** A request that reads as the original did, for Next to decode after the guard has read the body. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket as Socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.headers = { ...req.headers, "content-length": String(body.length) };
  delete copy.headers["transfer-encoding"];
  copy.rawHeaders = Object.entries(copy.headers).flatMap(([key, value]) => [key, String(value)]);
  copy.push(body);
  copy.push(null);
  // Without this, Node takes the fully read copy for an aborted request and closes the socket under the answer.
  copy.complete = true;
  return copy;
}

function emptyAnswerMessage(method: string | undefined, status: number): string {
  if (status === 405) return `De methode ${method} wordt op dit adres niet ondersteund.`;
  if (status === 404) return "Deze pagina bestaat niet.";
  return `Dit verzoek (${method}) kan op dit adres niet worden verwerkt.`;
}

/**
 * Next answers some refusals with an empty body and no content type (a method a route does not export: 405);
 * say which request was refused. Decided when the head is written (Next's compression writes it just before the
 * end, with no body).
 */
function explainEmptyRefusal(req: IncomingMessage, res: ServerResponse) {
  const url = req.url ?? "/";
  let explaining = false;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    const status = typeof args[0] === "number" ? args[0] : res.statusCode;
    if (status >= 400 && status < 500 && res.getHeader("content-type") === undefined && !args.some((a) => typeof a === "object" && a !== null)) {
      explaining = true;
      res.setHeader("Content-Type", refusalBody(url, status, "").contentType);
    }
    return writeHead(...args);
  }) as ServerResponse["writeHead"];
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.end = ((...args: unknown[]) => {
    const chunk = args[0];
    if (!explaining || req.method === "HEAD" || !(chunk === undefined || typeof chunk === "function" || (chunk as { length?: number }).length === 0))
      return end(...args);
    return end(refusalBody(url, res.statusCode, emptyAnswerMessage(req.method, res.statusCode)).body);
  }) as ServerResponse["end"];
}

/** OPTIONS on a page (Next answers it with an empty 400): which methods a page takes. */
function answerPageOptions(res: ServerResponse) {
  setSecurityHeaders(res);
  res.writeHead(204, { Allow: "GET, HEAD, POST, OPTIONS" });
  res.end();
}

async function serve(req: IncomingMessage, res: ServerResponse) {
  const url = req.url ?? "/";
  const refusal = refusalFor(req);
  if (refusal) return refuse(res, url, refusal);
  delete req.headers[CLIENT_ADDRESS_HEADER];
  const address = resolveClientAddress(req.headers["x-forwarded-for"], req.socket.remoteAddress, trustedHops);
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
  if (req.method === "OPTIONS" && !url.startsWith("/api/")) return answerPageOptions(res);
  explainEmptyRefusal(req, res);
  if (!mayCallAction(req)) return handle(req, res);
  const body = await readBody(req);
  if (!body) return refuse(res, url, { status: 413, message: "Het verzoek is te groot; het maximum is 11 MB." });
  const actionRefusal = await refusalForActionPost({ actionId: header(req, "next-action"), contentType: header(req, "content-type"), body }, actionIds);
  if (actionRefusal) return refuse(res, url, actionRefusal);
  return handle(replay(req, body), res);
}

const server = createServer((req, res) => {
  serve(req, res).catch((error: unknown) => {
    console.error("[server] request failed", error);
    if (!res.headersSent) refuse(res, req.url ?? "/", { status: 400, message: "Het verzoek kon niet worden gelezen." });
    else res.destroy();
  });
});

// Requests Node's own parser rejects (an unknown method such as FOO, a malformed request line, headers too large)
// would get a bare answer without a message or the security headers.
server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
  if (!socket.writable) return socket.destroy();
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const status = tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request";
  const message = tooLarge ? "De kopregels van het verzoek zijn te groot." : "Dit verzoek is geen geldig HTTP-verzoek en is geweigerd.";
  const body = Buffer.from(`${message}\n`);
  const headers = [
    ...securityHeaders.map(({ key, value }) => `${key}: ${value}`),
    "Content-Type: text/plain; charset=utf-8",
    `Content-Length: ${body.length}`,
    "Connection: close",
  ];
  socket.end(Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\n${headers.join("\r\n")}\r\n\r\n`), body]));
});
server.listen(port, hostname, () => console.log(`[toezeggingenregister] klaar op http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => server.close(() => process.exit(0)));
