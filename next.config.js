/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  // Browsers only honour HSTS over HTTPS; behind a TLS proxy this pins the site to HTTPS for two years.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  // Pages get a nonce-based policy from proxy.ts; this strict one covers everything else (API, files).
  { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig = {
  poweredByHeader: false,
  typescript: { tsconfigPath: "tsconfig.app.json" },
  experimental: {
    // Imports upload files of up to 10 MB (lib/import/limits.ts) through a server action.
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: "11mb",
  },
  reactStrictMode: true,
  // PGlite and the Prisma schema engine load Wasm from node_modules at run time; keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@prisma/schema-engine-wasm", "pg", "pdf-parse"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders.filter((h) => h.key !== "Content-Security-Policy") },
      { source: "/api/:path*", headers: securityHeaders.filter((h) => h.key === "Content-Security-Policy") },
    ];
  },
};

export default nextConfig;
