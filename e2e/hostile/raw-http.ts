// Requests as an attacker writes them: raw bytes over a socket, so that methods, targets and bodies no HTTP client
// would send (FOO, %ZZ, a cut-off multipart body, 12 MB) reach the server as written.
import { connect } from "node:net";

export interface RawRequest {
  method: string;
  /** The request target exactly as sent, escapes and all. */
  target: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function dechunk(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < raw.length) {
    const lineEnd = raw.indexOf("\r\n", at);
    if (lineEnd < 0) break;
    const size = Number.parseInt(raw.subarray(at, lineEnd).toString("latin1"), 16);
    if (!size) break;
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

export function parseResponse(raw: Buffer): RawResponse {
  const headEnd = raw.indexOf("\r\n\r\n");
  if (headEnd < 0) throw new Error(`no complete answer: ${JSON.stringify(raw.subarray(0, 200).toString("latin1"))}`);
  const [statusLine = "", ...lines] = raw.subarray(0, headEnd).toString("latin1").split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const rest = raw.subarray(headEnd + 4);
  const body = /chunked/i.test(headers["transfer-encoding"] ?? "") ? dechunk(rest) : rest;
  return { status: Number(statusLine.split(" ")[1]), headers, body: body.toString("utf8") };
}

/** Sends one request on a fresh connection and reads the answer until the server closes it. */
export function send(port: number, request: RawRequest, timeoutMs = 60_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const body = request.body === undefined ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body, "utf8");
    const headers: Record<string, string> = { Host: `localhost:${port}`, Connection: "close", ...request.headers };
    if (body && !Object.keys(headers).some((k) => /^(content-length|transfer-encoding)$/i.test(k))) headers["Content-Length"] = String(body.length);
    const head = `${request.method} ${request.target} HTTP/1.1\r\n${Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join("\r\n")}\r\n\r\n`;
    const chunks: Buffer[] = [];
    const socket = connect(port, "127.0.0.1");
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms: ${request.method} ${request.target.slice(0, 120)}`));
    }, timeoutMs);
    const finish = (error?: Error) => {
      clearTimeout(timer);
      const raw = Buffer.concat(chunks);
      // A server may answer and close before the whole of a large body is written (EPIPE, ECONNRESET): the answer counts.
      if (raw.length > 0) {
        try {
          resolve(parseResponse(raw));
        } catch (parseError) {
          reject(parseError);
        }
      } else reject(error ?? new Error(`connection closed without an answer: ${request.method} ${request.target.slice(0, 120)}`));
    };
    socket.on("connect", () => {
      socket.write(head);
      if (body) socket.write(body);
    });
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("end", () => finish());
    socket.on("error", (error) => finish(error));
  });
}
