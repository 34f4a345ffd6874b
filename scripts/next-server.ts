// The production server `npm start` runs: Next's request handler behind a plain node:http server, so that every
// request carries the client's address as only this server knows it (the socket's peer, or the hop TRUSTED_PROXIES
// names — lib/auth/client-address). Whatever a client writes in that header itself is dropped first.
import { createServer } from "node:http";
import next from "next";
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

const server = createServer((req, res) => {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  const address = resolveClientAddress(req.headers["x-forwarded-for"], req.socket.remoteAddress, trusted.value);
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`[toezeggingenregister] klaar op http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => server.close(() => process.exit(0)));
