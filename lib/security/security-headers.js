// The response headers every answer carries, in one place: next.config.js sets them on what Next serves, and
// scripts/next-server.ts on what it refuses before Next (lib/security/request-guard). Plain JS because
// next.config.js imports it.
export const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  // Browsers only honour HSTS over HTTPS; behind a TLS proxy this pins the site to HTTPS for two years.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  // Pages get a nonce-based policy from proxy.ts; this strict one covers everything else (API, files).
  { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];
