// The production server `npm start` runs: Next's request handler behind a plain node:http server, so that every
// request carries the client's address as only this server knows it (the socket's peer, or the hop TRUSTED_PROXIES
// names — lib/auth/client-address). Whatever a client writes in that header itself is dropped first. Requests Next
// would answer with a bare 500 are refused here first, with a message and the security headers (lib/security/request-guard).
import { createServer, type ServerResponse } from "node:http";
import next from "next";
import { refusalFor, type Refusal } from "@/lib/security/request-guard";
import { securityHeaders } from "@/lib/security/security-headers.js";
import { CLIENT_ADDRESS_ENV, CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress } from "@/lib/auth/client-address";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
if (!trusted.ok) {
  console.error(`Ongeldige configuratie:\n  ${trusted.message}`);
  process.exit(1);
}
process.env[CLIENT_ADDRESS_ENV] = "1";

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

function refuse(res: ServerResponse, url: string, refusal: Refusal) {
  for (const { key, value } of securityHeaders) res.setHeader(key, value);
  for (const [key, value] of Object.entries(refusal.headers ?? {})) res.setHeader(key, value);
  const api = url.startsWith("/api/");
  res.writeHead(refusal.status, { "Content-Type": api ? "application/problem+json; charset=utf-8" : "text/plain; charset=utf-8", Connection: "close" });
  res.end(api ? JSON.stringify({ type: "about:blank", title: "Verzoek geweigerd", status: refusal.status, detail: refusal.message }) : `${refusal.message}\n`);
}

const server = createServer((req, res) => {
  const refusal = refusalFor(req);
  if (refusal) return refuse(res, req.url ?? "/", refusal);
  delete req.headers[CLIENT_ADDRESS_HEADER];
  const address = resolveClientAddress(req.headers["x-forwarded-for"], req.socket.remoteAddress, trusted.value);
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`[toezeggingenregister] klaar op http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => server.close(() => process.exit(0)));
