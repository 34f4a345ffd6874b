import { securityHeaders } from "./lib/security/security-headers.js";

/** @type {import('next').NextConfig} */

const nextConfig = {
  poweredByHeader: false,
  // Which build serves a response: part of every entity tag (lib/http-cache/build-stamp.ts).
  env: { TZR_BUILD_STAMP: `${Date.now().toString(36)}` },
  // `npm run typecheck` (part of `npm test` and CI) checks the types; `next build` skipping it makes the first
  // `npm start` on a fresh clone some 20 s faster.
  typescript: { tsconfigPath: "tsconfig.app.json", ignoreBuildErrors: true },
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
