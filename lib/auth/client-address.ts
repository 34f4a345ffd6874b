// Which address a request comes from, for the sign-in throttle. The socket's peer is the only address nobody can
// forge; a reverse proxy in front passes the real client in X-Forwarded-For, appending what it saw. TRUSTED_PROXIES
// says how many such proxies stand in front of this server: the address is then that many hops from the right of the
// chain (X-Forwarded-For entries followed by the socket's peer). Entries further left are whatever the client wrote
// and are never believed. Pure: scripts/next-server.ts applies it to every request.

/** The header our server sets on every request (after dropping any the client sent) with the resolved address. */
export const CLIENT_ADDRESS_HEADER = "x-tzr-client-address";

/** Set in the server process when scripts/next-server.ts resolves addresses, so the header is known to be ours. */
export const CLIENT_ADDRESS_ENV = "TZR_CLIENT_ADDRESS_RESOLVED";

export function parseTrustedProxies(value: string | undefined): { ok: true; value: number } | { ok: false; message: string } {
  if (value === undefined || value.trim() === "") return { ok: true, value: 0 };
  if (!/^\d{1,2}$/.test(value.trim())) return { ok: false, message: `TRUSTED_PROXIES moet een aantal proxies zijn (0–99), niet "${value}"` };
  return { ok: true, value: Number(value.trim()) };
}

function normalise(address: string): string {
  const trimmed = address.trim().toLowerCase();
  // IPv4 on an IPv6 socket (::ffff:192.0.2.1) is the same client as 192.0.2.1.
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address: with no trusted proxy the socket's peer; with n trusted proxies the address the outermost of
 * them saw. A chain shorter than that (a request that bypassed a proxy) yields its leftmost entry.
 */
export function resolveClientAddress(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustedProxies: number): string | null {
  const socket = socketAddress ? normalise(socketAddress) : "";
  if (trustedProxies === 0) return socket || null;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [
    ...header
      .split(",")
      .map(normalise)
      .filter((entry) => entry !== ""),
    ...(socket ? [socket] : []),
  ];
  if (chain.length === 0) return null;
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? null;
}

/**
 * The throttle's keys for a sign-in: always the account; the address only when our server resolved it. Without an
 * address there is no address key at all — never one bucket shared by every request.
 */
export function signInThrottleKeys(email: string, headers: Record<string, unknown> | undefined, addressResolved: boolean): string[] {
  const value = headers?.[CLIENT_ADDRESS_HEADER];
  const address = addressResolved && typeof value === "string" && value !== "" ? value : null;
  return address ? [`email:${email}`, `ip:${address}`] : [`email:${email}`];
}
