// Entity tags for responses whose content depends only on what they are made from: the URL, who reads it (only
// anonymous readers get one), the register's fingerprint and the build. Weak tags (W/"…"): a page's bytes differ per
// response by its CSP nonce, its meaning does not. Pure: no framework, no database.
import { createHash } from "node:crypto";

/** A weak entity tag for these parts, the same for the same parts in any process of the same build. */
export function entityTag(parts: readonly string[]): string {
  return `W/"${createHash("sha256").update(parts.join("\u0000")).digest("base64url").slice(0, 32)}"`;
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, "");

/**
 * Whether If-None-Match names this tag (RFC 9110 §13.1.2: weak comparison; "*" matches any current
 * representation). A client that sends it already has this response: it gets 304 Not Modified.
 */
export function matchesIfNoneMatch(ifNoneMatch: string | null, tag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const wanted = opaque(tag);
  return ifNoneMatch.split(",").some((candidate) => opaque(candidate) === wanted);
}
