import { defineConfig } from "prisma/config";

// Prisma's CLI is only used for `prisma generate` here; migrations run through lib/platform/migrations.ts.
// The URL is read without env() because env() throws when DATABASE_URL is unset (the embedded default).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
